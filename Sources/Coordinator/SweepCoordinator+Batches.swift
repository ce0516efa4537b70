import GovSweepProtocol
import Logging

/// Batches: queued as they arrive, written in groups (one transaction for every batch waiting),
/// each acknowledged once the transaction holding it has committed.
extension SweepCoordinator {
    /// Queues a batch for the next group. The first batch of a group schedules its write after
    /// ``batchGroupSeconds``; a full group is written at once (so a worker that sends faster than
    /// the store writes waits for the store, as it did with a transaction per batch).
    func accept(_ batch: Batch, from session: WorkerSession, now: Double) {
        guard holds(batch, from: session) else { return }
        pendingBatches.append(batch, from: session, at: now)
        if pendingBatches.isFull {
            writePendingBatches()
        } else if !pendingBatches.writeScheduled {
            pendingBatches.writeScheduled = true
            let seconds = batchGroupSeconds
            Task {
                if seconds > 0 { try? await Task.sleep(for: .seconds(seconds)) }
                self.writeScheduledBatches()
            }
        }
    }

    /// A lease that expired, was revoked or went to another worker: what its worker saw after
    /// losing it (fetches cut short, timeouts of a frozen process) is not stored; the site's
    /// current lease fetches those pages again. Such a batch is acknowledged and dropped.
    private func holds(_ batch: Batch, from session: WorkerSession) -> Bool {
        if scheduler.holds(batch.leaseID, workerID: session.workerID) { return true }
        logger.notice("dropping a batch of a lease the worker no longer holds", metadata: [
            "batch": "\(batch.batchID)", "lease": "\(batch.leaseID)", "worker": "\(PeerText.quoted(session.workerID))",
        ])
        session.send(.ack(BatchAck(batchID: batch.batchID)))
        return false
    }

    private func writeScheduledBatches() {
        pendingBatches.writeScheduled = false
        writePendingBatches()
    }

    /// Writes every batch waiting, in the order they arrived (so a lease's batches keep theirs),
    /// in one transaction, then acknowledges each batch stored. A batch that fails is rolled
    /// back alone, logged and not acknowledged (its worker sends it again after reconnecting);
    /// when the transaction fails, none is acknowledged.
    func writePendingBatches() {
        guard !pendingBatches.isEmpty else { return }
        // A lease may have ended since its batch arrived (expired, released).
        let group = pendingBatches.takeAll().filter { holds($0.batch, from: $0.session) }
        guard !group.isEmpty else { return }
        let started = ContinuousClock.now
        let results: [Result<Bool, StoreError>]
        do {
            results = try store.commit(group.map { ($0.batch, $0.receivedAt) }, sweepID: sweep.id)
        } catch {
            results = group.map { _ in .failure(error) }
        }
        let seconds = Self.seconds(since: started)
        statistics.batchesWritten += group.count
        statistics.batchTransactions += 1
        let now = clock()
        for (entry, result) in zip(group, results) {
            let batch = entry.batch
            switch result {
            case .success(let fresh):
                metrics.batchReceived(fresh ? .stored : .duplicate, pages: batch.pages.count, links: batch.links, storeSeconds: seconds)
                if fresh {
                    statistics.pages += batch.pages.count
                    statistics.pagesThisRun += batch.pages.count
                    statistics.failingLinks += batch.links.filter { $0.verdict != .ok }.count
                }
                entry.session.send(.ack(BatchAck(batchID: batch.batchID)))
                // A batch proves the worker is alive and still on the lease.
                scheduler.heartbeat(from: entry.session.workerID, holding: [batch.leaseID], now: now)
            case .failure(let error):
                metrics.batchReceived(.failed, pages: 0, links: [], storeSeconds: seconds)
                logger.error("could not store a batch; the worker will resend it", metadata: ["batch": "\(batch.batchID)", "error": "\(error)"])
            }
        }
    }
}
