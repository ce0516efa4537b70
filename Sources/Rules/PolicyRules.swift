/// The lines for policy documents and their interpretations (政策文件与政策解读).
public struct PolicyRules: Codable, Hashable, Sendable {
    /// Documents published within this many months before the as-of date are judged.
    public var windowMonths: Int
    /// An interpretation linked from this many pages or more is a box of links beside every
    /// document (最新解读), not one document's link to its interpretation.
    public var boxLinkPages: Int
    /// An interpretation dated more than this many days before a document does not interpret it by title.
    public var interpretationLeadDays: Int
    /// Kinds of document (``DocumentKind``) that need no interpretation: a 政策文件 column's 任免,
    /// 批复, 会议纪要, 放假 and 招标 notices and the like. ``DocumentKind/policy`` is never routine.
    public var routineKinds: [DocumentKind]

    /// Creates the lines; the box, lead and routine lines default to the built-in ones.
    public init(
        windowMonths: Int, boxLinkPages: Int = 3, interpretationLeadDays: Int = 7,
        routineKinds: [DocumentKind] = DocumentKind.routineByDefault
    ) {
        self.windowMonths = windowMonths
        self.boxLinkPages = boxLinkPages
        self.interpretationLeadDays = interpretationLeadDays
        self.routineKinds = routineKinds
    }

    /// The default: documents of the last year; a link on three pages or more is a box; an
    /// interpretation may come out up to a week before its document (a press conference); every
    /// kind but ``DocumentKind/policy`` is routine.
    public static let builtIn = PolicyRules(windowMonths: 12, boxLinkPages: 3, interpretationLeadDays: 7)

    /// Whether a document titled `title` in the column named `column`, its page stating the 文号
    /// `number`, must be interpreted.
    public func requiresInterpretation(title: String, column: String?, number: String? = nil) -> Bool {
        !routineKinds.contains(DocumentKind(title: title, column: column, number: number))
    }

    /// The first value that cannot be used, as (key, reason).
    func problem() -> (String, String)? {
        if windowMonths < 1 { return ("window_months", "must be at least 1") }
        if boxLinkPages < 2 { return ("box_link_pages", "must be at least 2") }
        if interpretationLeadDays < 0 { return ("interpretation_lead_days", "must not be negative") }
        if routineKinds.contains(.policy) { return ("routine_kinds", "must not name policy: policies are what must be interpreted") }
        return nil
    }

    enum CodingKeys: String, CodingKey {
        case windowMonths = "window_months", boxLinkPages = "box_link_pages", interpretationLeadDays = "interpretation_lead_days"
        case routineKinds = "routine_kinds"
    }
}

extension PolicyRules {
    /// Reads the lines; a rules file written before a line existed gets the built-in value for it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let builtIn = PolicyRules.builtIn
        windowMonths = try container.decode(Int.self, forKey: .windowMonths)
        boxLinkPages = try container.decodeIfPresent(Int.self, forKey: .boxLinkPages) ?? builtIn.boxLinkPages
        interpretationLeadDays = try container.decodeIfPresent(Int.self, forKey: .interpretationLeadDays) ?? builtIn.interpretationLeadDays
        routineKinds = try container.decodeIfPresent([DocumentKind].self, forKey: .routineKinds) ?? builtIn.routineKinds
    }
}
