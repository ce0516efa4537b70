import GovSweepProtocol
import Rules

/// One finished (or interrupted) sweep as the reports see it: its verdicts and where they came from.
public struct SweepSummary: Sendable {
    public var sweepID: String
    /// 监测时间点.
    public var asOf: CivilDate
    /// Seconds since 1970.
    public var startedAt: Double
    /// Seconds since 1970; nil while the sweep has not finished.
    public var finishedAt: Double?
    public var rulesHash: String
    public var rulesName: String
    public var verdicts: [SiteVerdict]
    /// Sites in the inventory per region (所属地方或部门), for 运行网站总数; sites without a region under "".
    public var inventoryCounts: [String: Int]
    /// Sites of the sweep never judged because the sweep stopped before they were crawled; listed,
    /// never counted.
    public var unjudgedSites: [Site]
    /// For a 复查 sweep: the sweep it re-checks and what changed since.
    public var recheck: RecheckComparison?
    /// What was checked and how, when it is not a full sweep (an availability monitor run); the
    /// circular prints it instead of the full sweep's sentence.
    public var method: String?

    public init(
        sweepID: String, asOf: CivilDate, startedAt: Double, finishedAt: Double?, rulesHash: String,
        rulesName: String, verdicts: [SiteVerdict], inventoryCounts: [String: Int], unjudgedSites: [Site] = [],
        recheck: RecheckComparison? = nil
    ) {
        self.sweepID = sweepID
        self.asOf = asOf
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.rulesHash = rulesHash
        self.rulesName = rulesName
        self.verdicts = verdicts
        self.inventoryCounts = inventoryCounts
        self.unjudgedSites = unjudgedSites
        self.recheck = recheck
    }

    /// True when the sweep finished: every site was crawled and judged.
    public var isComplete: Bool { finishedAt != nil && unjudgedSites.isEmpty }

    /// "（未完成）" after every title of an unfinished sweep's reports, "" otherwise.
    var titleMark: String { isComplete ? "" : "（未完成）" }

    /// The sentence every report of an unfinished sweep carries.
    var partialNote: String? {
        guard !isComplete else { return nil }
        let planned = verdicts.count + unjudgedSites.count
        return "本次检查未完成：计划检查网站\(planned)个，已完成检查\(verdicts.count)个，"
            + "另有\(unjudgedSites.count)个网站尚未检查，未计入任何统计，以下数据仅反映已完成检查的网站。"
    }

    /// The order regions are listed in.
    var regionOrder: RegionOrder {
        RegionOrder(
            regions: Set(verdicts.map { $0.site.region ?? "" }).union(inventoryCounts.keys),
            sites: verdicts.map(\.site) + unjudgedSites)
    }

    /// The verdicts ordered by site id, as every report lists them.
    var sortedVerdicts: [SiteVerdict] { verdicts.sorted { $0.site.id < $1.site.id } }

    /// "规则：NAME（哈希 HASH）", as every report names its rules.
    var rulesLine: String { "规则：\(rulesName)（哈希 \(rulesHash)）" }
}

/// A 复查 sweep's comparison with the sweep it re-checks.
public struct RecheckComparison: Sendable {
    /// The earlier sweep.
    public var previousSweepID: String
    public var diff: SweepDiff

    public init(previousSweepID: String, diff: SweepDiff) {
        self.previousSweepID = previousSweepID
        self.diff = diff
    }
}
