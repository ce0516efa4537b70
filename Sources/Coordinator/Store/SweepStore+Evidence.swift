import GRDB
import GovSweepProtocol

extension SweepStore {
    /// Every page report of one site, ordered by URL.
    public func pages(sweepID: String, siteID: String) throws(StoreError) -> [PageReport] {
        try read { db in
            try String.fetchAll(
                db, sql: "SELECT report_json FROM pages WHERE sweep_id = ? AND site_id = ? ORDER BY url",
                arguments: [sweepID, siteID]
            ).map { try Self.decode(PageReport.self, $0) }
        }
    }

    /// Every link outcome of one site that is not ok, ordered by target.
    ///
    /// Rows stating `"verdict":"ok"` are left in the database: a site holds thousands of working
    /// links and a few failing ones, and only these are decoded. The text cannot occur inside a
    /// string value (its quotes would be escaped there), and what is read is still checked.
    public func failingLinks(sweepID: String, siteID: String) throws(StoreError) -> [LinkOutcome] {
        try read { db in
            try String.fetchAll(
                db, sql: """
                    SELECT outcome_json FROM links WHERE sweep_id = ? AND site_id = ?
                    AND outcome_json NOT LIKE '%"verdict":"ok"%' ORDER BY target
                    """,
                arguments: [sweepID, siteID]
            ).map { try Self.decode(LinkOutcome.self, $0) }.filter { $0.verdict != .ok }
        }
    }

    /// Counts for `status`: pages stored and batches received.
    public func counts(sweepID: String) throws(StoreError) -> (pages: Int, batches: Int, failingLinks: Int) {
        try read { db in
            let pages = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM pages WHERE sweep_id = ?", arguments: [sweepID]) ?? 0
            let batches = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM batches WHERE sweep_id = ?", arguments: [sweepID]) ?? 0
            let failing = try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM links WHERE sweep_id = ? AND outcome_json NOT LIKE '%\"verdict\":\"ok\"%'",
                arguments: [sweepID]) ?? 0
            return (pages, batches, failing)
        }
    }

    /// Article publication dates by URL (for `diff`: dates changed between two sweeps).
    public func articleDates(sweepID: String) throws(StoreError) -> [String: CivilDate] {
        var dates: [String: CivilDate] = [:]
        let rows: [String] = try read { db in
            try String.fetchAll(
                db, sql: "SELECT report_json FROM pages WHERE sweep_id = ? AND report_json LIKE '%\"published\"%'",
                arguments: [sweepID])
        }
        for row in rows {
            if let report = try? Self.decode(PageReport.self, row), let date = report.published { dates[report.url] = date }
        }
        return dates
    }
}
