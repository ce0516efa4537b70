import GovSweepProtocol
import Rules

/// Policy documents and their interpretations (政策文件解读情况) as the reports show them: one
/// row per site whose policy column was read, in the reports' site order.
enum PolicyInterpretationReport {
    static let header = ["网站标识码", "网站名称", "近一年应解读政策文件", "已解读", "解读比例", "未解读", "解读未相互关联", "政策解读栏目"]

    /// The rows, each cell as text.
    static func rows(_ verdicts: [SiteVerdict]) -> [[String]] {
        verdicts.compactMap { verdict in
            guard let policy = verdict.policy else { return nil }
            let share = policy.documents == 0 ? "—" : "\(Int((policy.share * 100).rounded()))%"
            return [verdict.site.id, verdict.site.name, "\(policy.documents)", "\(policy.interpreted)", share,
                    "\(policy.documents - policy.interpreted)", "\(policy.notLinkedBack)", policy.interpretationColumn == nil ? "未开设" : "有"]
        }
    }

    /// The rows as a table: the figures right-aligned.
    static func table(_ verdicts: [SiteVerdict]) -> ReportTable {
        ReportTable(header: header, rows: rows(verdicts), styles: [2: .number, 3: .number, 4: .number, 5: .number, 6: .number],
                    widths: [3, 6, 2, 2, 2, 2, 3, 2], numeric: [2, 3, 4, 5, 6])
    }

    /// Sites with a document not interpreted, an interpretation not linked both ways, or no 政策解读 column.
    static func failing(_ verdicts: [SiteVerdict]) -> Int {
        verdicts.filter { verdict in
            guard let policy = verdict.policy else { return false }
            return policy.interpreted < policy.documents || policy.notLinkedBack > 0 || (policy.interpretationColumn == nil && policy.documents > 0)
        }.count
    }

    /// The section of report.html; empty when no site's policy column was read.
    static func htmlSection(_ verdicts: [SiteVerdict]) -> String {
        let table = table(verdicts)
        return table.htmlSection(id: "policy", heading: "政策文件解读情况（\(table.rows.count)个网站，\(failing(verdicts))个存在未解读或未相互关联）")
    }

    /// The circular's attachment table; nil when no site's policy column was read.
    static func circularTable(_ verdicts: [SiteVerdict]) -> CircularDocument.Table? {
        table(verdicts).circularTable
    }
}
