import Coordinator
import Foundation
import GovSweepProtocol
import Reports
import Rules

/// Judges a stored sweep and writes what inspectors read: the contract files and the reports.
enum SweepResults {
    /// The rules a sweep was started with, or `override` when given, and the name reports show:
    /// the rules' own `name`, with the file named when it changed the built-in rules but kept their name.
    static func rules(for sweep: SweepRecord, override: String?) throws -> (RuleSet, String) {
        if let path = override ?? sweep.options.rulesPath {
            let rules = try RuleSet.load(overridesAt: path)
            let renamed = rules.name != RuleSet.builtIn.name || rules.hash == RuleSet.builtIn.hash
            return (rules, renamed ? rules.name : "\(rules.name)（按 \((path as NSString).lastPathComponent) 调整）")
        }
        return (RuleSet.builtIn, RuleSet.builtIn.name)
    }

    static func verdicts(store: SweepStore, sweep: SweepRecord, rulesOverride: String?) throws -> (verdicts: [SiteVerdict], rules: RuleSet, name: String) {
        let (rules, name) = try rules(for: sweep, override: rulesOverride)
        return (try SweepJudgement.verdicts(store: store, sweep: sweep, rules: rules), rules, name)
    }

    /// Writes the contract files (findings.jsonl, columns.jsonl) of a sweep, judging one site at a time.
    static func writeContract(store: SweepStore, sweep: SweepRecord, rulesOverride: String?, to directory: String) throws -> (ContractExport.Written, RuleSet) {
        let (rules, _) = try rules(for: sweep, override: rulesOverride)
        return (try ContractExport.write(try SweepJudgement(store: store, sweep: sweep, rules: rules), to: directory), rules)
    }

    /// The sweep as the reports see it. Sites an unfinished sweep has not crawled to the end are
    /// left out of the verdicts and listed as unjudged; a 复查 sweep carries its comparison.
    static func summary(store: SweepStore, sweep: SweepRecord, rulesOverride: String?) throws -> SweepSummary {
        try judgeAll(store: store, sweep: sweep, rulesOverride: rulesOverride, contractDirectory: nil).summary
    }

    /// Judges every site once, in site-id order; with `contractDirectory`, each verdict is written to
    /// the contract files as it is judged. The summary lists the verdicts in crawl order.
    private static func judgeAll(
        store: SweepStore, sweep: SweepRecord, rulesOverride: String?, contractDirectory: String?
    ) throws -> (summary: SweepSummary, written: ContractExport.Written?) {
        let (rules, name) = try rules(for: sweep, override: rulesOverride)
        let judgement = try SweepJudgement(store: store, sweep: sweep, rules: rules)
        let writer = try contractDirectory.map { try ContractWriter(directory: $0) }
        let crawlPosition = Dictionary(judgement.sites.enumerated().map { ($1.site.id, $0) }, uniquingKeysWith: { first, _ in first })
        let unfinished = Set(judgement.sites.filter { $0.state != .done }.map(\.site.id))
        var judged = [SiteVerdict?](repeating: nil, count: judgement.sites.count)
        try judgement.forEachVerdict(of: judgement.sitesByID) { stored, verdict in
            // The contract files written with the reports hold the sites the reports judge.
            if !unfinished.contains(stored.site.id) { try writer?.append(verdict) }
            judged[crawlPosition[stored.site.id]!] = verdict
        }
        let written = try writer?.finish()
        let verdicts = judged.compactMap(\.self)
        var recheck: RecheckComparison?
        if let earlier = sweep.options.recheckOf, let previous = try? store.sweep(earlier) {
            let done = verdicts.filter { !unfinished.contains($0.site.id) }
            let before = try self.verdicts(store: store, sweep: previous, rulesOverride: rulesOverride).verdicts
            let doneIDs = Set(done.map(\.site.id))
            recheck = RecheckComparison(previousSweepID: previous.id, diff: SweepDiff.compare(
                before: before.filter { doneIDs.contains($0.site.id) }, after: done,
                beforeArticles: try store.articleDates(sweepID: previous.id),
                afterArticles: try store.articleDates(sweepID: sweep.id)))
        }
        let summary = SweepSummary(
            sweepID: sweep.id, asOf: sweep.settings.asOf, startedAt: sweep.createdAt,
            finishedAt: sweep.state == .complete ? sweep.finishedAt : nil,
            rulesHash: rules.hash, rulesName: name,
            verdicts: verdicts.filter { !unfinished.contains($0.site.id) },
            inventoryCounts: sweep.options.inventoryCountsByRegion,
            unjudgedSites: verdicts.map(\.site).filter { unfinished.contains($0.id) }, recheck: recheck)
        return (summary, written)
    }

    /// Writes findings.jsonl, columns.jsonl and the reports (`ReportWriter.fileNames`) into `directory`,
    /// judging every site once.
    static func writeAll(store: SweepStore, sweep: SweepRecord, rulesOverride: String?, to directory: String) throws -> [String] {
        let (summary, written) = try judgeAll(store: store, sweep: sweep, rulesOverride: rulesOverride, contractDirectory: directory)
        let reports = try ReportWriter.write(summary, to: directory)
        return [written!.findingsPath, written!.columnsPath] + reports
    }

    static func defaultDirectory(for sweepID: String) -> String {
        FileManager.default.currentDirectoryPath + "/govsweep-out/" + sweepID
    }
}
