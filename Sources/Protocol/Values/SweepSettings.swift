/// The settings of a sweep that workers need: they travel with every assignment.
public struct SweepSettings: Codable, Hashable, Sendable {
    /// 监测时间点: every staleness and future-date judgement is relative to it.
    public var asOf: CivilDate
    /// Allow every private, loopback and link-local target (`--allow-private`, demo and tests only).
    public var allowPrivate: Bool
    /// CIDR ranges allowed although they are not public (`--allow-address`); nil in settings
    /// stored before the option existed.
    public var allowedAddresses: [String]?
    public var obeyRobots: Bool
    public var maxPagesPerSite: Int
    public var maxDepth: Int
    /// Pages per column walked through pagination.
    public var maxPagesPerColumn: Int
    public var perHostConcurrency: Int
    /// Minimum gap between two requests to one host, in milliseconds.
    public var perHostGapMilliseconds: Int
    public var connectTimeoutSeconds: Double
    public var totalTimeoutSeconds: Double
    public var retries: Int
    public var maxBodyBytes: Int
    public var userAgent: String
    /// Homepage probes spread over a site's crawl, and the least time between the first and last.
    public var homepageProbes: Int
    public var probeSpreadSeconds: Double
    /// The operator's serious-error list, added to the built-in one: wrong phrase and optional correct form.
    public var typos: [TypoEntry]
    /// Budgets the operator set per politeness key (inventory `host_concurrency`, `host_gap_ms`),
    /// in place of `perHostConcurrency` and `perHostGapMilliseconds`; nil when none was set.
    public var hostBudgets: [String: PolitenessBudget]?

    public init(
        asOf: CivilDate, allowPrivate: Bool = false, obeyRobots: Bool = true, maxPagesPerSite: Int = 3000,
        maxDepth: Int = 6, maxPagesPerColumn: Int = 50, perHostConcurrency: Int = 2,
        perHostGapMilliseconds: Int = 250, connectTimeoutSeconds: Double = 10, totalTimeoutSeconds: Double = 30,
        retries: Int = 2, maxBodyBytes: Int = 10 << 20,
        userAgent: String = SweepSettings.defaultUserAgent, homepageProbes: Int = 3,
        probeSpreadSeconds: Double = 30, typos: [TypoEntry] = [], allowedAddresses: [String] = []
    ) {
        self.allowedAddresses = allowedAddresses.isEmpty ? nil : allowedAddresses
        self.asOf = asOf
        self.allowPrivate = allowPrivate
        self.obeyRobots = obeyRobots
        self.maxPagesPerSite = maxPagesPerSite
        self.maxDepth = maxDepth
        self.maxPagesPerColumn = maxPagesPerColumn
        self.perHostConcurrency = perHostConcurrency
        self.perHostGapMilliseconds = perHostGapMilliseconds
        self.connectTimeoutSeconds = connectTimeoutSeconds
        self.totalTimeoutSeconds = totalTimeoutSeconds
        self.retries = retries
        self.maxBodyBytes = maxBodyBytes
        self.userAgent = userAgent
        self.homepageProbes = homepageProbes
        self.probeSpreadSeconds = probeSpreadSeconds
        self.typos = typos
    }

    /// The CIDR ranges allowed besides the public internet.
    public var allowedAddressRanges: [String] { allowedAddresses ?? [] }

    public static let defaultUserAgent =
        "GovSweep/\(ProtocolVersion.software) (+https://govsweep.example/crawler; government website inspection)"
}

/// One entry of a serious-error list: the wrong phrase and, optionally, its correct form.
public struct TypoEntry: Codable, Hashable, Sendable {
    public var wrong: String
    public var correct: String?

    public init(wrong: String, correct: String? = nil) {
        self.wrong = wrong
        self.correct = correct
    }
}

extension SweepSettings {
    enum CodingKeys: String, CodingKey {
        case asOf = "as_of", allowPrivate = "allow_private", obeyRobots = "obey_robots"
        case maxPagesPerSite = "max_pages_per_site", maxDepth = "max_depth", maxPagesPerColumn = "max_pages_per_column"
        case perHostConcurrency = "per_host_concurrency", perHostGapMilliseconds = "per_host_gap_ms"
        case connectTimeoutSeconds = "connect_timeout_s", totalTimeoutSeconds = "total_timeout_s", retries
        case maxBodyBytes = "max_body_bytes", userAgent = "user_agent", homepageProbes = "homepage_probes"
        case probeSpreadSeconds = "probe_spread_s", typos, allowedAddresses = "allowed_addresses"
        case hostBudgets = "host_budgets"
    }
}
