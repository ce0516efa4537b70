import GovSweepProtocol
import Testing
@testable import PageAnalysis

/// The one-pass helpers of the seventh analysis pass must answer as the code they stand in for:
/// one lower-cased marker for an element's region and side-box judgements, and a column name's
/// length and rejection read on scalars instead of characters.
@Suite("Shared passes")
struct SharedPassTests {
    private static let pairs: [(String?, String?)] = [
        (nil, nil), ("", ""), ("", nil), (nil, "NAV-Main"), ("Footer", nil), ("x", "news-bottom-list"),
        ("bottom", ""), (nil, "side-box"), ("hot_list", nil), (nil, "box rank"), (nil, "inside list"),
        ("shot", "main right"), ("TRS_Editor", "zoom"), ("a\nb", "side\nhot"), ("首页", "导航 nav"), ("BQ", "Bot"),
    ]

    @Test("one marker gives what region(id:class:) and isAside(id:class:) give")
    func markerAgreesWithBothJudgements() {
        for (id, classes) in Self.pairs {
            let marker = LinkClassifier.marker(id: id, class: classes)
            #expect((marker == nil) == ((id ?? "").isEmpty && (classes ?? "").isEmpty))
            #expect(marker.flatMap { LinkClassifier.region(marker: $0) } == LinkClassifier.region(id: id, class: classes))
            #expect((marker.map { LinkClassifier.isAside(marker: $0) } ?? false) == LinkClassifier.isAside(id: id, class: classes))
        }
    }

    @Test("the marker is the id, a space and the class, ASCII letters lower-cased and nothing else")
    func markerBytes() {
        #expect(LinkClassifier.marker(id: "Nav", class: "MENU 首页Ä") == Array("nav menu 首页Ä".utf8))
        #expect(LinkClassifier.marker(id: nil, class: "x") == Array(" x".utf8))
        #expect(LinkClassifier.marker(id: "x", class: nil) == Array("x ".utf8))
        #expect(LinkClassifier.region(id: "TopNav", class: nil) == .navigation)
        #expect(LinkClassifier.region(id: nil, class: "bq") == .footer)
        #expect(LinkClassifier.isAside(id: "a\nside", class: nil))
    }

    @Test("a column name's shape on scalars matches counting characters")
    func scalarShapeMatchesCharacters() {
        let names = ["工作动态", "第三届工作", "工作:动态", "工作,动态", "News 2024", "English", "一", "政策解读专栏",
                     "abc!", "十大民生实事", "a", "龘龘", "通知公告 more"]
        for name in names {
            let shape = ColumnClassifier.scalarShape(name)
            #expect(shape != nil, "\(name) is ASCII and CJK unified ideographs only")
            #expect(shape?.length == name.count)
            #expect(shape?.rejected == name.contains { $0.isNumber || [",", "!", "?", ";", ":"].contains($0) })
        }
    }

    @Test("names with other scalars are left to the character count")
    func otherScalarsFallBack() {
        for name in ["工作动态；", "工作\u{037E}动态", "e\u{301}tude", "通知（公告）", "🇨🇳新闻", "한국어", "工作\u{200D}动态"] {
            #expect(ColumnClassifier.scalarShape(name) == nil)
        }
        #expect(ColumnClassifier.category(forName: "工作动态；") == nil)
        #expect(ColumnClassifier.category(forName: "通知（公告）") == .notice)
        #expect(ColumnClassifier.category(forName: "十大民生实事") == nil)
        #expect(ColumnClassifier.category(forName: "政策解读专栏") == .interpretation)
        #expect(ColumnClassifier.category(forName: "领导之窗") == .other)
        #expect(ColumnClassifier.category(forName: "首页") == nil)
    }

    @Test("a side box's heading is named by one search for all its words")
    func sideBoxTerms() {
        for term in SideBoxHeading.terms {
            #expect(SideBoxHeading.namesSideBox(term))
            #expect(SideBoxHeading.namesSideBox("本站" + term))
        }
        #expect(!SideBoxHeading.namesSideBox("工作动态"))
        #expect(!SideBoxHeading.namesSideBox("这是一个很长的最新信息标题文字超过十二"))
    }

