import GRDB
import GovSweepProtocol

extension SweepStore {
    /// The page reports of a sweep that carry a body fingerprint, by site (for the sweep-wide
    /// copied-content check, which needs every site's articles before any site is judged).
    public func fingerprintedPages(sweepID: String) throws(StoreError) -> [String: [PageReport]] {
        try read { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT site_id, report_json FROM pages WHERE sweep_id = ? AND report_json LIKE '%\"minhash\"%' ORDER BY site_id, url",
                arguments: [sweepID])
            var pages: [String: [PageReport]] = [:]
            for row in rows {
                let siteID: String = row["site_id"]
                pages[siteID, default: []].append(try Self.decode(PageReport.self, row["report_json"]))
            }
            return pages
        }
    }
}
