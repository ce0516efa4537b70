import GovSweepProtocol
import Testing
@testable import PageAnalysis

/// The printable-ASCII shortcuts of the eighth analysis pass answer as the character-level code does.
@Suite("Printable-ASCII shortcuts")
struct PrintableASCIIPathTests {
    @Test("a column's first page read on bytes is the one read on characters", arguments: [
        ("https://a.gov.cn/col/gzdt/index_3.html", "https://a.gov.cn/col/gzdt/index.html"),
        ("https://a.gov.cn/col/gzdt/index_x.html", "https://a.gov.cn/col/gzdt/index_x.html"),
        ("https://a.gov.cn/col/gzdt/index_.html", "https://a.gov.cn/col/gzdt/index_.html"),
        ("https://a.gov.cn/col/gzdt/index_12", "https://a.gov.cn/col/gzdt/index_12"),
        ("https://a.gov.cn/col/col1/index.html?uid=5&pageNum=2", "https://a.gov.cn/col/col1/index.html"),
        ("https://a.gov.cn/list.aspx?id=12&page=3", "https://a.gov.cn/list.aspx?id=12"),
        ("https://a.gov.cn/list.aspx?id=12&&P=3&x", "https://a.gov.cn/list.aspx?id=12&x"),
        ("https://a.gov.cn/a/index_2.html?", "https://a.gov.cn/a/index.html"),
        ("https://a.gov.cn/a?b/index_2.html", "https://a.gov.cn/a?b/index_2.html"),
        ("index_4.shtml", "index_4.shtml"),
        ("/index_4.shtml", "/index.shtml"),
    ])
    func firstPage(url: String, expected: String) {
        #expect(PageAnalyzer.firstPage(ofPrintableASCII: url) == expected)
        #expect(PageAnalyzer.firstPage(of: url) == expected)
    }

    @Test("a URL with characters outside printable ASCII still takes the character path")
    func firstPageNonASCII() {
        #expect(PageAnalyzer.firstPage(of: "https://a.gov.cn/栏目/index_3.html?page=2") == "https://a.gov.cn/栏目/index.html")
        // A combining mark after `/` makes one character that is not "/": no slash is found.
        #expect(PageAnalyzer.firstPage(of: "index_3.html/\u{301}x") == "index_3.html/\u{301}x")
    }

    @Test("authorities normalised on bytes", arguments: [
        ("WWW.Example.GOV.cn", "http", "www.example.gov.cn"),
        ("user@A.gov.cn:80", "http", "a.gov.cn"),
        ("a.gov.cn:80", "https", "a.gov.cn:80"),
        ("a.gov.cn:443", "https", "a.gov.cn"),
        ("a.gov.cn.", "http", "a.gov.cn"),
        ("a.gov.cn.:8080", "http", "a.gov.cn.:8080"),
        ("[::1]:80", "http", "[::1]"),
        ("u:p@x@B.cn", "http", "b.cn"),
    ])
    func authority(authority: String, scheme: String, expected: String) {
        #expect(URLResolver.normalisedPrintableASCIIAuthority(authority, scheme: scheme) == expected)
        #expect(URLResolver(base: "\(scheme)://\(authority)/a/b.html")?.authority == expected)
    }

    @Test("an authority outside printable ASCII is left to the character path")
    func authorityNonASCII() {
        #expect(URLResolver.normalisedPrintableASCIIAuthority("政府.CN", scheme: "http") == nil)
        #expect(URLResolver(base: "http://政府.CN/")?.authority == "政府.cn")
    }

    @Test("the base directory is found on bytes when the path is printable ASCII")
    func lastSlash() {
        #expect(URLResolver(base: "https://a.gov.cn/col/a/index.html")?.relativeBase == "https://a.gov.cn/col/a/")
        #expect(URLResolver(base: "https://a.gov.cn/栏目/index.html")?.relativeBase == "https://a.gov.cn/%E6%A0%8F%E7%9B%AE/")
        #expect(URLResolver(base: "https://a.gov.cn/")?.relativeBase == "https://a.gov.cn/")
    }
}

