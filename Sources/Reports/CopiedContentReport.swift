import GovSweepProtocol
import Rules

/// Copied articles (疑似抄袭文章) as the reports show them: one row per copy, with its original,
/// in the reports' site order.
enum CopiedContentReport {
    static let header = ["网站标识码", "网站名称", "文章", "发布日期", "原文网站", "原文", "原文发布日期", "相似度"]

    /// The rows, each cell as text.
    static func rows(_ verdicts: [SiteVerdict]) -> [[String]] {
        verdicts.flatMap { verdict in
            (verdict.copiedArticles ?? []).map { copy in
                [verdict.site.id, verdict.site.name, copy.url, copy.published.iso, copy.originalSiteName, copy.originalURL,
                 copy.originalPublished.iso, "\(Int((copy.similarity * 100).rounded()))%"]
            }
        }
    }

    /// The rows as a table: the two articles as links, the similarity right-aligned.
    static func table(_ verdicts: [SiteVerdict]) -> ReportTable {
        ReportTable(header: header, rows: rows(verdicts), styles: [2: .link, 5: .link, 7: .number],
                    widths: [3, 4, 6, 2, 4, 6, 2, 2], numeric: [7])
    }

    /// The section of report.html; empty when no copied article was found.
    static func htmlSection(_ verdicts: [SiteVerdict]) -> String {
        let table = table(verdicts)
        return table.htmlSection(id: "copied", heading: "疑似抄袭文章（\(table.rows.count)篇）")
    }

    /// The circular's attachment table; nil when no copied article was found.
    static func circularTable(_ verdicts: [SiteVerdict]) -> CircularDocument.Table? {
        table(verdicts).circularTable
    }
}
