import GRDB
import GovSweepProtocol

extension SweepStore {
    /// Stores several batches in one transaction (group commit), each under its own savepoint;
    /// `receivedAt`: when the coordinator received the batch.
    ///
    /// A batch whose rows fail (a constraint, a bad row) is rolled back alone and its result is
    /// the error; the others commit with the transaction. Results are in the order of `batches`:
    /// true for a batch stored now, false for a batch id stored before (a resend). The method
    /// returns only once the transaction has committed; when the transaction as a whole fails
    /// (the commit, or SQLite aborting the transaction) it throws, and no batch of the group
    /// may count as stored.
    public func commit(
        _ batches: [(batch: Batch, receivedAt: Double)], sweepID: String
    ) throws(StoreError) -> [Result<Bool, StoreError>] {
        // One batch needs no savepoint: its failure is the transaction's.
        if batches.count == 1 {
            do throws(StoreError) {
                return [.success(try commit(batches[0].batch, sweepID: sweepID, now: batches[0].receivedAt))]
            } catch {
                return [.failure(error)]
            }
        }
        return try write { db in
            var results: [Result<Bool, StoreError>] = []
            results.reserveCapacity(batches.count)
            for (batch, receivedAt) in batches {
                var fresh = false
                do {
                    try db.inSavepoint {
                        fresh = try Self.insert(batch, sweepID: sweepID, now: receivedAt, db: db)
                        return .commit
                    }
                    results.append(.success(fresh))
                } catch {
                    // Some errors (a full disk, an I/O error) make SQLite roll the whole
                    // transaction back: then nothing of the group is stored.
                    guard db.isInsideTransaction else { throw StoreError.failed(String(describing: error)) }
                    results.append(.failure(.failed(String(describing: error))))
                }
            }
            return results
        }
    }
}
