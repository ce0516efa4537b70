import GovSweepProtocol
import Rules

/// Judges a site from its monitoring visits under a rule set. Pure: the same visits and rules
/// always give the same verdict; every threshold comes from the rules.
public struct MonitorJudge: Sendable {
    public let rules: RuleSet

    public init(rules: RuleSet) {
        self.rules = rules
    }

    /// The verdict on `site` from `visits` (its slots in one run, any order) and the run's homepage
    /// `snapshots` (fingerprint → items); only visits inside `window` (seconds since 1970) count.
    public func verdict(
        site: Site, runID: Int64, visits: [ProbeRecord], snapshots: [String: [DatedItem]],
        window: ClosedRange<Double>? = nil
    ) -> MonitorVerdict {
        let considered = visits
            .filter { window?.contains($0.at) ?? true }
            .sorted { ($0.at, $0.slot) < ($1.at, $1.slot) }
        let made = considered.filter { $0.outcome != .missed }
        let failures = made.count { $0.outcome == .fail }
        let from = made.first?.at
        let to = window?.upperBound ?? made.last?.at
        let asOf = CivilDate(shanghaiTime: to ?? 0)
        var verdict = MonitorVerdict(
            site: site, runID: runID, from: from, to: to, visits: made.count, failures: failures,
            missed: considered.count - made.count,
            failureShare: made.isEmpty ? 0 : Double(failures) / Double(made.count),
            unreachable: rules.monitoredUnreachableSeverity(
                failures: failures, visits: made.count, planned: considered.count),
            outages: Outage.find(in: considered),
            homepage: HomepageTrend(visits: considered, snapshots: snapshots, asOf: asOf),
            findings: [])
        var findings: [Finding] = []
        if let finding = unreachableFinding(verdict) { findings.append(finding) }
        if let finding = homepageFinding(verdict, asOf: asOf) { findings.append(finding) }
        verdict.findings = findings.sorted(by: Finding.exportOrder)
        return verdict
    }

    /// Verdicts on every site of `run` from its stored slots, keyed by site id.
    public func verdicts(
        run: MonitorRun, probes: [ProbeRecord], snapshots: [String: [String: [DatedItem]]],
        window: ClosedRange<Double>? = nil
    ) -> [String: MonitorVerdict] {
        let bySite = Dictionary(grouping: probes, by: \.siteID)
        var verdicts: [String: MonitorVerdict] = [:]
        for site in run.sites {
            verdicts[site.id] = verdict(
                site: site, runID: run.id, visits: bySite[site.id] ?? [], snapshots: snapshots[site.id] ?? [:],
                window: window)
        }
        return verdicts
    }

    /// A finding of `check` with `severity` and the points the rules give it.
    func finding(
        _ check: CheckID, site: Site, severity: Severity, date: CivilDate? = nil, status: Int? = nil,
        error: NetworkErrorKind? = nil, detail: String
    ) -> Finding {
        let rule = rules.rule(for: check)
        return Finding(
            siteID: site.id, check: check, severity: severity, url: site.url, date: date, status: status,
            error: error, points: severity == .deduct ? (rule.homepagePoints ?? rule.points) : 0, detail: detail)
    }
}
