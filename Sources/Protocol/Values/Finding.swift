/// One line of `findings.jsonl`: a judged problem on one site, as the findings contract defines it.
public struct Finding: Hashable, Sendable {
    public var siteID: String
    public var check: CheckID
    public var severity: Severity
    /// The page the finding is about (absolute, normalised).
    public var url: String
    /// For link-type findings, the failing link.
    public var target: String?
    public var column: String?
    public var category: ColumnCategory?
    /// The latest item date (staleness) or the offending date (future date).
    public var date: CivilDate?
    public var status: Int?
    public var error: NetworkErrorKind?
    /// Points deducted under the active rules (0 for veto, warning and notice).
    public var points: Double
    /// One sentence in Chinese for inspectors.
    public var detail: String

    public init(
        siteID: String, check: CheckID, severity: Severity, url: String, target: String? = nil,
        column: String? = nil, category: ColumnCategory? = nil, date: CivilDate? = nil,
        status: Int? = nil, error: NetworkErrorKind? = nil, points: Double = 0, detail: String
    ) {
        self.siteID = siteID
        self.check = check
        self.severity = severity
        self.url = url
        self.target = target
        self.column = column
        self.category = category
        self.date = date
        self.status = status
        self.error = error
        self.points = points
        self.detail = detail
    }

    /// The export order of the contract: site, check, url, target.
    public static func exportOrder(_ a: Finding, _ b: Finding) -> Bool {
        (a.siteID, a.check.rawValue, a.url, a.target ?? "") < (b.siteID, b.check.rawValue, b.url, b.target ?? "")
    }
}

extension Finding: Codable {
    enum CodingKeys: String, CodingKey {
        case siteID = "site_id", check, severity, url, target, column, category, date, status, error,
            points, detail
    }

    /// Encodes every field, writing absent values as `null` as the contract's tables show them.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(siteID, forKey: .siteID)
        try c.encode(check, forKey: .check)
        try c.encode(severity, forKey: .severity)
        try c.encode(url, forKey: .url)
        try c.encode(target, forKey: .target)
        try c.encode(column, forKey: .column)
        try c.encode(category, forKey: .category)
        try c.encode(date, forKey: .date)
        try c.encode(status, forKey: .status)
        try c.encode(error, forKey: .error)
        try c.encode(points, forKey: .points)
        try c.encode(detail, forKey: .detail)
    }
}
