import Foundation
import GovSweepProtocol
import Monitor
import Reports
import Rules

/// A `govsweep monitor` database as the reports see it: the latest run's verdicts (站点无法访问,
/// 首页不更新 only), scored by the rules, marked 未完成 while the run's window is still open.
enum MonitorResults {
    static func summary(db: String, rulesPath: String?) throws -> SweepSummary? {
        guard MonitorStore.holdsMonitorRuns(path: db), let run = try MonitorStore.openExisting(path: db).latestRun() else {
            return nil
        }
        let rules = try rulesPath.map { try RuleSet.load(overridesAt: $0) } ?? .builtIn
        let asOf = CivilDate(shanghaiTime: min(run.windowEnd, Date().timeIntervalSince1970))
        let judge = Judge(rules: rules, asOf: asOf)
        let monitored = try MonitorExport.latestVerdicts(db: db, rules: rules)
        let verdicts = run.sites.compactMap { site in monitored[site.id].map { judge.verdict(site: site, findings: $0.findings) } }
        var counts: [String: Int] = [:]
        for site in run.sites { counts[site.region ?? "", default: 0] += 1 }
        let days = run.settings.days == run.settings.days.rounded() ? "\(Int(run.settings.days))" : "\(run.settings.days)"
        var summary = SweepSummary(
            sweepID: "monitor-\(run.id)", asOf: asOf, startedAt: run.startedAt, finishedAt: run.finishedAt,
            rulesHash: rules.hash, rulesName: rules.name, verdicts: verdicts, inventoryCounts: counts,
            unjudgedSites: run.sites.filter { monitored[$0.id] == nil })
        summary.method = "本次为可用性监测：连续\(days)天、每天\(run.settings.perDay)次访问各网站首页，"
            + "检查站点能否访问和首页是否更新，未检查栏目、链接和内容；其他指标以全面检查为准。"
        return summary
    }
}
