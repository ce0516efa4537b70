import Foundation

/// `sites.csv`: the rows of `SitesTable`, UTF-8 with a byte-order mark so Excel reads the Chinese,
/// RFC 4180 quoting and CRLF line ends. The 网站标识码 is written as it is; a spreadsheet that
/// guesses types may still show an all-digit one as a number, so `sites.xlsx` is the file for Excel.
enum SitesCSV {
    static func render(_ summary: SweepSummary) -> String {
        let table = SitesTable(summary)
        var lines = [row(table.header)]
        for cells in table.rows { lines.append(row(cells.map(\.text))) }
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
