import Foundation
import GovSweepProtocol
import Rules

/// `sites.csv`: one row per site, UTF-8 with a byte-order mark so Excel reads the Chinese,
/// RFC 4180 quoting and CRLF line ends.
enum SitesCSV {
    /// The columns counted per check, in catalogue order.
    static let countedChecks = CheckID.allCases

    static func render(_ summary: SweepSummary) -> String {
        var header = ["网站标识码", "网站名称", "主办单位", "所属地方或部门", "级别", "得分", "是否合格", "单项否决"]
        header += countedChecks.map(\.rawValue)
        header += ["规则", "规则哈希"]
        var lines = [row(header)]
        for verdict in summary.sortedVerdicts {
            let site = verdict.site
            var fields = [
                site.id, site.name, site.unit ?? "", site.region ?? "", site.level?.rawValue ?? "",
                ReportText.score(verdict.score), verdict.passed ? "合格" : "不合格",
                verdict.vetoes.map(ReportText.checkName).joined(separator: "；"),
            ]
            fields += countedChecks.map { String(verdict.count(of: $0)) }
            fields += [summary.rulesName, summary.rulesHash]
            lines.append(row(fields))
        }
        return "\u{FEFF}" + lines.joined()
    }

    /// One record: fields quoted when they hold a comma, a quote or a line break; CRLF at the end.
    static func row(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\r\n"
    }

    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
