import GovSweepProtocol

/// The count thresholds of the 栏目不更新 veto and the early warnings before them.
public struct ColumnVetoRules: Codable, Hashable, Sendable {
    /// Groups of categories whose stale columns are counted together; each vetoes at its own count.
    public var staleGroups: [StaleGroup]
    /// Blank columns (空白栏目) at or above this count veto the site.
    public var blankAtLeast: Int
    /// A warning (预警) when blank columns are more than this and below the veto line.
    public var blankWarningAbove: Int
    /// A warning when stale columns (all judged categories) are more than this and no stale veto applies.
    public var staleWarningAbove: Int

    public init(staleGroups: [StaleGroup], blankAtLeast: Int, blankWarningAbove: Int, staleWarningAbove: Int) {
        self.staleGroups = staleGroups
        self.blankAtLeast = blankAtLeast
        self.blankWarningAbove = blankWarningAbove
        self.staleWarningAbove = staleWarningAbove
    }

    /// One count line: stale columns of these categories, at or above `atLeast`, veto.
    public struct StaleGroup: Codable, Hashable, Sendable {
        /// Chinese name of the line, as details and reports show it.
        public var name: String
        public var categories: [ColumnCategory]
        public var atLeast: Int

        public init(name: String, categories: [ColumnCategory], atLeast: Int) {
            self.name = name
            self.categories = categories
            self.atLeast = atLeast
        }

        enum CodingKeys: String, CodingKey { case name, categories, atLeast = "at_least" }
    }

    enum CodingKeys: String, CodingKey {
        case staleGroups = "stale_groups", blankAtLeast = "blank_at_least"
        case blankWarningAbove = "blank_warning_above", staleWarningAbove = "stale_warning_above"
    }
}

/// The homepage and availability lines.
public struct HomepageRules: Codable, Hashable, Sendable {
    /// The homepage is stale when no dated item is at most this many days old.
    public var windowDays: Int
    /// A warning (预警) when the newest homepage item is more than this many days old but inside the window.
    public var warningDays: Int
    /// Monitoring: failed probes at or above this share of visits veto (站点无法访问).
    public var unreachableVetoShare: Double
    /// Monitoring: failed probes at or above this share warn.
    public var unreachableWarningShare: Double
    /// Monitoring: a veto needs visits made on at least this share of the planned slots. Below it the
    /// monitor itself missed too many visits for the failure share to carry a veto, and it only warns.
    public var monitorMinimumCoverage: Double

    public init(
        windowDays: Int, warningDays: Int, unreachableVetoShare: Double, unreachableWarningShare: Double,
        monitorMinimumCoverage: Double = 0.9
    ) {
        self.windowDays = windowDays
        self.warningDays = warningDays
        self.unreachableVetoShare = unreachableVetoShare
        self.unreachableWarningShare = unreachableWarningShare
        self.monitorMinimumCoverage = monitorMinimumCoverage
    }

    enum CodingKeys: String, CodingKey {
        case windowDays = "window_days", warningDays = "warning_days"
        case unreachableVetoShare = "unreachable_veto_share", unreachableWarningShare = "unreachable_warning_share"
        case monitorMinimumCoverage = "monitor_minimum_coverage"
    }
}
