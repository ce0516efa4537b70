import GRDB
import GovSweepProtocol

extension MonitorStore {
    /// Stores one slot, and the homepage's dated items the first time its fingerprint is seen.
    /// A slot already stored is left as it is (a slot is stored once).
    public func record(_ probe: ProbeRecord, items: [DatedItem] = []) throws(MonitorStoreError) {
        try record([(probe, items)])
    }

    /// Stores slots in one transaction, as `record(_:items:)` does for each.
    public func record(_ batch: [(probe: ProbeRecord, items: [DatedItem])]) throws(MonitorStoreError) {
        var encoded: [(ProbeRecord, String?)] = []
        encoded.reserveCapacity(batch.count)
        do {
            for (probe, items) in batch {
                encoded.append((probe, probe.fingerprint == nil ? nil : try Self.json(items)))
            }
        } catch {
            throw .failed("cannot encode the homepage items: \(error)")
        }
        try write { db in
            let probes = try db.makeStatement(sql: """
                INSERT OR IGNORE INTO monitor_probes
                    (run_id, site_id, slot, scheduled_at, at, outcome, status, error, ttfb, total, fingerprint)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let snapshots = try db.makeStatement(sql: """
                INSERT OR IGNORE INTO monitor_snapshots (run_id, site_id, fingerprint, first_seen, items_json)
                VALUES (?, ?, ?, ?, ?)
                """)
            for (probe, itemsJSON) in encoded {
                try probes.execute(arguments: [
                    probe.runID, probe.siteID, probe.slot, probe.scheduledAt, probe.at, probe.outcome.rawValue,
                    probe.status, probe.error?.rawValue, probe.ttfb, probe.total, probe.fingerprint,
                ])
                if let fingerprint = probe.fingerprint, let itemsJSON {
                    try snapshots.execute(arguments: [probe.runID, probe.siteID, fingerprint, probe.at, itemsJSON])
                }
            }
        }
    }

    /// The slots of `runID` already stored (probed or missed).
    public func completedSlots(runID: Int64) throws(MonitorStoreError) -> Set<SlotKey> {
        try read { db in
            var slots = Set<SlotKey>()
            let rows = try Row.fetchCursor(db, sql: "SELECT site_id, slot FROM monitor_probes WHERE run_id = ?", arguments: [runID])
            while let row = try rows.next() { slots.insert(SlotKey(siteID: row[0], slot: row[1])) }
            return slots
        }
    }

    /// Every stored slot of `runID`, by site, then time of visit, then slot.
    public func probes(runID: Int64) throws(MonitorStoreError) -> [ProbeRecord] {
        try read { db in
            let rows = try Row.fetchCursor(
                db, sql: "SELECT * FROM monitor_probes WHERE run_id = ? ORDER BY site_id, at, slot", arguments: [runID])
            var records: [ProbeRecord] = []
            while let row = try rows.next() {
                let outcomeText: String = row["outcome"]
                guard let outcome = ProbeOutcome(rawValue: outcomeText) else {
                    throw MonitorStoreError.corrupt("unknown probe outcome \(outcomeText)")
                }
                let errorText: String? = row["error"]
                records.append(ProbeRecord(
                    runID: row["run_id"], siteID: row["site_id"], slot: row["slot"], scheduledAt: row["scheduled_at"],
                    at: row["at"], outcome: outcome, status: row["status"],
                    error: errorText.flatMap(NetworkErrorKind.init(rawValue:)), ttfb: row["ttfb"], total: row["total"],
                    fingerprint: row["fingerprint"]))
            }
            return records
        }
    }

    /// The distinct homepages of `runID`: site id → fingerprint → dated items.
    public func snapshots(runID: Int64) throws(MonitorStoreError) -> [String: [String: [DatedItem]]] {
        try read { db in
            var snapshots: [String: [String: [DatedItem]]] = [:]
            let rows = try Row.fetchCursor(
                db, sql: "SELECT site_id, fingerprint, items_json FROM monitor_snapshots WHERE run_id = ?", arguments: [runID])
            while let row = try rows.next() {
                snapshots[row[0], default: [:]][row[1]] = try Self.decode([DatedItem].self, row[2], what: "homepage items")
            }
            return snapshots
        }
    }
}
