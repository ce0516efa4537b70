import GRDB
import GovSweepProtocol

/// A site of a sweep with its crawl state.
public struct StoredSite: Sendable, Hashable {
    public enum State: String, Sendable { case pending, leased, done }

    public var site: Site
    public var columns: [ColumnRef]
    public var politenessKey: String
    public var state: State
    /// The lease and worker of a site being crawled.
    public var leaseID: String?
    public var workerID: String?
    public var attempts: Int
    /// The final lease's report with the notes of every earlier lease folded in; nil until the site is done.
    public var report: SiteReport?
    /// Site-level facts noted by every lease so far.
    public var notes: SiteNotes
}

extension SweepStore {
    /// The sweep's sites in crawl order.
    public func sites(of sweepID: String) throws(StoreError) -> [StoredSite] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM sites WHERE sweep_id = ? ORDER BY ordinal", arguments: [sweepID]).map { row in
                let reportJSON: String? = row["report_json"]
                let notesJSON: String? = row["notes_json"]
                let notes = try notesJSON.map { try Self.decode(SiteNotes.self, $0) } ?? SiteNotes()
                return StoredSite(
                    site: try Self.decode(Site.self, row["site_json"]),
                    columns: try Self.decode([ColumnRef].self, row["columns_json"]),
                    politenessKey: row["politeness_key"],
                    state: StoredSite.State(rawValue: row["state"]) ?? .pending,
                    leaseID: row["lease_id"], workerID: row["worker_id"],
                    attempts: row["attempts"],
                    report: try reportJSON.map { try Self.decode(SiteReport.self, $0).including(notes) },
                    notes: notes)
            }
        }
    }

    /// Records that a site was leased (for `status` and for counting attempts).
    public func recordLease(sweepID: String, siteID: String, leaseID: String, workerID: String) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: "UPDATE sites SET state = 'leased', lease_id = ?, worker_id = ?, attempts = attempts + 1 WHERE sweep_id = ? AND site_id = ? AND state != 'done'",
                arguments: [leaseID, workerID, sweepID, siteID])
        }
    }

    /// Records that leases ended without the site being done.
    public func recordReturned(sweepID: String, siteIDs: [String]) throws(StoreError) {
        try write { db in
            for siteID in siteIDs {
                try db.execute(
                    sql: "UPDATE sites SET state = 'pending', lease_id = NULL, worker_id = NULL WHERE sweep_id = ? AND site_id = ? AND state = 'leased'",
                    arguments: [sweepID, siteID])
            }
        }
    }

    /// Marks a site done with the worker's site-level report.
    public func completeSite(sweepID: String, report: SiteReport) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: "UPDATE sites SET state = 'done', lease_id = NULL, report_json = ? WHERE sweep_id = ? AND site_id = ?",
                arguments: [try Self.json(report), sweepID, report.siteID])
        }
    }
}
