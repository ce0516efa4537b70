/// The lines for policy documents and their interpretations (政策文件与政策解读).
public struct PolicyRules: Codable, Hashable, Sendable {
    /// Documents published within this many months before the as-of date are judged.
    public var windowMonths: Int
    /// An interpretation linked from this many pages or more is a box of links beside every
    /// document (最新解读), not one document's link to its interpretation.
    public var boxLinkPages: Int
    /// An interpretation dated more than this many days before a document does not interpret it by title.
    public var interpretationLeadDays: Int

    /// Creates the lines; the box and lead lines default to the built-in ones.
    public init(windowMonths: Int, boxLinkPages: Int = 3, interpretationLeadDays: Int = 7) {
        self.windowMonths = windowMonths
        self.boxLinkPages = boxLinkPages
        self.interpretationLeadDays = interpretationLeadDays
    }

    /// The default: documents of the last year; a link on three pages or more is a box; an
    /// interpretation may come out up to a week before its document (a press conference).
    public static let builtIn = PolicyRules(windowMonths: 12, boxLinkPages: 3, interpretationLeadDays: 7)

    /// The first value that cannot be used, as (key, reason).
    func problem() -> (String, String)? {
        if windowMonths < 1 { return ("window_months", "must be at least 1") }
        if boxLinkPages < 2 { return ("box_link_pages", "must be at least 2") }
        if interpretationLeadDays < 0 { return ("interpretation_lead_days", "must not be negative") }
        return nil
    }

    enum CodingKeys: String, CodingKey {
        case windowMonths = "window_months", boxLinkPages = "box_link_pages", interpretationLeadDays = "interpretation_lead_days"
    }
}