@Suite("Column names: numeric ideographs from a table")
struct NumericIdeographTests {
    @Test("the table agrees with the numeric type of every CJK unified ideograph")
    func everyIdeograph() {
        var disagreements: [UInt32] = []
        for value in UInt32(0x4E00)...0x9FFF {
            let numeric = Unicode.Scalar(value)?.properties.numericType != nil
            if ColumnClassifier.isNumericIdeograph(value) != numeric { disagreements.append(value) }
        }
        #expect(disagreements.isEmpty)
        #expect(ColumnClassifier.isNumericIdeograph(0x4E00))  // 一
        #expect(!ColumnClassifier.isNumericIdeograph(0x653F))  // 政
    }

    @Test("a name holding a numeral ideograph is not a column name")
    func numeralName() {
        #expect(ColumnClassifier.category(forName: "第三季度") == nil)
        #expect(ColumnClassifier.category(forName: "工作动态") == .news)
    }
}

@Suite("Pagination: pager words ruled out by their first scalar")
struct PagerTextTests {
    @Test("pager words are pager words; page numbers, titles and other words are not", arguments: [
        ("下一页", true), ("尾页", true), ("next", true), (">>", true), ("»", true), ("下一页>>", true),
        ("2", false), ("下一", false), ("上一页", false), ("nextpage", false), ("", false), ("政务动态", false),
    ])
    func pagerText(text: String, expected: Bool) {
        #expect(Pagination.isPagerText(text) == expected)
        #expect(Pagination.pagerTexts.contains(text) == expected)
    }

    @Test("a text starting outside printable ASCII and the CJK ideographs is looked up as before")
    func otherScalars() {
        #expect(!Pagination.isPagerText("\u{F900}页"))
        #expect(Pagination.isPagerText("\u{00BB}"))
    }
}

@Suite("URL dates: segments read in place")
struct URLDateSegmentTests {
    @Test("dates in URL paths, ASCII and not", arguments: [
        ("https://a.gov.cn/col/gzdt/202401/t20240106_44546.html", "2024-01-06"),
        ("https://a.gov.cn/art/2023/12/13/art_1_2.html", "2023-12-13"),
        ("https://a.gov.cn/2023-12/13/x.html", "2023-12-13"),
        ("https://a.gov.cn/2023-12-13/x.html", "2023-12-13"),
        ("https://a.gov.cn/20231213/x.html", "2023-12-13"),
        ("https://a.gov.cn/栏目/20231213/x.html", "2023-12-13"),
        ("https://a.gov.cn/202312/x.html", nil),
        ("https://a.gov.cn", nil),
        ("t20240106_1.html", nil),
        ("/t20240106_1.html", "2024-01-06"),
    ])
    func urlDate(url: String, expected: String?) {
        #expect(DateParsing.date(inURL: url)?.description == expected)
    }
}

@Suite("Article bodies: regions read from the walker's judgements")
struct BodyRegionFromMarksTests {
    private func snapshot(_ html: String) -> HTMLSnapshot {
        var html = html
        return html.withUTF8 { HTMLSnapshot.parse($0, limits: .default) }
    }

    @Test("the body read with the walker's marks is the body read without them")
    func sameBody() {
        let pages = [
            """
            <html><body><div id="nav" class="menu"><a href="/">首页</a></div>
            <div class="content"><h1>标题</h1><div class="TRS_Editor"><p>正文第一段，内容较长。</p><p>第二段 Text 2024。</p></div></div>
            <div class="footer">版权所有</div></body></html>
            """,
            """
            <html><body><div class="Nav">导航</div><p>没有正文容器的页面文字。</p><div id="FOOTER">页脚</div></body></html>
            """,
        ]
        for html in pages {
            let page = snapshot(html)
            var walker = PageWalker(snapshot: page, pageURL: "https://www.a.gov.cn/art/1.html", asOf: CivilDate(iso: "2024-01-01")!, maxLinks: 100)
            walker.walk()
            let withMarks = ArticleBodyReader(snapshot: page, marks: walker.elementMarks).bodyText()
            let alone = ArticleBodyReader(snapshot: page).bodyText()
            #expect(withMarks.scalars == alone.scalars)
            #expect(withMarks.characterCount == alone.characterCount)
            #expect(!alone.scalars.isEmpty)
            for node in page.nodes where !node.isText {
                let attributes = page.attributes(of: node)
                #expect(ArticleBodyReader(snapshot: page, marks: walker.elementMarks).region(of: node)
                        == LinkClassifier.region(id: attributes.id, class: attributes.class))
            }
        }
    }

    @Test("a pair the memo never judged is not known")
    func unknownPair() {
        let page = snapshot("<div id=\"a\" class=\"content\">x</div>")
        let node = page.nodes.first { !$0.isText && $0.attributeIndex >= 0 }!
        let spans = page.attributeTable[Int(node.attributeIndex)]
        var memo = ElementMarksMemo()
        #expect(memo.known(id: spans.id, class: spans.class, in: page.attributeBytes) == nil)
        _ = memo.marks(id: spans.id, class: spans.class, in: page.attributeBytes) { ElementMarks(region: .body) }
        #expect(memo.known(id: spans.id, class: spans.class, in: page.attributeBytes)?.region == .body)
    }
}

