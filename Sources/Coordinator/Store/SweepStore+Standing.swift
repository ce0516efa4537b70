import GRDB
import GovSweepProtocol

/// A site leased to a worker: being crawled now, or left half done by a coordinator that stopped.
public struct SiteInProgress: Hashable, Sendable {
    public var siteID: String
    public var name: String
    public var url: String
    public var workerID: String?
    /// Leases the site has had (this one included).
    public var attempts: Int
    /// Pages stored for it so far.
    public var pages: Int
}

/// Link checks waiting under one politeness key (a host, or a platform's `host_group`).
public struct WaitingLinkChecks: Hashable, Sendable {
    public var key: String
    public var targets: Int
}

extension SweepStore {
    /// The sites of the sweep that are leased, in crawl order, with the pages stored for each.
    public func sitesInProgress(sweepID: String) throws(StoreError) -> [SiteInProgress] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT s.site_id, s.site_json, s.worker_id, s.attempts,
                           (SELECT COUNT(*) FROM pages AS p WHERE p.sweep_id = s.sweep_id AND p.site_id = s.site_id) AS pages
                    FROM sites AS s WHERE s.sweep_id = ? AND s.state = 'leased' ORDER BY s.ordinal
                    """,
                arguments: [sweepID]
            ).map { row in
                let site = try Self.decode(Site.self, row["site_json"])
                return SiteInProgress(
                    siteID: row["site_id"], name: site.name, url: site.url, workerID: row["worker_id"], attempts: row["attempts"],
                    pages: row["pages"])
            }
        }
    }

    /// The link checks the sweep still owes: targets that finished sites link to, outside what their
    /// own crawls check, with no verdict yet, counted once each under the politeness key of their
    /// host (as the coordinator queues them), most first.
    public func waitingLinkChecks(sweepID: String) throws(StoreError) -> [WaitingLinkChecks] {
        let sites = try read { db in
            try Row.fetchAll(db, sql: "SELECT site_json FROM sites WHERE sweep_id = ?", arguments: [sweepID])
                .map { try Self.decode(Site.self, $0["site_json"]) }
        }
        let byID = Dictionary(sites.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let pending = try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT r.site_id, r.target FROM link_refs AS r
                    JOIN sites AS s ON s.sweep_id = r.sweep_id AND s.site_id = r.site_id
                    WHERE r.sweep_id = ? AND s.state = 'done'
                    """,
                arguments: [sweepID]
            ).map { (siteID: $0["site_id"] as String, target: $0["target"] as String) }
        }
        let keys = PolitenessKeys(sites: sites)
        var targetsByKey: [String: Set<String>] = [:]
        for (siteID, target) in pending {
            guard let site = byID[siteID], !site.checksItself(target) else { continue }
            targetsByKey[keys.key(for: target), default: []].insert(target)
        }
        return targetsByKey.map { WaitingLinkChecks(key: $0.key, targets: $0.value.count) }
            .sorted { $0.targets != $1.targets ? $0.targets > $1.targets : $0.key < $1.key }
    }
}
