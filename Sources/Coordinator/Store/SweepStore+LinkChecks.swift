import GRDB
import GovSweepProtocol

extension SweepStore {
    /// Every pending link reference of the sweep, with the site whose pages hold it.
    public func pendingReferences(sweepID: String) throws(StoreError) -> [(siteID: String, reference: LinkReference)] {
        try read { db in try Self.references(sweepID: sweepID, siteID: nil, db: db) }
    }

    /// The sweep-wide verdicts already known for `targets`.
    public func verdicts(sweepID: String, targets: some Collection<String>) throws(StoreError) -> [String: LinkOutcome] {
        guard !targets.isEmpty else { return [:] }
        return try read { db in
            var known: [String: LinkOutcome] = [:]
            for target in targets {
                if let json = try String.fetchOne(
                    db, sql: "SELECT outcome_json FROM verdicts WHERE sweep_id = ? AND target = ?", arguments: [sweepID, target])
                {
                    known[target] = try Self.decode(LinkOutcome.self, json)
                }
            }
            return known
        }
    }

    /// Stores verdicts of link checks made apart from any crawl, in one transaction: each becomes
    /// the sweep-wide verdict, and every site whose pages hold the target gets it with those pages
    /// (as if its own crawl had checked it); their pending references are resolved.
    public func recordLinkChecks(_ outcomes: [LinkOutcome], sweepID: String) throws(StoreError) {
        guard !outcomes.isEmpty else { return }
        try write { db in
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
                    try Self.mergeLink(held, siteID: siteID, sweepID: sweepID, db: db)
                    try Self.deleteReference(outcome.target, siteID: siteID, sweepID: sweepID, db: db)
                }
            }
        }
    }
}
