import GovSweepProtocol

/// How one check of the catalogue counts: its severity, its points and the indicator that caps them.
public struct CheckRule: Codable, Hashable, Sendable {
    public var severity: Severity
    /// Points per finding when the severity is `deduct` (ignored otherwise).
    public var points: Double
    /// Points per finding whose page is the homepage; nil means `points`.
    public var homepagePoints: Double?
    /// The indicator (key of `RuleSet.indicators`) whose cap bounds this check's deductions.
    public var indicator: String

    public init(severity: Severity, points: Double = 0, homepagePoints: Double? = nil, indicator: String) {
        self.severity = severity
        self.points = points
        self.homepagePoints = homepagePoints
        self.indicator = indicator
    }

    enum CodingKeys: String, CodingKey {
        case severity, points, homepagePoints = "homepage_points", indicator
    }

    /// Writes every field, an absent `homepage_points` as `null`, so `govsweep rules` shows it can be set.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(severity, forKey: .severity)
        try c.encode(points, forKey: .points)
        try c.encode(homepagePoints, forKey: .homepagePoints)
        try c.encode(indicator, forKey: .indicator)
    }
}

/// A severity and points for one kind of content hit that overrides its check's rule.
public struct HitRule: Codable, Hashable, Sendable {
    public var severity: Severity
    public var points: Double

    public init(severity: Severity, points: Double = 0) {
        self.severity = severity
        self.points = points
    }
}

/// An indicator (指标) of the deduction part: a name and the most its deductions may take.
public struct IndicatorRule: Codable, Hashable, Sendable {
    /// The indicator's Chinese name, as reports show it.
    public var name: String
    /// Deductions under the indicator never exceed this.
    public var cap: Double

    public init(name: String, cap: Double) {
        self.name = name
        self.cap = cap
    }
}
