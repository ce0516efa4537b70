import GovSweepProtocol

/// Every threshold, veto line, point value and cap the judgement uses, and nothing else.
///
/// The JSON form is documented in docs/rules.md; `builtIn` encodes shared/indicators.md and an
/// operator's partial file overrides any value (`load(overridesAt:over:)`).
public struct RuleSet: Codable, Hashable, Sendable {
    /// A name reports show beside the hash, e.g. the circular the numbers come from.
    public var name: String
    /// A site without a veto passes (合格) with a score at or above this.
    public var passLine: Double
    public var homepage: HomepageRules
    /// Rules per column category, keyed by category id (`news`, `notice`, ...).
    public var categories: [String: CategoryRule]
    public var columnVetoes: ColumnVetoRules
    /// Rules per check, keyed by check id (`column_stale`, `link_broken`, ...).
    public var checks: [String: CheckRule]
    /// Overrides of a check's rule for one kind of content hit, keyed by hit kind (`mobile_numbers`).
    public var hits: [String: HitRule]
    /// The indicators whose caps bound deductions, keyed by the names checks refer to.
    public var indicators: [String: IndicatorRule]
    /// Lines for consultation columns; nil in rule sets written before they existed (the defaults apply).
    public var messages: MessageRules?
    /// Lines for copied articles; nil in rule sets written before they existed (the defaults apply).
    public var copiedContent: CopiedContentRules?
    /// Lines for policy documents and interpretations; nil in rule sets written before they existed.
    public var policy: PolicyRules?

    public init(
        name: String, passLine: Double, homepage: HomepageRules, categories: [String: CategoryRule],
        columnVetoes: ColumnVetoRules, checks: [String: CheckRule], hits: [String: HitRule],
        indicators: [String: IndicatorRule], messages: MessageRules? = .builtIn,
        copiedContent: CopiedContentRules? = .builtIn, policy: PolicyRules? = .builtIn
    ) {
        self.name = name
        self.passLine = passLine
        self.homepage = homepage
        self.categories = categories
        self.columnVetoes = columnVetoes
        self.checks = checks
        self.hits = hits
        self.indicators = indicators
        self.messages = messages
        self.copiedContent = copiedContent
        self.policy = policy
    }

    enum CodingKeys: String, CodingKey {
        case name, passLine = "pass_line", homepage, categories, columnVetoes = "column_vetoes", checks, hits,
            indicators, messages, copiedContent = "copied_content", policy
    }
}

extension RuleSet {
    /// The rule of `check`. A validated rule set has one for every check id.
    public func rule(for check: CheckID) -> CheckRule {
        checks[check.rawValue] ?? CheckRule(severity: .notice, indicator: "")
    }

    /// The consultation-column lines in force.
    public var messageRules: MessageRules { messages ?? .builtIn }

    /// The copied-content lines in force.
    public var copiedContentRules: CopiedContentRules { copiedContent ?? .builtIn }

    /// The policy-interpretation lines in force.
    public var policyRules: PolicyRules { policy ?? .builtIn }

    /// The rule of `category`. A validated rule set has one for every category.
    public func rule(for category: ColumnCategory) -> CategoryRule {
        categories[category.rawValue] ?? CategoryRule(window: nil, points: 0, judgeBlank: false)
    }

    /// The severity a monitoring platform gives a homepage that failed `failures` of `visits` probes:
    /// veto at the veto share, warning at the warning share, nil below both.
    public func unreachableSeverity(failures: Int, visits: Int) -> Severity? {
        guard visits > 0, failures > 0 else { return nil }
        let share = Double(failures) / Double(visits)
        if share >= homepage.unreachableVetoShare { return .veto }
        if share >= homepage.unreachableWarningShare { return .warning }
        return nil
    }

    /// The severity for a monitored homepage that failed `failures` of the `visits` made out of
    /// `planned` slots: as ``unreachableSeverity(failures:visits:)``, except that a veto needs the
    /// visits made to cover `homepage.monitorMinimumCoverage` of the plan; below that it warns.
    public func monitoredUnreachableSeverity(failures: Int, visits: Int, planned: Int) -> Severity? {
        guard let severity = unreachableSeverity(failures: failures, visits: visits) else { return nil }
        return severity == .veto && !monitorCoverageSuffices(visits: visits, planned: planned) ? .warning : severity
    }

    /// Whether `visits` made out of `planned` slots are enough monitoring for a veto.
    public func monitorCoverageSuffices(visits: Int, planned: Int) -> Bool {
        planned > 0 && Double(visits) >= homepage.monitorMinimumCoverage * Double(planned)
    }
}