    @Test("a paging parameter is told on bytes as lower-casing the key told it")
    func pagingParameterBytes() {
        let keys = ["pageNum", "PAGE", "p", "P", "pageno", "currentPage", "pageIndex", "pages", "pag", "", "uid", "pageNum2",
                    "\u{212A}ey", "pAgE", "页", "ｐage", "İ"]
        for key in keys {
            let query = Substring(key)
            #expect(Pagination.isPagingParameter(query.utf8) == Pagination.pagingParameters.contains(key.lowercased()), "\(key)")
        }
        #expect(Pagination.looksPaged("https://a.gov.cn/col/list.html?PageNum=3"))
        #expect(Pagination.looksPaged("list.jsp?uid=1&p=2"))
        #expect(!Pagination.looksPaged("list.jsp?uid=1&pages=2"))
        #expect(Pagination.looksPaged("/col/index_3.html"))
    }

    @Test("the first match of bytes is taken only where a search of characters finds the same")
    func firstCharacterMatch() {
        let needles = ["当前位置", "来源：", "createPageHTML("]
        let texts = [
            "当前位置：首页 > 新闻", "您现在的位置 当前位置：首页", "信息来源：新华社", "来源：", "x来源：y", "当当前位置",
            "\u{2F874}前位置 当前位置", "当前位置\u{301}：首页", "\u{0600}当前位置", "来源：\u{200D}新华社", "文章来源：\r\n人民网",
            "·来源：本站", "🇨🇳来源：本站", "var a = 1;\ncreatePageHTML(5, 0, \"index\", \"html\");", "no match here", "",
            "来源:新华社", "來源：", "当前位置", "e\u{301}来源：", "Ω来源：", "\u{2126}来源：",
        ]
        for needle in needles {
            let bytes = Array(needle.utf8)
            for text in texts {
                switch ByteSearch.firstCharacterMatch(of: bytes, in: text) {
                case .absent:
                    #expect(!ByteSearch.contains(bytes, inUTF8: text), "\(needle) in \(text)")
                case .at(let range):
                    #expect(range == text.firstRange(of: needle), "\(needle) in \(text)")
                    #expect(String(text[range]) == needle)
                case .unsure:
                    #expect(ByteSearch.contains(bytes, inUTF8: text), "\(needle) in \(text)")
                }
            }
        }
        // Taken on bytes: plain Chinese, ASCII and full-width neighbours.
        for text in ["当前位置：首页", "您的当前位置：", "x当前位置y"] {
            guard case .at = ByteSearch.firstCharacterMatch(of: Array("当前位置".utf8), in: text) else {
                Issue.record("\(text) should be read on bytes")
                continue
            }
        }
        // Left to characters: a compatibility ideograph before it, a mark after it, a prepended mark before it.
        for text in ["\u{2F874}前位置 当前位置", "当前位置\u{301}", "\u{0600}当前位置", "a\u{2126}当前位置"] {
            guard case .unsure = ByteSearch.firstCharacterMatch(of: Array("当前位置".utf8), in: text) else {
                Issue.record("\(text) should be left to characters")
                continue
            }
        }
        // A substring is read from its own start.
        let script = Substring("xx createPageHTML(3, 0)").dropFirst(3)
        guard case .at(let range) = ByteSearch.firstCharacterMatch(of: Array("createPageHTML(".utf8), in: script) else {
            Issue.record("the substring should be read on bytes")
            return
        }
        #expect(range == script.firstRange(of: "createPageHTML("))
    }

    @Test("a call's arguments split on bytes as on characters")
    func callArguments() {
        let texts = ["12, 0, \"index\", \"html\"", "\"page_div\", 12, 0, 'index', 'html', 240", "a,,b", ",", "", " 3 ,\r\n4\t,\u{0B}5\u{0C}",
                     "_nPageCount, _nCurrIndex, _sPageName, _sPageExt", "3, 0, \"列表\", \"html\"", "2,\u{3000}1", "x\u{301},y"]
        for text in texts {
            let reference = Substring(text).split(separator: ",").map { $0.filter { !$0.isWhitespace && $0 != "\"" && $0 != "'" } }
            #expect(Pagination.callArguments(Substring(text)) == reference, "\(text)")
        }
        let page = URLResolver(base: "https://www.a.gov.cn/col/col1/index.html")!
        #expect(Pagination.createPageHTMLPages(in: "function createPageHTML(a, b) {}\ncreatePageHTML(3, 1, \"index\", \"shtml\");",
                                               page: page, limit: 10)
            == ["https://www.a.gov.cn/col/col1/index.shtml", "https://www.a.gov.cn/col/col1/index_2.shtml"])
    }
}
