import GovSweepProtocol
import Rules

/// The rows `sites.csv` and the first sheet of `sites.xlsx` share: one per site of the sweep,
/// regions in administrative order, every header in Chinese.
struct SitesTable {
    enum Cell: Equatable {
        case text(String)
        case number(Double)

        var text: String {
            switch self {
            case let .text(value): value
            case let .number(value): ReportText.score(value)
            }
        }
    }

    static let countedChecks = CheckID.allCases

    var header: [String]
    var rows: [[Cell]]

    /// The header row.
    static var header: [String] {
        ["网站标识码", "网站名称", "主办单位", "所属地方", "级别", "得分", "是否合格", "单项否决", "存在的突出问题"]
            + countedChecks.map(ReportText.checkName) + ["检查批次", "规则", "规则哈希"]
    }

    init(_ summary: SweepSummary) {
        header = Self.header
        let order = summary.regionOrder
        let batch = summary.sweepID + summary.titleMark
        let judged = order.sorted(summary.verdicts, region: { $0.site.region ?? "" }, id: \.site.id)
        rows = judged.map { verdict in
            let site = verdict.site
            var row: [Cell] = [
                .text(site.id), .text(site.name), .text(site.unit ?? ""), .text(site.region ?? ""),
                .text(site.level.map(ReportText.levelName) ?? ""), .number(verdict.score),
                .text(verdict.passed ? "合格" : "不合格"), .text(verdict.vetoes.map(ReportText.checkName).joined(separator: "；")),
                .text(ReportText.outstandingProblems(verdict)),
            ]
            row += Self.countedChecks.map { .number(Double(verdict.count(of: $0))) }
            row += [.text(batch), .text(summary.rulesName), .text(summary.rulesHash)]
            return row
        }
        for site in order.sorted(summary.unjudgedSites, region: { $0.region ?? "" }, id: \.id) {
            var row: [Cell] = [
                .text(site.id), .text(site.name), .text(site.unit ?? ""), .text(site.region ?? ""),
                .text(site.level.map(ReportText.levelName) ?? ""), .text(""), .text("未检查"), .text(""), .text(""),
            ]
            row += Self.countedChecks.map { _ in .text("") }
            row += [.text(batch), .text(summary.rulesName), .text(summary.rulesHash)]
            rows.append(row)
        }
    }
}
