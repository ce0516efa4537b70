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

    /// The rows as a table: every figure right-aligned in report.html.
    static func table(_ verdicts: [SiteVerdict]) -> ReportTable {
        ReportTable(header: header, rows: rows(verdicts), styles: Dictionary(uniqueKeysWithValues: (2..<header.count).map { ($0, .number) }),
                    widths: [3, 6, 2, 2, 2, 3, 3, 2, 3], numeric: [2, 3, 4, 5, 7])
    }

    /// The section of report.html; empty when no site showed messages.
    static func htmlSection(_ verdicts: [SiteVerdict]) -> String {
        let table = table(verdicts)
        return table.htmlSection(id: "messages", heading: "互动交流栏目留言办理情况（\(table.rows.count)个网站）")
    }

    /// The circular's attachment table; nil when no site showed messages.
    static func circularTable(_ verdicts: [SiteVerdict]) -> CircularDocument.Table? {
        table(verdicts).circularTable
    }
}
