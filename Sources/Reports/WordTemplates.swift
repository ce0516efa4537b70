/// The fixed parts of `circular.docx` as small XML templates; `WordDocument` fills in the body.
/// Child elements keep the order the WordprocessingML schema prescribes (Word refuses others).
///
/// Page: A4 with the margins of official documents (GB/T 9704: top 37 mm, bottom 35 mm, left 28 mm,
/// right 26 mm). Fonts: the title in SimSun (宋体) bold 22 pt (二号), section headings in SimHei
/// (黑体) and KaiTi (楷体) 16 pt, the text in FangSong (仿宋) 16 pt (三号), tables in SimSun 10.5 pt.
enum WordTemplates {
    static let mainNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// Text width between the margins, in twentieths of a point.
    static let textWidth = 11906 - 1588 - 1474

    static let contentTypes = OfficePackage.declaration + """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        </Types>
        """

    static let packageRelationships = OfficePackage.declaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        </Relationships>
        """

    static let documentRelationships = OfficePackage.declaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        </Relationships>
        """

    /// `BODY` is replaced by the paragraphs and tables.
    static let document = OfficePackage.declaration + """
        <w:document xmlns:w="\(mainNamespace)" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
        <w:body>BODY<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>\
        <w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/>\
        <w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr></w:body></w:document>
        """

    static func fonts(_ name: String, eastAsia: String) -> String {
        "<w:rFonts w:ascii=\"\(name)\" w:hAnsi=\"\(name)\" w:eastAsia=\"\(eastAsia)\" w:cs=\"\(name)\"/>"
    }

    static let styles = OfficePackage.declaration + """
        <w:styles xmlns:w="\(mainNamespace)">\
        <w:docDefaults><w:rPrDefault><w:rPr>\(fonts("FangSong", eastAsia: "FangSong"))<w:sz w:val="32"/><w:szCs w:val="32"/>\
        <w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>\
        <w:pPrDefault><w:pPr><w:spacing w:line="560" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>\
        <w:pPr><w:ind w:firstLine="640"/><w:jc w:val="both"/></w:pPr>\
        <w:rPr>\(fonts("FangSong", eastAsia: "FangSong"))<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>\
        <w:pPr><w:spacing w:before="0" w:after="560" w:line="700" w:lineRule="exact"/><w:ind w:firstLine="0"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr>\
        <w:rPr>\(fonts("SimSun", eastAsia: "SimSun"))<w:b/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>\
        <w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr>\
        <w:rPr>\(fonts("SimHei", eastAsia: "SimHei"))<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>\
        <w:pPr><w:keepNext/><w:outlineLvl w:val="2"/></w:pPr>\
        <w:rPr>\(fonts("KaiTi", eastAsia: "KaiTi"))<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Note"><w:name w:val="Note"/><w:basedOn w:val="Normal"/><w:qFormat/>\
        <w:pPr><w:spacing w:line="400" w:lineRule="exact"/></w:pPr><w:rPr><w:color w:val="595959"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="AttachmentTitle"><w:name w:val="Attachment Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>\
        <w:pPr><w:keepNext/><w:pageBreakBefore/><w:spacing w:after="280"/><w:ind w:firstLine="0"/><w:outlineLvl w:val="1"/></w:pPr>\
        <w:rPr>\(fonts("SimHei", eastAsia: "SimHei"))<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/>\
        <w:pPr><w:spacing w:line="300" w:lineRule="auto"/><w:ind w:firstLine="0"/><w:jc w:val="left"/></w:pPr>\
        <w:rPr>\(fonts("SimSun", eastAsia: "SimSun"))<w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr></w:style>\
        <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>\
        <w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>\
        <w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>\
        <w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/>\
        </w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
        </w:styles>
        """
}
