/// The lines for policy documents and their interpretations (政策文件与政策解读).
public struct PolicyRules: Codable, Hashable, Sendable {
    /// Documents published within this many months before the as-of date are judged.
    public var windowMonths: Int

    public init(windowMonths: Int) {
        self.windowMonths = windowMonths
    }

    /// The default: documents of the last year.
    public static let builtIn = PolicyRules(windowMonths: 12)

    /// The first value that cannot be used, as (key, reason).
    func problem() -> (String, String)? {
        windowMonths < 1 ? ("window_months", "must be at least 1") : nil
    }

    enum CodingKeys: String, CodingKey {
        case windowMonths = "window_months"
    }
}
