import GRDB

extension MonitorStore {
    /// The monitor's own migrator. Its identifiers (`monitor-…`) and tables (`monitor_…`) never
    /// collide with the coordinator's, so both migrators run on one SQLite file.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("monitor-v1") { db in
            try db.execute(sql: """
                CREATE TABLE monitor_runs (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    started_at REAL NOT NULL,
                    window_days REAL NOT NULL,
                    per_day INTEGER NOT NULL,
                    timeout_seconds REAL NOT NULL,
                    settings_json TEXT NOT NULL,
                    sites_json TEXT NOT NULL,
                    finished_at REAL
                );
                CREATE TABLE monitor_probes (
                    run_id INTEGER NOT NULL REFERENCES monitor_runs(id),
                    site_id TEXT NOT NULL,
                    slot INTEGER NOT NULL,
                    scheduled_at REAL NOT NULL,
                    at REAL NOT NULL,
                    outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'fail', 'missed')),
                    status INTEGER,
                    error TEXT,
                    ttfb REAL,
                    total REAL,
                    fingerprint TEXT,
                    PRIMARY KEY (run_id, site_id, slot)
                );
                CREATE TABLE monitor_snapshots (
                    run_id INTEGER NOT NULL REFERENCES monitor_runs(id),
                    site_id TEXT NOT NULL,
                    fingerprint TEXT NOT NULL,
                    first_seen REAL NOT NULL,
                    items_json TEXT NOT NULL,
                    PRIMARY KEY (run_id, site_id, fingerprint)
                );
                """)
        }
        return migrator
    }
}
