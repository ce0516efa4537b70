import GovSweepProtocol

/// The judgement of one site: its findings, its columns, its score and whether it passed.
public struct SiteVerdict: Codable, Hashable, Sendable {
    public var site: Site
    /// Every finding, vetoes, deductions, warnings and notices alike, in the contract's export order.
    public var findings: [Finding]
    /// Every column found or configured, in export order.
    public var columns: [ColumnRecord]
    /// 100 minus the capped deductions (never below 0); 0 when a veto applies, as a vetoed site is not scored.
    public var score: Double
    /// The capped deductions, reported even when a veto applies.
    public var deducted: Double
    /// 合格: no veto and a score at or above the pass line.
    public var passed: Bool
    /// The checks that vetoed the site, each once, sorted.
    public var vetoes: [CheckID]
    /// The findings of severity `warning` (预警), in export order.
    public var warnings: [Finding]
    /// The consultation column's figures; nil when no message was seen (and in verdicts stored before).
    public var messageBoard: MessageBoardSummary?
    /// The site's articles copied from earlier articles of other sites; nil when none (and in verdicts stored before).
    public var copiedArticles: [CopiedArticle]?
    /// The site's policy documents and interpretations; nil when no policy column was found.
    public var policy: PolicySummary?

    public init(
        site: Site, findings: [Finding], columns: [ColumnRecord], score: Double, deducted: Double, passed: Bool,
        vetoes: [CheckID], warnings: [Finding], messageBoard: MessageBoardSummary? = nil,
        copiedArticles: [CopiedArticle]? = nil, policy: PolicySummary? = nil
    ) {
        self.site = site
        self.findings = findings
        self.columns = columns
        self.score = score
        self.deducted = deducted
        self.passed = passed
        self.vetoes = vetoes
        self.warnings = warnings
        self.messageBoard = messageBoard
        self.copiedArticles = copiedArticles
        self.policy = policy
    }

    /// How many findings of `check` the site has.
    public func count(of check: CheckID) -> Int {
        findings.reduce(0) { $0 + ($1.check == check ? 1 : 0) }
    }

    enum CodingKeys: String, CodingKey {
        case site, findings, columns, score, deducted, passed, vetoes, warnings, messageBoard = "message_board"
        case copiedArticles = "copied_articles", policy
    }
}
