import GovSweepProtocol

/// How long a column may stay silent: a number of days or of calendar months.
///
/// JSON: `{"days": 14}` or `{"months": 6}` (exactly one of the two).
public struct UpdateWindow: Codable, Hashable, Sendable {
    public var days: Int?
    public var months: Int?

    /// A window of `days` days.
    public static func days(_ days: Int) -> UpdateWindow { UpdateWindow(days: days, months: nil) }
    /// A window of `months` calendar months.
    public static func months(_ months: Int) -> UpdateWindow { UpdateWindow(days: nil, months: months) }

    /// The oldest date still inside the window ending on `asOf`: an item dated on or after it is fresh.
    ///
    /// With 14 days and as-of 2024-01-15 the cutoff is 2024-01-01: an item 14 days old is fresh, 15 days old is not.
    public func cutoff(asOf: CivilDate) -> CivilDate {
        if let months { return asOf.adding(months: -months) }
        return asOf.adding(days: -(days ?? 0))
    }

    /// The window in Chinese, as details write it: `14天`, `6个月`.
    public var chinese: String {
        if let months { return months % 12 == 0 ? "\(months / 12)年" : "\(months)个月" }
        return "\(days ?? 0)天"
    }

    /// Nil when the window is well formed; otherwise what is wrong with it.
    var problem: String? {
        switch (days, months) {
        case let (d?, nil) where d > 0: nil
        case let (nil, m?) where m > 0: nil
        default: "give exactly one of \"days\" or \"months\", a whole number above 0"
        }
    }

    enum CodingKeys: String, CodingKey { case days, months }

    /// Writes only the unit in use.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(days, forKey: .days)
        try c.encodeIfPresent(months, forKey: .months)
    }
}
