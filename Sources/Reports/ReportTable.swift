/// A table the reports show twice: as a section of report.html and as an attachment of the
/// circular (留言办理情况, 疑似抄袭文章, 政策文件解读情况). Rows are text; each column says how
/// report.html draws it, and which columns the circular aligns as numbers.
struct ReportTable {
    /// How report.html draws a column's cells.
    enum Style {
        case text
        /// Right-aligned (`class="num"`).
        case number
        /// The cell is an address, drawn as a link to itself.
        case link
    }

    var header: [String]
    var rows: [[String]]
    /// Styles by column index; columns not named are text.
    var styles: [Int: Style] = [:]
    /// The circular's relative column widths.
    var widths: [Int]
    /// The columns the circular aligns as numbers.
    var numeric: Set<Int>

    /// The report.html section `<section id="…"><h2>heading</h2><table>…`; empty when there are no rows.
    func htmlSection(id: String, heading: String) -> String {
        guard !rows.isEmpty else { return "" }
        let body = rows.map { row in
            "<tr>" + row.enumerated().map { index, cell in
                switch styles[index] ?? .text {
                case .text: "<td>\(HTML.escape(cell))</td>"
                case .number: "<td class=\"num\">\(HTML.escape(cell))</td>"
                case .link: "<td><a href=\"\(HTML.escape(cell))\">\(HTML.escape(cell))</a></td>"
                }
            }.joined() + "</tr>"
        }
        return """
            <section id="\(id)">
            <h2>\(heading)</h2>
            <table><thead><tr>\(header.map { "<th>\($0)</th>" }.joined())</tr></thead>
            <tbody>\(body.joined(separator: "\n"))</tbody></table>
            </section>
            """
    }

    /// The circular's attachment table; nil when there are no rows.
    var circularTable: CircularDocument.Table? {
        rows.isEmpty ? nil : CircularDocument.Table(header: header, rows: rows, widths: widths, numeric: numeric)
    }
}
