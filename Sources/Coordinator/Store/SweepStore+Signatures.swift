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
    /// read one row at a time: only what the check compares (address, date, signature) is kept,
    /// never a whole page report, so the memory this takes is that of the signatures.
    public func signedArticles(sweepID: String, sites: [Site]) throws(StoreError) -> [SignedArticle] {
        let byID = Dictionary(sites.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return try read { db in
            let rows = try Row.fetchCursor(db, sql: Self.fingerprintedQuery, arguments: [sweepID])
            var articles: [SignedArticle] = []
            while let row = try rows.next() {
                let siteID: String = row["site_id"]
                guard let site = byID[siteID] else { continue }
                let json: String = row["report_json"]
                let facts = try Self.decode(FingerprintFacts.self, json)
                let page = PageReport(url: facts.url, status: facts.status, error: facts.error, role: .article, published: facts.published)
                var signed = page
                signed.body = facts.body
                articles += SignedArticle.articles(of: site, pages: [signed])
            }
            return articles
        }
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
