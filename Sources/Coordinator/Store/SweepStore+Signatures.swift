import Dispatch
import Foundation
import GRDB
import GovSweepProtocol
import Rules
import Synchronization

extension SweepStore {
    /// The fingerprinted articles of a sweep's `sites`, for the sweep-wide copied-content check,
    /// read one row at a time into a ``SignatureTable``: only what the check compares (site,
    /// address, date, signature) is kept, never a page report, so the memory this takes is about
    /// that of the signatures' values.
    public func signatureTable(sweepID: String, sites: [Site]) throws(StoreError) -> SignatureTable {
        let owners = Dictionary(
            sites.map { ($0.id, SignatureTable.Owner(id: $0.id, name: $0.name, unit: $0.unit)) }, uniquingKeysWith: { first, _ in first })
        return try read { db in
            let rows = try Row.fetchCursor(db, sql: Self.fingerprintedQuery, arguments: [sweepID])
            var table = SignatureTable()
            var chunk: [(owner: SignatureTable.Owner, json: String)] = []
            chunk.reserveCapacity(Self.signatureChunk)
            func appendChunk() throws {
                for (owner, facts) in zip(chunk.map(\.owner), try Self.decodeFingerprints(chunk.map(\.json))) {
                    var page = PageReport(url: facts.url, status: facts.status, error: facts.error, role: .article, published: facts.published)
                    page.body = facts.body
                    table.append(owner: owner, page: page)
                }
                chunk.removeAll(keepingCapacity: true)
            }
            while let row = try rows.next() {
                let siteID: String = row["site_id"]
                guard let owner = owners[siteID] else { continue }
                chunk.append((owner, row["report_json"]))
                if chunk.count == Self.signatureChunk { try appendChunk() }
            }
            try appendChunk()
            return table
        }
    }

    /// Rows read before their JSON is decoded, on every core, and appended in order.
    static let signatureChunk = 2048

    /// The fingerprint facts of `reports` (page reports as stored), decoded on every core, in order.
    private static func decodeFingerprints(_ reports: [String]) throws -> [FingerprintFacts] {
        let decoded = Mutex([Result<FingerprintFacts, any Error>?](repeating: nil, count: reports.count))
        let lanes = min(reports.count, ProcessInfo.processInfo.activeProcessorCount)
        DispatchQueue.concurrentPerform(iterations: lanes) { lane in
            let decoder = JSONDecoder()
            for position in stride(from: lane, to: reports.count, by: lanes) {
                let result = Result { () throws -> FingerprintFacts in
                    // A stored page as written is read straight from its bytes; what the reader refuses, by JSONDecoder.
                    if let page = JSONByteReader.read(PageReport.self, from: reports[position]) { return FingerprintFacts(page) }
                    return try decoder.decode(FingerprintFacts.self, from: Data(reports[position].utf8))
                }
                decoded.withLock { $0[position] = result }
            }
        }
        // concurrentPerform returns once every lane has run, so each slot is filled.
        return try decoded.withLock { $0 }.map { try $0!.get() }
    }

    /// The fingerprinted articles of a sweep's `sites` as values (``signatureTable(sweepID:sites:)`` holds them compactly).
    public func signedArticles(sweepID: String, sites: [Site]) throws(StoreError) -> [SignedArticle] {
        let table = try signatureTable(sweepID: sweepID, sites: sites)
        return (0..<table.count).map { table[$0] }
    }

    static let fingerprintedQuery =
        "SELECT site_id, report_json FROM pages WHERE sweep_id = ? AND report_json LIKE '%\"minhash\"%' ORDER BY site_id, url"
}

/// The fields of a stored page report that the copied-content check reads; the rest of the JSON is skipped.
private struct FingerprintFacts: Decodable {
    var url: String
    var status: Int?
    var error: NetworkErrorKind?
    var published: CivilDate?
    var body: BodySignature?
}

extension FingerprintFacts {
    init(_ page: PageReport) {
        self.init(url: page.url, status: page.status, error: page.error, published: page.published, body: page.body)
    }
}
