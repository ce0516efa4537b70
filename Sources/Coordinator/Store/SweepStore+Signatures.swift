import Foundation
import GRDB
import GovSweepProtocol
import Rules

extension SweepStore {
    /// The page reports of a sweep that carry a body fingerprint, by site. Holds every such page
    /// in memory at once: the export judges with ``signedArticles(sweepID:sites:)`` instead.
    public func fingerprintedPages(sweepID: String) throws(StoreError) -> [String: [PageReport]] {
        try read { db in
            let rows = try Row.fetchCursor(db, sql: Self.fingerprintedQuery, arguments: [sweepID])
            var pages: [String: [PageReport]] = [:]
            while let row = try rows.next() {
                let siteID: String = row["site_id"]
                pages[siteID, default: []].append(try Self.decode(PageReport.self, row["report_json"]))
            }
            return pages
        }
    }

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
            let decoder = JSONDecoder()
            while let row = try rows.next() {
                let siteID: String = row["site_id"]
                guard let owner = owners[siteID] else { continue }
                let json: String = row["report_json"]
                let facts = try decoder.decode(FingerprintFacts.self, from: Data(json.utf8))
                var page = PageReport(url: facts.url, status: facts.status, error: facts.error, role: .article, published: facts.published)
                page.body = facts.body
                table.append(owner: owner, page: page)
            }
            return table
        }
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
