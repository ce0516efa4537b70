import Foundation
import GovSweepProtocol
import Rules

/// `sites.xlsx`: SpreadsheetML written from `SpreadsheetTemplates`. The first sheet (网站一览) has
/// the rows of `sites.csv`, with 网站标识码 and every other text as text cells and the score and
/// counts as numbers; then one sheet per problem type listing each offending page.
///
/// The sheets are written one at a time, each straight into its part's UTF-8 bytes row by row as
/// it is zipped: at 4,000 sites the sheets of a problem type run to tens of thousands of rows, and
/// every sheet's cells and XML held at once took over 150 MB.
enum SitesWorkbook {
    struct Sheet {
        var name: String
        var header: [String]
        var widths: [Int]
        /// Calls its argument with each row in turn.
        var rows: (([SitesTable.Cell]) -> Void) -> Void
    }

    static func data(_ summary: SweepSummary, created: String, modified: Date) throws -> Data {
        let sheets = self.sheets(summary)
        var parts: [OfficePackage.Part] = [
            ("[Content_Types].xml", SpreadsheetTemplates.contentTypes(sheets: sheets.count)),
            ("_rels/.rels", SpreadsheetTemplates.packageRelationships),
            ("xl/workbook.xml", SpreadsheetTemplates.workbook(sheetNames: sheets.map(\.name))),
            ("xl/_rels/workbook.xml.rels", SpreadsheetTemplates.workbookRelationships(sheets: sheets.count)),
            ("xl/styles.xml", SpreadsheetTemplates.styles),
            ("docProps/core.xml", OfficePackage.coreProperties(
                title: "政府网站检查结果 \(summary.sweepID)\(summary.titleMark)", created: created)),
        ].map { name, xml in OfficePackage.Part(name: name, make: { Data(xml.utf8) }) }
        for (index, sheet) in sheets.enumerated() {
            parts.append(OfficePackage.Part(name: "xl/worksheets/sheet\(index + 1).xml", make: { worksheet(sheet) }))
        }
        return try OfficePackage(parts: parts).zipped(modified: modified)
    }

    /// The sheets: 网站一览, then one per problem type that has a finding (notices aside), in check order.
    static func sheets(_ summary: SweepSummary) -> [Sheet] {
        var widths = [14, 30, 24, 12, 8, 8, 10, 20, 40]
        let header = SitesTable.header
        widths += Array(repeating: 10, count: header.count - widths.count - 3) + [22, 24, 18]
        var sheets = [Sheet(name: "网站一览" + summary.titleMark, header: header, widths: widths) { body in
            for row in SitesTable(summary).rows { body(row) }
        }]
        let order = summary.regionOrder
        let verdicts = order.sorted(summary.verdicts, region: { $0.site.region ?? "" }, id: \.site.id)
        var listed: Set<CheckID> = []
        for verdict in verdicts {
            for finding in verdict.findings where finding.severity != .notice { listed.insert(finding.check) }
        }
        for check in CheckID.allCases where listed.contains(check) {
            sheets.append(Sheet(
                name: sheetName(ReportText.checkName(check)),
                header: ["网站标识码", "网站名称", "所属地方", "性质", "页面", "链接目标", "栏目", "日期", "扣分", "说明"],
                widths: [14, 26, 12, 10, 50, 50, 16, 12, 8, 50]
            ) { body in
                for verdict in verdicts {
                    for finding in verdict.findings where finding.check == check && finding.severity != .notice {
                        body([
                            .text(verdict.site.id), .text(verdict.site.name), .text(verdict.site.region ?? ""),
                            .text(ReportText.severityName(finding.severity)), .text(finding.url), .text(finding.target ?? ""),
                            .text(finding.column ?? ""), .text(finding.date?.iso ?? ""),
                            finding.points > 0 ? .number(finding.points) : .text(""), .text(finding.detail),
                        ])
                    }
                }
            })
        }
        return sheets
    }

    /// A name Excel accepts: at most 31 characters, none of `[]:*?/\`.
    static func sheetName(_ name: String) -> String {
        String(name.filter { !"[]:*?/\\".contains($0) }.prefix(31))
    }

    /// The sheet's part as UTF-8, its rows written one at a time.
    static func worksheet(_ sheet: Sheet) -> Data {
        var xml = Data(SpreadsheetTemplates.worksheetStart(columnWidths: sheet.widths).utf8)
        xml.append(contentsOf: row(1, sheet.header.map(SitesTable.Cell.text), header: true).utf8)
        var number = 1
        sheet.rows { cells in
            number += 1
            xml.append(contentsOf: row(number, cells, header: false).utf8)
        }
        xml.append(contentsOf: SpreadsheetTemplates.worksheetEnd.utf8)
        return xml
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
