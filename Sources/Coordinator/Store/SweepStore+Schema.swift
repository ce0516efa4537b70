import GRDB

extension SweepStore {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE sweeps (
                    id TEXT PRIMARY KEY,
                    created_at REAL NOT NULL,
                    finished_at REAL,
                    as_of TEXT NOT NULL,
                    state TEXT NOT NULL,
                    settings_json TEXT NOT NULL,
                    options_json TEXT NOT NULL
                );
                CREATE TABLE sites (
                    sweep_id TEXT NOT NULL,
                    site_id TEXT NOT NULL,
                    ordinal INTEGER NOT NULL,
                    site_json TEXT NOT NULL,
                    columns_json TEXT NOT NULL,
                    politeness_key TEXT NOT NULL,
                    state TEXT NOT NULL,
                    lease_id TEXT,
                    worker_id TEXT,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    report_json TEXT,
                    PRIMARY KEY (sweep_id, site_id)
                );
                CREATE TABLE pages (
                    sweep_id TEXT NOT NULL,
                    site_id TEXT NOT NULL,
                    url TEXT NOT NULL,
                    report_json TEXT NOT NULL,
                    PRIMARY KEY (sweep_id, site_id, url)
                );
                CREATE TABLE frontier (
                    sweep_id TEXT NOT NULL,
                    site_id TEXT NOT NULL,
                    url TEXT NOT NULL,
                    entry_json TEXT NOT NULL,
                    PRIMARY KEY (sweep_id, site_id, url)
                );
                CREATE TABLE links (
                    sweep_id TEXT NOT NULL,
                    site_id TEXT NOT NULL,
                    target TEXT NOT NULL,
                    outcome_json TEXT NOT NULL,
                    PRIMARY KEY (sweep_id, site_id, target)
                );
                CREATE TABLE verdicts (
                    sweep_id TEXT NOT NULL,
                    target TEXT NOT NULL,
                    outcome_json TEXT NOT NULL,
                    sites INTEGER NOT NULL DEFAULT 1,
                    PRIMARY KEY (sweep_id, target)
                );
                CREATE TABLE batches (
                    sweep_id TEXT NOT NULL,
                    batch_id TEXT NOT NULL,
                    received_at REAL NOT NULL,
                    PRIMARY KEY (sweep_id, batch_id)
                );
                """)
        }
        migrator.registerMigration("v2: link references and site notes") { db in
            try db.execute(sql: """
                CREATE TABLE link_refs (
                    sweep_id TEXT NOT NULL,
                    site_id TEXT NOT NULL,
                    target TEXT NOT NULL,
                    reference_json TEXT NOT NULL,
                    PRIMARY KEY (sweep_id, site_id, target)
                );
                ALTER TABLE sites ADD COLUMN notes_json TEXT;
                """)
        }
        migrator.registerMigration("v3: one row per page holding a pending link") { db in
            // Appending a page to a JSON list per (site, target) rewrote the whole list for every
            // page holding the target: quadratic for a footer link on every page of a site.
            try db.execute(sql: """
                CREATE TABLE link_ref_pages (
                    sweep_id TEXT NOT NULL,
                    site_id TEXT NOT NULL,
                    target TEXT NOT NULL,
                    page TEXT NOT NULL,
                    PRIMARY KEY (sweep_id, site_id, target, page)
                ) WITHOUT ROWID;
                INSERT OR IGNORE INTO link_ref_pages (sweep_id, site_id, target, page)
                    SELECT r.sweep_id, r.site_id, r.target, j.value FROM link_refs AS r, json_each(r.reference_json, '$.found_on') AS j;
                UPDATE link_refs SET reference_json = json_set(reference_json, '$.found_on', json('[]'));
                """)
        }
        migrator.registerMigration("v4: pending links by target") { db in
            // A verdict goes to every site holding its target: without these, each lookup by target
            // read every pending reference of the sweep, once per target of every batch.
            try db.execute(sql: """
                CREATE INDEX link_refs_by_target ON link_refs (sweep_id, target, site_id);
                CREATE INDEX link_ref_pages_by_target ON link_ref_pages (sweep_id, target, site_id, page);
                """)
        }
        migrator.registerMigration("v5: shared verdicts by site count") { db in
            // Every lease of a site reads the most shared verdicts (``resumeState``): without this the
            // query read and sorted every verdict of the sweep once per site, time quadratic in sites.
            try db.execute(sql: "CREATE INDEX verdicts_by_sites ON verdicts (sweep_id, sites)")
        }
        migrator.registerMigration("v6: pending links listed per page") { db in
            // A row per page and pending target (and its index entry), written by every batch and
            // deleted again by nearly every verdict, was most of the rows a batch wrote: a page now
            // has one row listing its pending targets (SweepStore+PendingReferences.swift).
            try db.execute(sql: """
                CREATE TABLE page_link_refs (
                    sweep_id TEXT NOT NULL,
                    site_id TEXT NOT NULL,
                    page TEXT NOT NULL,
                    targets TEXT NOT NULL,
                    PRIMARY KEY (sweep_id, site_id, page)
                ) WITHOUT ROWID;
                INSERT INTO page_link_refs (sweep_id, site_id, page, targets)
                    SELECT sweep_id, site_id, page, char(10) || group_concat(target, char(10)) || char(10)
                    FROM link_ref_pages GROUP BY sweep_id, site_id, page;
                DROP TABLE link_ref_pages;
                """)
        }
        return migrator
    }
}
