import GovSweepProtocol
import Rules

/// The consultation columns' figures (互动交流栏目留言办理情况) as the reports show them: one row
/// per site whose pages showed messages, in the reports' region order.
enum MessageBoardReport {
    static let header = ["网站标识码", "网站名称", "近一年留言", "已答复", "逾期未回复", "答复用时中位数（天）",
                         "答复不及时", "雷同答复", "最近答复日期"]

    /// The rows, each cell as text.
    static func rows(_ verdicts: [SiteVerdict]) -> [[String]] {
        verdicts.compactMap { verdict in
            guard let board = verdict.messageBoard else { return nil }
            let median = board.medianReplyDays.map(ReportText.score) ?? "—"
            let late = board.timedReplies == 0 ? "—"
                : "\(board.lateReplies)/\(board.timedReplies)（\(Int((board.lateShare * 100).rounded()))%）"
            return [verdict.site.id, verdict.site.name, "\(board.messagesInYear)", "\(board.answeredInYear)", "\(board.overdue)",
                    median, late, "\(board.copiedReplies)", board.latestReply?.iso ?? "—"]
        }
    }

    /// The section of report.html; empty when no site showed messages.
    static func htmlSection(_ verdicts: [SiteVerdict]) -> String {
        let rows = rows(verdicts)
        guard !rows.isEmpty else { return "" }
        let body = rows.map { row in
            "<tr>" + row.enumerated().map { index, cell in
                index >= 2 ? "<td class=\"num\">\(HTML.escape(cell))</td>" : "<td>\(HTML.escape(cell))</td>"
            }.joined() + "</tr>"
        }
        return """
            <section id="messages">
            <h2>互动交流栏目留言办理情况（\(rows.count)个网站）</h2>
            <table><thead><tr>\(header.map { "<th>\($0)</th>" }.joined())</tr></thead>
            <tbody>\(body.joined(separator: "\n"))</tbody></table>
            </section>
            """
    }

    /// The circular's attachment table; nil when no site showed messages.
    static func circularTable(_ verdicts: [SiteVerdict]) -> CircularDocument.Table? {
        let rows = rows(verdicts)
        guard !rows.isEmpty else { return nil }
        return CircularDocument.Table(header: header, rows: rows, widths: [3, 6, 2, 2, 2, 3, 3, 2, 3], numeric: [2, 3, 4, 5, 7])
    }
}
