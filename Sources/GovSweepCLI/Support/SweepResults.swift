import Coordinator
import Foundation
import GovSweepProtocol
import Reports
import Rules

/// Judges a stored sweep and writes what inspectors read: the contract files and the reports.
enum SweepResults {
    /// The rules a sweep was started with, or `override` when given.
    static func rules(for sweep: SweepRecord, override: String?) throws -> (RuleSet, String) {
        if let path = override ?? sweep.options.rulesPath {
            return (try RuleSet.load(overridesAt: path), (path as NSString).lastPathComponent)
        }
        return (RuleSet.builtIn, "内置规则 (built-in, 国办秘函〔2019〕19号)")
    }

    static func verdicts(store: SweepStore, sweep: SweepRecord, rulesOverride: String?) throws -> (verdicts: [SiteVerdict], rules: RuleSet, name: String) {
        let (rules, name) = try rules(for: sweep, override: rulesOverride)
        return (try SweepJudgement.verdicts(store: store, sweep: sweep, rules: rules), rules, name)
    }

    static func summary(store: SweepStore, sweep: SweepRecord, rulesOverride: String?) throws -> SweepSummary {
        let judged = try verdicts(store: store, sweep: sweep, rulesOverride: rulesOverride)
        return SweepSummary(
            sweepID: sweep.id, asOf: sweep.settings.asOf, startedAt: sweep.createdAt, finishedAt: sweep.finishedAt,
            rulesHash: judged.rules.hash, rulesName: judged.name, verdicts: judged.verdicts,
            inventoryCounts: sweep.options.inventoryCountsByRegion)
    }

    /// Writes findings.jsonl, columns.jsonl, sites.csv, report.html and circular.md into `directory`.
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
