import Foundation
import GovSweepProtocol
import Rules

/// `circular.md`: a Chinese draft of the 通报 in the style the provincial circulars use.
enum CircularDraft {
    /// How many of the best-scoring sites 附件2 lists.
    static let topSites = 10

    static func render(_ summary: SweepSummary) -> String {
        let stats = SweepStatistics(summary)
        let verdicts = summary.sortedVerdicts
        var text = """
            # 关于政府网站检查情况的通报（草稿）

            > 本稿由 GovSweep 根据检查批次 \(cell(summary.sweepID)) 自动生成，发文前请人工核实。\(cell(summary.rulesLine))。

            ## 一、总体情况

            \(overview(summary, stats))

            """
        let problems = verdicts.filter { !$0.passed }
        if !problems.isEmpty {
            text += "\n## 二、存在的主要问题\n\n"
            for check in CheckID.allCases {
                let sites = problems.filter { verdict in
                    verdict.findings.contains { $0.check == check && ($0.severity == .veto || $0.severity == .deduct) }
                }
                guard !sites.isEmpty else { continue }
                let names = sites.prefix(5).map(\.site.name).joined(separator: "、")
                text += "- \(ReportText.checkName(check))：\(cell(names))\(sites.count > 5 ? "等" : "")\(sites.count)个网站。\n"
            }
        }
        text += "\n## 附件1　各地区、各部门政府网站检查情况\n\n"
        text += "| 所属地方或部门 | 运行网站总数 | 检查网站数 | 存在突出问题网站数 | 合格率 |\n|---|---:|---:|---:|---:|\n"
        for group in stats.byRegion {
            text += "| \(cell(group.name)) | \(group.inventory ?? group.checked) | \(group.checked) | \(group.failed) | "
                + "\(group.checked == 0 ? "—" : ReportText.percent(group.passRate)) |\n"
        }
        text += "\n## 附件2　得分较高的政府网站\n\n"
        text += "| 序号 | 所属地方或部门 | 网站名称 | 得分 | 网站标识码 |\n|---:|---|---|---:|---|\n"
        let best = verdicts.filter(\.passed).sorted { ($0.score, $1.site.id) > ($1.score, $0.site.id) }.prefix(topSites)
        for (index, verdict) in best.enumerated() {
            text += "| \(index + 1) | \(cell(verdict.site.region ?? "")) | \(cell(verdict.site.name)) | "
                + "\(ReportText.score(verdict.score)) | \(cell(verdict.site.id)) |\n"
        }
        if best.isEmpty { text += "| — | 无合格网站 | | | |\n" }
        text += "\n## 附件3　存在突出问题的政府网站\n\n"
        text += "| 序号 | 所属地方或部门 | 网站名称 | 存在的突出问题 | 网站标识码 |\n|---:|---|---|---|---|\n"
        let ordered = problems.sorted { ($0.site.region ?? "", $0.site.id) < ($1.site.region ?? "", $1.site.id) }
        for (index, verdict) in ordered.enumerated() {
            text += "| \(index + 1) | \(cell(verdict.site.region ?? "")) | \(cell(verdict.site.name)) | "
                + "\(cell(ReportText.outstandingProblems(verdict))) | \(cell(verdict.site.id)) |\n"
        }
        if ordered.isEmpty { text += "| — | 无 | | | |\n" }
        return text
    }

    /// The 总体情况 paragraph with the counts circulars print.
    static func overview(_ summary: SweepSummary, _ stats: SweepStatistics) -> String {
        let running = summary.inventoryCounts.values.reduce(0, +)
        let runningText = running > stats.checked ? "全省运行政府网站\(running)个，" : ""
        return "以\(ReportText.chineseDate(summary.asOf))为监测时间点，\(runningText)本次检查网站\(stats.checked)个，"
            + "合格\(stats.passed)个，合格率\(ReportText.percent(stats.passRate))。"
            + "检查发现\(stats.blankColumns)个空白栏目、\(stats.staleColumns)个栏目更新不及时、"
            + "\(stats.brokenLinks)个链接打不开，\(stats.homepageStaleSites)个网站首页2周未更新，"
            + "\(stats.unreachableSites)个站点无法访问，\(stats.futureDates)处发稿日期超前。"
    }

    /// Text safe inside Markdown and its tables: no raw HTML, pipes escaped, line breaks flattened.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
    }
}
