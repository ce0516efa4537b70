import GRDB
import GovSweepProtocol

extension SweepStore {
    /// The pending link references of one site, or of every site, with the site whose pages hold each.
    public func pendingReferences(sweepID: String, siteID: String? = nil) throws(StoreError)
        -> [(siteID: String, reference: LinkReference)]
    {
        try read { db in try Self.references(sweepID: sweepID, siteID: siteID, db: db) }
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
            let holders = try Self.references(sweepID: sweepID, siteID: nil, target: outcome.target, db: db)
            var verdict = outcome
            verdict.foundOn = []
            try db.execute(
                sql: """
                    INSERT INTO verdicts (sweep_id, target, outcome_json, sites) VALUES (?, ?, ?, 0)
                    ON CONFLICT (sweep_id, target) DO UPDATE SET outcome_json = excluded.outcome_json
                    """,
                arguments: [sweepID, outcome.target, try Self.json(verdict)])
            for (siteID, reference) in holders {
                var held = outcome
                held.foundOn = reference.foundOn
                // The site's pages say what the target is (an attachment stays one, whatever answered).
                held.kind = reference.kind
                try Self.mergeLink(held, siteID: siteID, sweepID: sweepID, db: db)
                try Self.deleteReference(outcome.target, siteID: siteID, sweepID: sweepID, db: db)
            }
        }
    }
}
