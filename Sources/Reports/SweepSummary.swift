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

    public init(
        sweepID: String, asOf: CivilDate, startedAt: Double, finishedAt: Double?, rulesHash: String,
        rulesName: String, verdicts: [SiteVerdict], inventoryCounts: [String: Int]
    ) {
        self.sweepID = sweepID
        self.asOf = asOf
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.rulesHash = rulesHash
        self.rulesName = rulesName
        self.verdicts = verdicts
        self.inventoryCounts = inventoryCounts
    }

    /// The verdicts ordered by site id, as every report lists them.
    var sortedVerdicts: [SiteVerdict] { verdicts.sorted { $0.site.id < $1.site.id } }

    /// "规则：NAME（哈希 HASH）", as every report names its rules.
    var rulesLine: String { "规则：\(rulesName)（哈希 \(rulesHash)）" }
}
