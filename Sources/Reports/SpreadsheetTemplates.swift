/// The fixed parts of `sites.xlsx` as small XML templates; `SitesWorkbook` writes the sheets.
///
/// Cell styles (`s` attribute): 0 general, 1 bold header, 2 text (number format `@`, so an edited
/// 网站标识码 stays text), 3 a number (General: 94, 92.8).
enum SpreadsheetTemplates {
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func contentTypes(sheets: Int) -> String {
        let overrides = (1...max(1, sheets)).map {
            "<Override PartName=\"/xl/worksheets/sheet\($0).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }.joined()
        return OfficePackage.declaration + """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
            \(overrides)</Types>
            """
    }

    static let packageRelationships = OfficePackage.declaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(relationshipNamespace)/officeDocument" Target="xl/workbook.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        </Relationships>
        """

    static func workbook(sheetNames: [String]) -> String {
        let sheets = sheetNames.enumerated().map { index, name in
            "<sheet name=\"\(OfficePackage.escape(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }.joined()
        return OfficePackage.declaration + """
            <workbook xmlns="\(mainNamespace)" xmlns:r="\(relationshipNamespace)">\
            <bookViews><workbookView/></bookViews><sheets>\(sheets)</sheets></workbook>
            """
    }

    static func workbookRelationships(sheets: Int) -> String {
        let rels = (1...max(1, sheets)).map {
            "<Relationship Id=\"rId\($0)\" Type=\"\(relationshipNamespace)/worksheet\" Target=\"worksheets/sheet\($0).xml\"/>"
        }.joined()
        return OfficePackage.declaration + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(rels)\
            <Relationship Id="rIdStyles" Type="\(relationshipNamespace)/styles" Target="styles.xml"/></Relationships>
            """
    }

    static let styles = OfficePackage.declaration + """
        <styleSheet xmlns="\(mainNamespace)">\
        <fonts count="2"><font><sz val="11"/><name val="SimSun"/><charset val="134"/></font>\
        <font><b/><sz val="11"/><name val="SimSun"/><charset val="134"/></font></fonts>\
        <fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FFF0F4F8"/><bgColor indexed="64"/></patternFill></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>\
        <xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
        """

    /// A worksheet's text up to its rows, which ``worksheetEnd`` follows; the header row stays in view while scrolling.
    static func worksheetStart(columnWidths: [Int]) -> String {
        let cols = columnWidths.enumerated().map { index, width in
            "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
        }.joined()
        return OfficePackage.declaration + """
            <worksheet xmlns="\(mainNamespace)" xmlns:r="\(relationshipNamespace)"><sheetViews><sheetView workbookViewId="0">\
            <pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>\
            <cols>\(cols)</cols><sheetData>
            """
    }

    static let worksheetEnd = "</sheetData></worksheet>"
}
