import GovSweepProtocol

/// How columns of one category are judged.
public struct CategoryRule: Codable, Hashable, Sendable {
    /// The most a column may stay silent; nil means columns of the category are not judged for staleness.
    public var window: UpdateWindow?
    /// Points deducted for one stale column of the category; nil means `checks.column_stale.points`.
    public var points: Double?
    /// Whether a column of the category that lists no items is a blank column (空白栏目).
    /// Columns from the operator's columns file are always judged for blankness.
    public var judgeBlank: Bool

    public init(window: UpdateWindow?, points: Double? = nil, judgeBlank: Bool = true) {
        self.window = window
        self.points = points
        self.judgeBlank = judgeBlank
    }

    enum CodingKeys: String, CodingKey { case window, points, judgeBlank = "judge_blank" }

    /// Writes every field, an absent window as `null`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(window, forKey: .window)
        try c.encode(points, forKey: .points)
        try c.encode(judgeBlank, forKey: .judgeBlank)
    }
}
