import GovSweepProtocol

/// Turns one site's evidence into its verdict under a rule set, relative to an as-of date.
///
/// Pure: the same evidence, rules and date always give the same verdict.
public struct Judge: Sendable {
    public let rules: RuleSet
    /// 监测时间点: staleness and future dates are judged against it.
    public let asOf: CivilDate

    public init(rules: RuleSet, asOf: CivilDate) {
        self.rules = rules
        self.asOf = asOf
    }

    /// The verdict on one site; `copied` are its copied articles, found across the sweep
    /// (``copiedArticles(_:)``).
    public func judge(_ evidence: SiteEvidence, copied: [CopiedArticle] = []) -> SiteVerdict {
        let make = FindingMaker(rules: rules, evidence: evidence)
        var findings = availabilityFindings(evidence, make)
        let unreachable = findings.contains { $0.check == .siteUnreachable && $0.severity == .veto }
        let columns = ColumnJudgement(rules: rules, asOf: asOf, evidence: evidence, make: make)
        findings += columns.findings
        if !unreachable, let homepage = make.homepage {
            findings += homepageFindings(homepage, evidence, make)
            findings += identityFindings(homepage, make)
        }
        findings += linkFindings(evidence, make)
        findings += futureDateFindings(evidence, make)
        findings += contentFindings(evidence, make)
        let messages: (findings: [Finding], summary: MessageBoardSummary?) = unreachable ? ([], nil) : messageFindings(evidence, make)
        findings += messages.findings
        findings += copiedFindings(copied, make)
        let policy: (findings: [Finding], summary: PolicySummary?) = unreachable ? ([], nil) : policyFindings(evidence, make)
        findings += policy.findings
        var verdict = Scorer(rules: rules).verdict(site: evidence.site, findings: findings, columns: columns.records)
        verdict.messageBoard = messages.summary
        verdict.copiedArticles = copied.isEmpty ? nil : copied
        verdict.policy = policy.summary
        return verdict
    }
}

/// Builds findings for one site with the severity and points the rules give their check.
struct FindingMaker {
    let rules: RuleSet
    let siteID: String
    /// The homepage's report, when it was fetched fine.
    let homepage: PageReport?
    /// The address findings about the whole site point at.
    let siteURL: String
    private let homepageURLs: Set<String>

    init(rules: RuleSet, evidence: SiteEvidence) {
        self.rules = rules
        siteID = evidence.site.id
        let homepages = evidence.pages.filter { $0.role == .homepage }
        homepage = homepages.first { $0.fetchedFine }
        siteURL = homepages.first?.url ?? evidence.site.url
        homepageURLs = Set(homepages.flatMap { [$0.url, $0.finalURL].compactMap(\.self) } + [evidence.site.url])
    }

    /// Whether `url` is the site's homepage.
    func isHomepage(_ url: String) -> Bool { homepageURLs.contains(url) }

    /// A finding of `check` with the rules' severity (or `severity` when given) and points.
    func callAsFunction(
        _ check: CheckID, url: String, severity: Severity? = nil, points: Double? = nil, target: String? = nil,
        column: String? = nil, category: ColumnCategory? = nil, date: CivilDate? = nil, status: Int? = nil,
        error: NetworkErrorKind? = nil, detail: String
    ) -> Finding {
        let rule = rules.rule(for: check)
        let severity = severity ?? rule.severity
        let base = isHomepage(url) ? (rule.homepagePoints ?? rule.points) : rule.points
        return Finding(
            siteID: siteID, check: check, severity: severity, url: url, target: target, column: column,
            category: category, date: date, status: status, error: error,
            points: severity == .deduct ? (points ?? base) : 0, detail: detail)
    }
}
