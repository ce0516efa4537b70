import GovSweepProtocol
import Rules

/// Policy documents and their interpretations (政策文件解读情况) as the reports show them: one
/// row per site whose policy columns were found, in the reports' site order.
enum PolicyInterpretationReport {
    static let header = ["网站标识码", "网站名称", "政策文件", "已解读", "解读比例", "解读未关联原文", "政策解读栏目"]

    /// The rows, each cell as text.
    static func rows(_ verdicts: [SiteVerdict]) -> [[String]] {
        verdicts.compactMap { verdict in
            guard let policy = verdict.policy else { return nil }
            let share = policy.documents == 0 ? "—" : "\(Int((policy.share * 100).rounded()))%"
            return [verdict.site.id, verdict.site.name, "\(policy.documents)", "\(policy.interpreted)", share,
                    "\(policy.notLinkedBack)", policy.interpretationColumn == nil ? "未开设" : "有"]
        }
    }

    /// The section of report.html; empty when no site's policy columns were found.
    static func htmlSection(_ verdicts: [SiteVerdict]) -> String {
        let rows = rows(verdicts)
        guard !rows.isEmpty else { return "" }
        let body = rows.map { row in
            "<tr>" + row.enumerated().map { index, cell in
                (2...5).contains(index) ? "<td class=\"num\">\(HTML.escape(cell))</td>" : "<td>\(HTML.escape(cell))</td>"
            }.joined() + "</tr>"
        }
        return """
            <section id="policy">
            <h2>政策文件解读情况（\(rows.count)个网站）</h2>
            <table><thead><tr>\(header.map { "<th>\($0)</th>" }.joined())</tr></thead>
            <tbody>\(body.joined(separator: "\n"))</tbody></table>
            </section>
            """
    }

    /// The circular's attachment table; nil when no site's policy columns were found.
    static func circularTable(_ verdicts: [SiteVerdict]) -> CircularDocument.Table? {
        let rows = rows(verdicts)
        guard !rows.isEmpty else { return nil }
        return CircularDocument.Table(header: header, rows: rows, widths: [3, 6, 2, 2, 2, 3, 3], numeric: [2, 3, 4, 5])
    }
}
