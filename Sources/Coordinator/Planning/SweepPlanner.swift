import Foundation
import GovSweepProtocol

/// What a new sweep will crawl: the inventory's sites after sampling or recheck selection.
public struct SweepPlan: Sendable {
    public var sites: [Site]
    public var columns: [String: [ColumnRef]]
    public var typos: [TypoEntry]
    /// Problems found in the inventory and columns files (rows skipped or loaded with a warning).
    public var problems: [InventoryProblem]
    public var encoding: String
    /// Sites per region in the whole inventory (运行网站总数).
    public var inventoryCountsByRegion: [String: Int]
    /// Politeness budgets the inventory set for the keys of the planned sites.
    public var politeness: [String: PolitenessOverride] = [:]
}

/// Builds a ``SweepPlan`` from the operator's files and options.
public enum SweepPlanner {
    public struct Request: Sendable {
        public var inventoryPath: String
        public var columnsPath: String?
        public var typosPath: String?
        public var strict: Bool
        public var sample: Double?
        public var seed: UInt64
        /// Only the sites with findings in this earlier sweep (`--recheck`), with that sweep's findings.
        public var recheckFindings: [Finding]?
        /// Only these sites of an earlier sweep (`--recheck SWEEP failed`: the ones that failed); wins
        /// over `recheckFindings`.
        public var recheckSiteIDs: Set<String>?

        public init(
            inventoryPath: String, columnsPath: String? = nil, typosPath: String? = nil, strict: Bool = false,
            sample: Double? = nil, seed: UInt64 = 1, recheckFindings: [Finding]? = nil, recheckSiteIDs: Set<String>? = nil
        ) {
            self.inventoryPath = inventoryPath
            self.columnsPath = columnsPath
            self.typosPath = typosPath
            self.strict = strict
            self.sample = sample
            self.seed = seed
            self.recheckFindings = recheckFindings
            self.recheckSiteIDs = recheckSiteIDs
        }
    }

    public static func plan(_ request: Request) throws -> SweepPlan {
        let inventory = try InventoryLoader.load(path: request.inventoryPath, strict: request.strict)
        var problems = inventory.problems
        var sites = inventory.sites
        var counts: [String: Int] = [:]
        for site in sites { counts[site.region ?? "", default: 0] += 1 }
        if let ids = request.recheckSiteIDs {
            sites = RecheckSelection.select(from: sites, siteIDs: ids).sites
        } else if let findings = request.recheckFindings {
            sites = RecheckSelection.select(from: sites, findings: findings).sites
        }
        if let fraction = request.sample {
            sites = try SiteSampler.sample(sites, fraction: fraction, seed: request.seed)
        }
        var columns: [String: [ColumnRef]] = [:]
        if let path = request.columnsPath {
            let loaded = try InventoryLoader.loadColumns(path: path, sites: Set(sites.map(\.id)))
            columns = loaded.columns
            problems += loaded.problems
        }
        let typos = try request.typosPath.map { path throws(InventoryError) in try TypoListLoader.load(path: path) } ?? []
        guard !sites.isEmpty else { throw CoordinatorError.nothingToSweep }
        let keys = Set(sites.map(\.politenessKey))
        return SweepPlan(
            sites: sites, columns: columns, typos: typos, problems: problems, encoding: inventory.encoding,
            inventoryCountsByRegion: counts,
            politeness: inventory.politeness.filter { keys.contains($0.key) })
    }

    /// A sweep id that sorts by start time: `20261121-125301-3fa2`.
    public static func newSweepID(now: Double) -> String {
        let day = CivilDate(shanghaiTime: now)
        let secondsOfDay = (Int(now) + 8 * 3600) % 86_400
        let time = String(format: "%02d%02d%02d", secondsOfDay / 3600, secondsOfDay / 60 % 60, secondsOfDay % 60)
        let suffix = String(format: "%04x", UInt16.random(in: .min ... .max))
        return day.iso.replacingOccurrences(of: "-", with: "") + "-" + time + "-" + suffix
    }
}
