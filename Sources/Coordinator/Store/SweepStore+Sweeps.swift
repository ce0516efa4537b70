import GRDB
import GovSweepProtocol

extension SweepStore {
    /// Records a new sweep with its sites (in crawl order) and configured columns.
    public func createSweep(_ sweep: SweepRecord, sites: [Site], columns: [String: [ColumnRef]]) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: "INSERT INTO sweeps (id, created_at, finished_at, as_of, state, settings_json, options_json) VALUES (?, ?, ?, ?, ?, ?, ?)",
                arguments: [sweep.id, sweep.createdAt, sweep.finishedAt, sweep.settings.asOf.iso, sweep.state.rawValue,
                            try Self.json(sweep.settings), try Self.json(sweep.options)])
            for (ordinal, site) in sites.enumerated() {
                try db.execute(
                    sql: """
                        INSERT INTO sites (sweep_id, site_id, ordinal, site_json, columns_json, politeness_key, state)
                        VALUES (?, ?, ?, ?, ?, ?, 'pending')
                        """,
                    arguments: [sweep.id, site.id, ordinal, try Self.json(site), try Self.json(columns[site.id] ?? []),
                                site.politenessKey])
            }
        }
    }

    /// Every sweep, newest first.
    public func sweeps() throws(StoreError) -> [SweepRecord] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM sweeps ORDER BY created_at DESC, id DESC").map(Self.sweepRecord)
        }
    }

    /// The sweep with `id`, or the newest when `id` is nil.
    public func sweep(_ id: String?) throws(StoreError) -> SweepRecord {
        let all = try sweeps()
        if let id {
            guard let match = all.first(where: { $0.id == id }) else { throw .unknownSweep(id) }
            return match
        }
        guard let newest = all.first else { throw .noSweep(path: path) }
        return newest
    }

    public func markComplete(_ sweepID: String, at time: Double) throws(StoreError) {
        try write { db in
            try db.execute(sql: "UPDATE sweeps SET state = 'complete', finished_at = ? WHERE id = ?", arguments: [time, sweepID])
        }
    }

    /// Removes a sweep and everything stored for it, in one transaction: for a sweep whose start
    /// failed before it was served (a port in use), so that no sweep that never ran is left "running".
    public func deleteSweep(_ sweepID: String) throws(StoreError) {
        try write { db in
            for table in ["page_link_refs", "link_refs", "verdicts", "links", "frontier", "pages", "batches", "sites", "sweeps"] {
                let column = table == "sweeps" ? "id" : "sweep_id"
                try db.execute(sql: "DELETE FROM \(table) WHERE \(column) = ?", arguments: [sweepID])
            }
        }
    }

    static func sweepRecord(_ row: Row) throws -> SweepRecord {
        SweepRecord(
            id: row["id"], createdAt: row["created_at"], finishedAt: row["finished_at"],
            state: SweepRecord.State(rawValue: row["state"]) ?? .running,
            settings: try decode(SweepSettings.self, row["settings_json"]),
            options: try decode(SweepOptions.self, row["options_json"]))
    }
}
