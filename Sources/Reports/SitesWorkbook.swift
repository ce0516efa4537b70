import Foundation
import GovSweepProtocol
import Rules

/// `sites.xlsx`: SpreadsheetML written from `SpreadsheetTemplates`. The first sheet (网站一览) has
/// the rows of `sites.csv`, with 网站标识码 and every other text as text cells and the score and
/// counts as numbers; then one sheet per problem type listing each offending page.
enum SitesWorkbook {
    struct Sheet {
        var name: String
        var header: [String]
        var rows: [[SitesTable.Cell]]
        var widths: [Int]
    }

    static func data(_ summary: SweepSummary, created: String, modified: Date) throws -> Data {
        let sheets = self.sheets(summary)
        var parts: [(name: String, xml: String)] = [
            ("[Content_Types].xml", SpreadsheetTemplates.contentTypes(sheets: sheets.count)),
            ("_rels/.rels", SpreadsheetTemplates.packageRelationships),
            ("xl/workbook.xml", SpreadsheetTemplates.workbook(sheetNames: sheets.map(\.name))),
            ("xl/_rels/workbook.xml.rels", SpreadsheetTemplates.workbookRelationships(sheets: sheets.count)),
            ("xl/styles.xml", SpreadsheetTemplates.styles),
            ("docProps/core.xml", OfficePackage.coreProperties(
                title: "政府网站检查结果 \(summary.sweepID)\(summary.titleMark)", created: created)),
        ]
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet)))
        }
        return try OfficePackage(parts: parts).zipped(modified: modified)
    }

    static func sheets(_ summary: SweepSummary) -> [Sheet] {
        let table = SitesTable(summary)
        var widths = [14, 30, 24, 12, 8, 8, 10, 20, 40]
        widths += Array(repeating: 10, count: table.header.count - widths.count - 3) + [22, 24, 18]
        var sheets = [Sheet(name: "网站一览" + summary.titleMark, header: table.header, rows: table.rows, widths: widths)]
        let order = summary.regionOrder
        let verdicts = order.sorted(summary.verdicts, region: { $0.site.region ?? "" }, id: \.site.id)
        for check in CheckID.allCases {
            var rows: [[SitesTable.Cell]] = []
            for verdict in verdicts {
                for finding in verdict.findings where finding.check == check && finding.severity != .notice {
                    rows.append([
                        .text(verdict.site.id), .text(verdict.site.name), .text(verdict.site.region ?? ""),
                        .text(ReportText.severityName(finding.severity)), .text(finding.url), .text(finding.target ?? ""),
                        .text(finding.column ?? ""), .text(finding.date?.iso ?? ""),
                        finding.points > 0 ? .number(finding.points) : .text(""), .text(finding.detail),
                    ])
                }
            }
            guard !rows.isEmpty else { continue }
            sheets.append(Sheet(
                name: sheetName(ReportText.checkName(check)),
                header: ["网站标识码", "网站名称", "所属地方", "性质", "页面", "链接目标", "栏目", "日期", "扣分", "说明"],
                rows: rows, widths: [14, 26, 12, 10, 50, 50, 16, 12, 8, 50]))
        }
        return sheets
    }

    /// A name Excel accepts: at most 31 characters, none of `[]:*?/\`.
    static func sheetName(_ name: String) -> String {
        String(name.filter { !"[]:*?/\\".contains($0) }.prefix(31))
    }

    static func worksheet(_ sheet: Sheet) -> String {
        var xml = row(1, sheet.header.map(SitesTable.Cell.text), header: true)
        for (index, cells) in sheet.rows.enumerated() { xml += row(index + 2, cells, header: false) }
        return SpreadsheetTemplates.worksheet(columnWidths: sheet.widths, rows: xml)
    }

    static func row(_ number: Int, _ cells: [SitesTable.Cell], header: Bool) -> String {
        let content = cells.enumerated().map { index, cell -> String in
            let reference = "\(column(index))\(number)"
            switch cell {
            case let .text(text):
                guard !text.isEmpty || header else { return "" }
                let style = header ? 1 : 2
                return "<c r=\"\(reference)\" s=\"\(style)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(OfficePackage.escape(text))</t></is></c>"
            case let .number(value):
                return "<c r=\"\(reference)\" s=\"3\"><v>\(ReportText.score(value))</v></c>"
            }
        }
        return "<row r=\"\(number)\">\(content.joined())</row>"
    }

    /// The column letters of a zero-based index: A … Z, AA ….
    static func column(_ index: Int) -> String {
        var letters = ""
        var n = index + 1
        while n > 0 {
            let remainder = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            n = (n - 1) / 26
        }
        return letters
    }
}