@Suite("Collapsed text: the check by lead byte")
struct CollapsedByLeadByteTests {
    @Test("the contiguous check answers as the general one", arguments: [
        "", "a", " a", "a ", "a  b", "a b", "政府 网站", "政府\u{3000}网站", "政府\u{00A0}网站", "a\u{2000}b", "a\u{200B}b",
        "a\u{200C}b", "a\u{FEFF}b", "a\tb", "a\nb", "\u{3000}", "a\u{0001}b", "€uro", "中文标题（2024年）", "a\u{E2}",
    ])
    func sameAnswer(text: String) {
        let bytes = Array(text.utf8)
        let general = TextTools.isCollapsed(bytes)
        #expect(bytes.withUnsafeBufferPointer { TextTools.isCollapsed($0) } == general)
    }

    @Test("byte sequences cut short or not valid UTF-8 get the same answer", arguments: [
        [0xC2] as [UInt8], [0xE2, 0x80], [0xE3, 0x80], [0xEF, 0xBB], [0x41, 0xE3, 0x80, 0x80], [0xE2, 0x80, 0x8B, 0x41],
        [0xE2, 0x80, 0x8C], [0x80, 0x80, 0xE3, 0x80, 0x80], [0xC2, 0xA0], [0x41, 0x20, 0x20, 0x41], [0xFF, 0xC2, 0xA0],
    ])
    func invalidBytes(bytes: [UInt8]) {
        #expect(bytes.withUnsafeBufferPointer { TextTools.isCollapsed($0) } == TextTools.isCollapsed(bytes))
    }
}

@Suite("Regions: the word lists searched in one pass")
struct RegionWordsTests {
    @Test("the one-pass search finds what a byte search per word finds", arguments: [
        "nav", " main-nav", "footer-copyright", "content trs_editor", "topbar menu", "dibu", "wzy bt_content", "x y",
        "news-bottom-list", "bottom", "lanmu-lis", "navfoot content", "article detail", "banquan nav", "z", "zoomnav",
    ])
    func sameWords(marker: String) {
        let bytes = Array(marker.utf8)
        let found = LinkClassifier.regionWordsFound(in: bytes)
        let footer = LinkClassifier.footerWords.contains { ByteSearch.contains($0, in: bytes) }
        let body = LinkClassifier.bodyWords.contains { ByteSearch.contains($0, in: bytes) }
        let navigation = LinkClassifier.navigationWords.contains { ByteSearch.contains($0, in: bytes) }
        #expect(found.navigation == navigation)
        if !navigation {
            #expect(found.footer == footer)
            #expect(found.body == body)
        }
    }

    @Test("regions keep their order of precedence")
    func precedence() {
        #expect(LinkClassifier.region(id: "nav", class: "footer content") == .navigation)
        #expect(LinkClassifier.region(id: "foot", class: "content") == .footer)
        #expect(LinkClassifier.region(id: nil, class: "bottom content") == .footer)
        #expect(LinkClassifier.region(id: nil, class: "newsbottom content") == .body)
        #expect(LinkClassifier.region(id: "x", class: "y") == nil)
    }
}

@Suite("Site identification codes read on bytes")
struct SiteIDCodeBytesTests {
    @Test("ASCII codes read on bytes as on scalars", arguments: [
        ("3601000001", "3601000001"), ("bm36000001", "bm36000001"), ("BM36000001", "bm36000001"), ("bM36000001", "bm36000001"),
        ("0601000001", nil), ("b136000001", nil), ("bm3600000", nil), ("36010000012", nil), ("36010a0001", nil), ("", nil),
        ("３６０１０００００１", nil),
    ] as [(String, String?)])
    func codes(text: String, expected: String?) {
        #expect(IdentityScanner.validSiteIDCode(text) == expected)
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            #expect(IdentityScanner.validASCIISiteIDCode(Array(text.utf8)) == expected)
        }
    }
}
