import GRDB
import GovSweepProtocol

extension MonitorStore {
    /// Starts a run of `sites` with `settings` at `start` (seconds since 1970).
    public func startRun(sites: [Site], settings: MonitorSettings, at start: Double) throws(MonitorStoreError) -> MonitorRun {
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO monitor_runs (started_at, window_days, per_day, timeout_seconds, settings_json, sites_json)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [start, settings.days, settings.perDay, settings.timeoutSeconds,
                            try Self.json(settings), try Self.json(sites)])
            return MonitorRun(id: db.lastInsertedRowID, startedAt: start, settings: settings, sites: sites)
        }
    }

    /// The latest run, finished or not.
    public func latestRun() throws(MonitorStoreError) -> MonitorRun? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM monitor_runs ORDER BY id DESC LIMIT 1") else {
                return nil
            }
            return try Self.run(row)
        }
    }

    /// The latest run when it is unfinished, else a new run of `sites` with `settings` starting `now`.
    ///
    /// A resumed run keeps its own inventory snapshot and settings; `sites` and `settings` are then unused.
    public func resumeOrStart(sites: [Site], settings: MonitorSettings, now: Double) throws(MonitorStoreError)
        -> (run: MonitorRun, resumed: Bool)
    {
        if let latest = try latestRun(), latest.finishedAt == nil { return (latest, true) }
        return (try startRun(sites: sites, settings: settings, at: now), false)
    }

    /// Marks the run finished at `time`.
    public func finish(runID: Int64, at time: Double) throws(MonitorStoreError) {
        try write { db in
            try db.execute(sql: "UPDATE monitor_runs SET finished_at = ? WHERE id = ?", arguments: [time, runID])
        }
    }

    static func run(_ row: Row) throws -> MonitorRun {
        MonitorRun(
            id: row["id"], startedAt: row["started_at"],
            settings: try decode(MonitorSettings.self, row["settings_json"], what: "run settings"),
            sites: try decode([Site].self, row["sites_json"], what: "run inventory"),
            finishedAt: row["finished_at"])
    }
}
