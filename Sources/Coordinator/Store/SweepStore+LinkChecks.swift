import GRDB
import GovSweepProtocol

extension SweepStore {
    /// Every pending link reference of the sweep, with the site whose pages hold it.
    public func pendingReferences(sweepID: String) throws(StoreError) -> [(siteID: String, reference: LinkReference)] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT site_id, reference_json FROM link_refs WHERE sweep_id = ? ORDER BY rowid",
                arguments: [sweepID]
            ).map { row in (row["site_id"], try Self.decode(LinkReference.self, row["reference_json"])) }
        }
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
                let holders = try Row.fetchAll(
                    db, sql: "SELECT site_id, reference_json FROM link_refs WHERE sweep_id = ? AND target = ? ORDER BY site_id",
                    arguments: [sweepID, outcome.target])
                var verdict = outcome
                verdict.foundOn = []
                try db.execute(
                    sql: """
                        INSERT INTO verdicts (sweep_id, target, outcome_json, sites) VALUES (?, ?, ?, 0)
                        ON CONFLICT (sweep_id, target) DO UPDATE SET outcome_json = excluded.outcome_json
                        """,
                    arguments: [sweepID, outcome.target, try Self.json(verdict)])
                for row in holders {
                    let siteID: String = row["site_id"]
                    let reference = try Self.decode(LinkReference.self, row["reference_json"])
                    var held = outcome
                    held.foundOn = reference.foundOn
                    try Self.mergeLink(held, siteID: siteID, sweepID: sweepID, db: db)
                }
                try db.execute(
                    sql: "DELETE FROM link_refs WHERE sweep_id = ? AND target = ?", arguments: [sweepID, outcome.target])
            }
        }
    }
}
