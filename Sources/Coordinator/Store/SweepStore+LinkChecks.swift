import GRDB
import GovSweepProtocol

extension SweepStore {
    /// The pending link references of one site, or of every site, with the site whose pages hold each.
    public func pendingReferences(sweepID: String, siteID: String? = nil) throws(StoreError)
        -> [(siteID: String, reference: LinkReference)]
    {
        try read { db in try Self.references(sweepID: sweepID, siteID: siteID, db: db) }
    }

    /// The targets of the pending link references of one site, or of every site, without the
    /// pages that hold them (queueing a check needs only the target and its kind); by site, then target.
    public func pendingTargets(sweepID: String, siteID: String? = nil) throws(StoreError)
        -> [(siteID: String, reference: LinkReference)]
    {
        try read { db in
            let sql = "SELECT site_id, reference_json FROM link_refs WHERE sweep_id = ?"
                + (siteID == nil ? "" : " AND site_id = ?") + " ORDER BY site_id, target"
            let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments([sweepID, siteID].compactMap { $0 }))
            var references: [(siteID: String, reference: LinkReference)] = []
            while let row = try rows.next() {
                var reference = try Self.decode(LinkReference.self, row["reference_json"])
                reference.foundOn = []
                references.append((row["site_id"], reference))
            }
            return references
        }
    }

    /// Resolves the pending references to `targets` whose sweep-wide verdict is already known (as
    /// ``recordLinkChecks(_:sweepID:)`` does with a fresh verdict), in one transaction; returns those targets.
    public func resolveKnownTargets(_ targets: some Collection<String>, sweepID: String) throws(StoreError) -> Set<String> {
        guard !targets.isEmpty else { return [] }
        return try write { db in
            var known: [LinkOutcome] = []
            let lookup = try db.cachedStatement(sql: "SELECT outcome_json FROM verdicts WHERE sweep_id = ? AND target = ?")
            for target in targets {
                if let json = try String.fetchOne(lookup, arguments: [sweepID, target]) {
                    known.append(try Self.decode(LinkOutcome.self, json))
                }
            }
            try Self.recordLinkChecks(known, sweepID: sweepID, db: db)
            return Set(known.map(\.target))
        }
    }

    /// Stores verdicts of link checks made apart from any crawl, in one transaction: each becomes
    /// the sweep-wide verdict, and every site whose pages hold the target gets it with those pages
    /// (as if its own crawl had checked it); their pending references are resolved.
    public func recordLinkChecks(_ outcomes: [LinkOutcome], sweepID: String) throws(StoreError) {
        guard !outcomes.isEmpty else { return }
        try write { db in try Self.recordLinkChecks(outcomes, sweepID: sweepID, db: db) }
    }

    static func recordLinkChecks(_ outcomes: [LinkOutcome], sweepID: String, db: Database) throws {
        for outcome in outcomes {
            // A footer link of a platform may be held by thousands of sites on every one of their
            // pages: the holders are read without their pages, and a site's pages only when the
            // verdict needs them (a failing link names its pages; a working one is kept without).
            let holders = try Row.fetchAll(db.cachedStatement(sql: holdersQuery), arguments: [sweepID, outcome.target])
            var verdict = outcome
            verdict.foundOn = []
            try db.cachedStatement(sql: """
                INSERT INTO verdicts (sweep_id, target, outcome_json, sites) VALUES (?, ?, ?, 0)
                ON CONFLICT (sweep_id, target) DO UPDATE SET outcome_json = excluded.outcome_json
                """
            ).execute(arguments: [sweepID, outcome.target, Self.json(verdict)])
            for row in holders {
                let siteID: String = row["site_id"]
                let reference = try Self.decode(LinkReference.self, row["reference_json"])
                var held = outcome
                held.foundOn = outcome.verdict == .ok
                    ? [] : try Self.pages(holding: outcome.target, siteID: siteID, sweepID: sweepID, db: db)
                // The site's pages say what the target is (an attachment stays one, whatever answered).
                held.kind = reference.kind
                try Self.mergeLink(held, siteID: siteID, sweepID: sweepID, db: db)
                try Self.deleteReference(outcome.target, siteID: siteID, sweepID: sweepID, db: db)
            }
        }
    }

    /// The sites holding a target, without pages; arguments: sweep, target.
    static let holdersQuery = "SELECT site_id, reference_json FROM link_refs WHERE sweep_id = ? AND target = ? ORDER BY site_id"
}
