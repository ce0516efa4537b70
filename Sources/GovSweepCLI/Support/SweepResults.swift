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

    /// The sweep as the reports see it. Sites an unfinished sweep has not crawled to the end are
    /// left out of the verdicts and listed as unjudged; a 复查 sweep carries its comparison.
    static func summary(store: SweepStore, sweep: SweepRecord, rulesOverride: String?) throws -> SweepSummary {
        let judged = try verdicts(store: store, sweep: sweep, rulesOverride: rulesOverride)
        let unfinished = Set(try store.sites(of: sweep.id).filter { $0.state != .done }.map(\.site.id))
        var recheck: RecheckComparison?
        if let earlier = sweep.options.recheckOf, let previous = try? store.sweep(earlier) {
            let done = judged.verdicts.filter { !unfinished.contains($0.site.id) }
            let before = try verdicts(store: store, sweep: previous, rulesOverride: rulesOverride).verdicts
            let doneIDs = Set(done.map(\.site.id))
            recheck = RecheckComparison(previousSweepID: previous.id, diff: SweepDiff.compare(
                before: before.filter { doneIDs.contains($0.site.id) }, after: done,
                beforeArticles: try store.articleDates(sweepID: previous.id),
                afterArticles: try store.articleDates(sweepID: sweep.id)))
        }
        return SweepSummary(
            sweepID: sweep.id, asOf: sweep.settings.asOf, startedAt: sweep.createdAt,
            finishedAt: sweep.state == .complete ? sweep.finishedAt : nil,
            rulesHash: judged.rules.hash, rulesName: judged.name,
            verdicts: judged.verdicts.filter { !unfinished.contains($0.site.id) },
            inventoryCounts: sweep.options.inventoryCountsByRegion,
            unjudgedSites: judged.verdicts.map(\.site).filter { unfinished.contains($0.id) }, recheck: recheck)
    }

    /// Writes findings.jsonl, columns.jsonl and the reports (`ReportWriter.fileNames`) into `directory`.
    static func writeAll(store: SweepStore, sweep: SweepRecord, rulesOverride: String?, to directory: String) throws -> [String] {
        let summary = try summary(store: store, sweep: sweep, rulesOverride: rulesOverride)
        let written = try ContractExport.write(summary.verdicts, to: directory)
        let reports = try ReportWriter.write(summary, to: directory)
        return [written.findingsPath, written.columnsPath] + reports
    }

    static func defaultDirectory(for sweepID: String) -> String {
        FileManager.default.currentDirectoryPath + "/govsweep-out/" + sweepID
    }
}
