import Foundation

/// `circular.docx`: a `CircularDocument` as WordprocessingML in the templates of `WordTemplates`:
/// real headings (styles Title, Heading 1, Heading 2), attachments on new pages, and tables whose
/// header row repeats on every page (`w:tblHeader`) and whose rows never split across pages.
enum WordDocument {
    static func data(_ circular: CircularDocument, created: String, modified: Date) throws -> Data {
        try OfficePackage(parts: [
            ("[Content_Types].xml", WordTemplates.contentTypes),
            ("_rels/.rels", WordTemplates.packageRelationships),
            ("word/document.xml", documentXML(circular)),
            ("word/_rels/document.xml.rels", WordTemplates.documentRelationships),
            ("word/styles.xml", WordTemplates.styles),
            ("docProps/core.xml", OfficePackage.coreProperties(title: circular.title, created: created)),
        ]).zipped(modified: modified)
    }

    static func documentXML(_ circular: CircularDocument) -> String {
        var body = paragraph(circular.title, style: "Title")
        for block in circular.blocks {
            switch block {
            case let .heading(text, level): body += paragraph(text, style: "Heading\(level)")
            case let .paragraph(text): body += paragraph(text, style: nil)
            case let .note(text): body += paragraph(text, style: "Note")
            case let .attachment(title, table):
                body += paragraph(title, style: "AttachmentTitle") + self.table(table)
            }
        }
        return WordTemplates.document.replacingOccurrences(of: "BODY", with: body)
    }

    static func paragraph(_ text: String, style: String?, alignment: String? = nil, bold: Bool = false) -> String {
        let properties = (style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? "") + (alignment.map { "<w:jc w:val=\"\($0)\"/>" } ?? "")
        let run = text.isEmpty ? "" : "<w:r>\(bold ? "<w:rPr><w:b/></w:rPr>" : "")<w:t xml:space=\"preserve\">\(OfficePackage.escape(text))</w:t></w:r>"
        return "<w:p>\(properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>")\(run)</w:p>"
    }

    static func table(_ table: CircularDocument.Table) -> String {
        let total = max(1, table.widths.reduce(0, +))
        let widths = table.widths.map { $0 * WordTemplates.textWidth / total }
        var xml = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/>"
            + "<w:jc w:val=\"center\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>"
            + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        xml += row(table.header, widths: widths, header: true, numeric: [])
        let rows = table.rows.isEmpty ? [["无"] + Array(repeating: "", count: max(0, table.header.count - 1))] : table.rows
        for cells in rows { xml += row(cells, widths: widths, header: false, numeric: table.numeric) }
        return xml + "</w:tbl>"
    }

    static func row(_ cells: [String], widths: [Int], header: Bool, numeric: Set<Int>) -> String {
        let properties = header ? "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:trPr><w:cantSplit/></w:trPr>"
        let content = cells.enumerated().map { index, text in
            let width = index < widths.count ? widths[index] : 0
            let alignment = header ? "center" : numeric.contains(index) ? "right" : nil
            return "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr>"
                + paragraph(text, style: "TableText", alignment: alignment, bold: header) + "</w:tc>"
        }
        return "<w:tr>\(properties)\(content.joined())</w:tr>"
    }
}
