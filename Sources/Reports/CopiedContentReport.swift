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

    /// The section of report.html; empty when no copied article was found.
    static func htmlSection(_ verdicts: [SiteVerdict]) -> String {
        let rows = rows(verdicts)
        guard !rows.isEmpty else { return "" }
        let body = rows.map { row in
            "<tr>" + row.enumerated().map { index, cell in
                switch index {
                case 2, 5: "<td><a href=\"\(HTML.escape(cell))\">\(HTML.escape(cell))</a></td>"
                case 7: "<td class=\"num\">\(HTML.escape(cell))</td>"
                default: "<td>\(HTML.escape(cell))</td>"
                }
            }.joined() + "</tr>"
        }
        return """
            <section id="copied">
            <h2>疑似抄袭文章（\(rows.count)篇）</h2>
            <table><thead><tr>\(header.map { "<th>\($0)</th>" }.joined())</tr></thead>
            <tbody>\(body.joined(separator: "\n"))</tbody></table>
            </section>
            """
    }

    /// The circular's attachment table; nil when no copied article was found.
    static func circularTable(_ verdicts: [SiteVerdict]) -> CircularDocument.Table? {
        let rows = rows(verdicts)
        guard !rows.isEmpty else { return nil }
        return CircularDocument.Table(header: header, rows: rows, widths: [3, 4, 6, 2, 4, 6, 2, 2], numeric: [7])
    }
}
