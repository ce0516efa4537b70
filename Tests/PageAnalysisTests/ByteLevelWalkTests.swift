import Foundation
import GovSweepProtocol
@testable import PageAnalysis
import Testing

/// The byte-level walk (issue 20) must answer exactly as the string-level code it replaced: what
/// an element's id and class say, style declarations, stylesheets, href resolution and the
/// 更多 links' column names.
@Suite("Byte-level walk")
struct ByteLevelWalkTests {
    private func snapshot(_ html: String) -> HTMLSnapshot {
        var html = html
        return html.withUTF8 { HTMLSnapshot.parse($0, limits: .default) }
    }

    @Test("id and class are judged once per distinct pair of values, absent and empty told apart")
    func elementMarksMemo() {
        let page = snapshot("""
            <div id="nav" class="menu"><p class="x">a</p><p class="x">b</p><p id="" class="x">c</p>
            <p id="x">d</p><p id="nav" class="menu">e</p><span class="j-gov">f</span><span id="_span_jiucuo">g</span>
            <div class="side hot">h</div><div class="foot">i</div></div>
            """)
        var memo = ElementMarksMemo()
        var judged = 0
        for node in page.nodes where !node.isText {
            let attributes = page.attributes(of: node)
            guard attributes.spans.id.isPresent || attributes.spans.class.isPresent else { continue }
            let direct = PageWalker.judgeMarks(id: attributes.id, class: attributes.class, hiddenIDs: ["x"], hiddenClasses: ["hot"])
            let remembered = memo.marks(id: attributes.spans.id, class: attributes.spans.class, in: page.attributeBytes) {
                judged += 1
                return direct
            }
            #expect(remembered.region == direct.region)
            #expect(remembered.aside == direct.aside)
            #expect(remembered.hiddenByName == direct.hiddenByName)
            #expect(remembered.conacSlot == direct.conacSlot)
            #expect(remembered.errorReportSlot == direct.errorReportSlot)
        }
        // nav+menu, x, ""+x, id x, j-gov, _span_jiucuo, side hot, foot: eight distinct pairs of ten.
        #expect(judged == 8)
        let marks = PageWalker.judgeMarks(id: "x", class: nil, hiddenIDs: ["x"], hiddenClasses: [])
        #expect(marks.hiddenByName)
        #expect(PageWalker.judgeMarks(id: nil, class: "a HOT", hiddenIDs: [], hiddenClasses: ["hot"]).hiddenByName)
        #expect(PageWalker.judgeMarks(id: nil, class: "j-gov", hiddenIDs: [], hiddenClasses: []).conacSlot)
        #expect(PageWalker.judgeMarks(id: "_span_jiucuo", class: nil, hiddenIDs: [], hiddenClasses: []).errorReportSlot)
    }

    @Test("ASCII declarations read on bytes hide exactly when read on characters", arguments: [
        "display:none", "DISPLAY : NONE !important", "display:block", "visibility:hidden", "visibility: collapse",
        "opacity:0", "opacity:0.0", "opacity:0.5", "font-size:0px", "font-size:0em", "font-size:0.0.0", "font-size:.",
        "width:0", "width:10px", "height:0%", "max-height:0pt", "left:-999px", "left:-499px", "text-indent:-9999em",
        "margin-left:-500px", "top:-99999999999999999999999px", "color:red;display:none", "color:red; display :none ;",
        "display", "display:none:x", ":none", "display:\tnone\r\n", "a:b;;;display:none", "left:-", "width:0px!x",
        "background:url(a:b);width:0",
    ])
    func asciiDeclarations(style: String) {
        var bytes = style
        let onBytes = bytes.withUTF8 { HiddenStyle.hidesReadingBytes($0) }
        #expect(onBytes == HiddenStyle.hidesReadingCharacters(style))
        #expect(HiddenStyle.hides(style) == HiddenStyle.hidesReadingCharacters(style))
    }

    @Test("declarations with a scalar other than ASCII or a CJK ideograph are left to the reading on characters")
    func nonASCIIDeclarations() {
        for style in ["display:none;\u{301}color:red", "display：none", "font-family:宋体;display:none\u{301}", "display:none\u{3000}"] {
            var bytes = style
            #expect(bytes.withUTF8 { HiddenStyle.hidesReadingBytes($0) } == nil)
            #expect(HiddenStyle.hides(style) == HiddenStyle.hidesReadingCharacters(style))
        }
        #expect(!HiddenStyle.hides("display:none;\u{301}color:red") || HiddenStyle.hidesReadingCharacters("display:none;\u{301}color:red"))
    }

    @Test("stylesheets: hidden names with and without comments, nested braces and rules that hide nothing")
    func stylesheets() {
        #expect(HiddenStyle.hiddenNames(inStylesheet: ".x{display:none} .y{color:red}").classes == ["x"])
        #expect(HiddenStyle.hiddenNames(inStylesheet: ".y{color:red} #z a{width:100px}").classes.isEmpty)
        #expect(HiddenStyle.hiddenNames(inStylesheet: "/* .z{display:none} */ .y{color:red}").classes.isEmpty)
        #expect(HiddenStyle.hiddenNames(inStylesheet: ".y{color:red}/* c */#w{height:0}").ids == ["w"])
        #expect(HiddenStyle.hiddenNames(inStylesheet: "@media print{.p{display:none}}").classes == ["p"])
        #expect(HiddenStyle.hiddenNames(inStylesheet: "}.q{display:none").classes.isEmpty)
        #expect(HiddenStyle.hiddenNames(inStylesheet: ".r{font-family:宋体;display:none}").classes == ["r"])
        #expect(HiddenStyle.hiddenNames(inStylesheet: ".s{/* note */display:none}.t{/*display:none*/color:red}").classes == ["s"])
        #expect(HiddenStyle.hiddenNames(inStylesheet: "/*/ still a comment */.u{display:none}").classes == ["u"])
    }

    @Test("a comment's closing slash opens no comment: `/* reset */*{…}` was read as a second comment and crashed")
    func commentThenUniversalSelector() {
        #expect(HiddenStyle.hiddenNames(inStylesheet: "/* reset */*{margin:0}.v{display:none}").classes == ["v"])
        #expect(Array("a/**/*b/*c*/d".utf8).withUnsafeBufferPointer { HiddenStyle.withoutComments($0) } == Array("a*bd".utf8))
        let page = "<html><head><style>/* reset */*{margin:0}.x{display:none}</style></head><body><div class=\"x\"><a href=\"/a.html\">a</a></div></body></html>"
        let observation = PageAnalyzer().analyze(PageInput(url: "https://www.a.gov.cn/", html: page, asOf: CivilDate(year: 2024, month: 1, day: 1)!))
        #expect(observation.links.first?.hidden == true)
    }

    @Test("a plain root-relative href resolves from its bytes to what the general resolver gives", arguments: [
        "/col/b/t1.html?x=1", "/", "/a.html?", "/a.html#top", "/a/./b/../c.html", "/a b.html", "/中文.html",
        "//other.gov.cn/x", "/a\\b.html", "/.hidden", "/a/.b", "", "x.html", "/a\"b.html",
    ])
    func rootRelativeFromBytes(reference: String) {
        let base = URLResolver(base: "https://www.Example.gov.cn:443/col/a/index.html")!
        var bytes = reference
        let fromBytes = bytes.withUTF8 { base.resolvePlainRootRelative(utf8: $0) }
        if let fromBytes { #expect(fromBytes == base.resolve(reference)) }
        let plain = reference.hasPrefix("/") && !reference.hasPrefix("//") && !reference.contains("#")
            && !reference.contains("/.") && reference.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F && $0 != 0x5C && $0 != 0x22 }
        #expect((fromBytes != nil) == plain)
    }

    @Test("a plain relative reference resolves from its bytes to the RFC 3986 answer; anything else is left to the general resolver", arguments: [
        ("https://www.b.gov.cn/col/a/index.html?q=1", "t1.html", "https://www.b.gov.cn/col/a/t1.html", true),
        ("https://www.b.gov.cn/col/a/index.html?q=1", "202401/t1.html?x=1&y=/z", "https://www.b.gov.cn/col/a/202401/t1.html?x=1&y=/z", true),
        ("https://www.b.gov.cn/col/a/index.html", "index_2.html?", "https://www.b.gov.cn/col/a/index_2.html?", true),
        ("http://a.gov.cn", "t1.html", "http://a.gov.cn/t1.html", true),
        ("http://a.gov.cn/my docs/index.html", "t1.html", "http://a.gov.cn/my%20docs/t1.html", true),
        ("https://www.b.gov.cn/col/./a/../b/index.html", "t1.html", "https://www.b.gov.cn/col/b/t1.html", false),
        ("https://www.b.gov.cn/col/a/index.html", "a.html#top", "https://www.b.gov.cn/col/a/a.html", false),
        ("https://www.b.gov.cn/col/a/index.html", "./202401/a.html?x=1", "https://www.b.gov.cn/col/a/202401/a.html?x=1", true),
        ("https://www.b.gov.cn/col/a/index.html", "./", "https://www.b.gov.cn/col/a/", false),
        ("https://www.b.gov.cn/col/a/index.html", "././a.html", "https://www.b.gov.cn/col/a/a.html", false),
        ("https://www.b.gov.cn/col/a/index.html", ".//a.html", "https://www.b.gov.cn/col/a//a.html", false),
        ("https://www.b.gov.cn/col/a/index.html", "./?x", "https://www.b.gov.cn/col/a/?x", false),
        ("https://www.b.gov.cn/col/a/index.html", "../b/a.html", "https://www.b.gov.cn/col/b/a.html", true),
        ("https://www.b.gov.cn/col/a/index.html", "x/./y.html", "https://www.b.gov.cn/col/a/x/y.html", false),
        ("https://www.b.gov.cn/col/a/index.html", "a b.html", "https://www.b.gov.cn/col/a/a%20b.html", false),
        ("https://www.b.gov.cn/col/a/index.html", "中文.html", "https://www.b.gov.cn/col/a/%E4%B8%AD%E6%96%87.html", false),
        ("https://www.b.gov.cn/col/a/index.html", "?page=2", "https://www.b.gov.cn/col/a/index.html?page=2", false),
        ("https://www.b.gov.cn/col/a/index.html", "x:y.html", nil, false),
    ])
    func plainRelativeFromBytes(baseURL: String, reference: String, expected: String?, plain: Bool) {
        let base = URLResolver(base: baseURL)!
        var bytes = reference
        let fromBytes = bytes.withUTF8 { base.resolvePlainRelative(utf8: $0) }
        #expect((fromBytes != nil) == plain)
        if let fromBytes { #expect(fromBytes == expected) }
        #expect(base.resolve(reference) == expected)
        if plain { #expect(base.resolveNotingHost(reference)?.keepsHost == true) }
    }

    @Test("a reference without scheme or authority keeps the base URL's host", arguments: [
        "/a.html", "a.html", "../../x/y.html", "?page=2", "", "./", "b/c?d#e", "//Other.gov.cn/x", "http://a.gov.cn/",
        "HTTPS://B.gov.cn:8443/x", "/中文 页.html", "\\x\\y.html", " /a.html ",
    ])
    func keepsHost(reference: String) {
        for baseURL in ["https://User@WWW.Example.gov.cn:8080/col/a/index.html", "http://a.gov.cn", "https://[::1]:8443/x/"] {
            let base = URLResolver(base: baseURL)!
            guard let (url, keepsHost) = base.resolveNotingHost(reference) else {
                #expect(base.resolve(reference) == nil)
                continue
            }
            #expect(url == base.resolve(reference))
            if keepsHost { #expect(URLResolver.host(of: url) == base.host) }
        }
    }

    @Test("a 更多 link is named by the latest column-named link to its URL before it, else the short text before it")
    func moreLinkHeadings() {
        let page = snapshot("""
            <div><h3>通知公告</h3><a href="/tzgg/">更多</a></div>
            <div><ul><li><a href="/zwyw/">政务要闻</a></li><li><a href="/zwyw/">2023年全市第3次会议召开了</a></li></ul>
            <a href="/zwyw/">更多</a></div>
            <div><span>工作动态</span><a href="/gzdt/">更多</a><a href="/gzdt/">部门动态</a></div>
            <div><a href="/zwyw/">要闻</a><h3>图片新闻</h3><a href="/zwyw/">更多</a></div>
            """)
        var walker = PageWalker(snapshot: page, pageURL: "https://www.a.gov.cn/index.html",
                                asOf: CivilDate(year: 2024, month: 1, day: 1)!, maxLinks: 1000)
        walker.walk()
        #expect(walker.headed.map(\.name) == ["通知公告", "政务要闻", "工作动态", "要闻"])
        #expect(walker.headed.map(\.url) == ["https://www.a.gov.cn/tzgg/", "https://www.a.gov.cn/zwyw/",
                                             "https://www.a.gov.cn/gzdt/", "https://www.a.gov.cn/zwyw/"])
    }

    @Test("paging marks are found on a box's text bytes, also beside invalid UTF-8")
    func pagingMarksOnBytes() {
        let page = snapshot("<div><ul><li><a href=\"/a.html\">一条新闻标题</a></li></ul><span>共5页 下一页 尾页</span></div>")
        let list = listOfFirstItem(in: page)
        #expect(SideBoxHeading.boxHoldsPagination(list: list, in: page))
        let bare = snapshot("<div><ul><li><a href=\"/a.html\">一条新闻标题</a></li></ul><span>共5页</span></div>")
        #expect(!SideBoxHeading.boxHoldsPagination(list: listOfFirstItem(in: bare), in: bare))
    }

    @Test("registered domains read on bytes agree with splitting the lower-cased host", arguments: [
        "www.srs.gov.cn", "a.gov.cn", "gov.cn", "cn", "", "localhost", "www.example.com", "a.b.c.example.com",
        "WWW.SRS.GOV.CN", "www.srs.gov.cn.", ".www.a.cn", "a..gov.cn", "x.ac.cn", "x.y.edu.cn", "x.y.zz.cn",
        "10.0.0.1", "政府.gov.cn", "a_b.gov.cn", "a-b.com.cn", "x.cn", "x.gov.cnn", "x.ngov.cn",
    ])
    func registeredDomains(host: String) {
        let labels = host.lowercased().split(separator: ".")
        let expected: String
        if labels.count > 2 {
            let zones: Set<Substring> = ["gov", "com", "org", "net", "edu", "ac"]
            let keep = labels.last == "cn" && zones.contains(labels[labels.count - 2]) ? 3 : 2
            expected = labels.suffix(keep).joined(separator: ".")
        } else {
            expected = labels.joined(separator: ".")
        }
        #expect(SpamVocabulary.registeredDomain(host) == expected)
    }

    @Test("a text has a digit exactly when one of its scalars is an ASCII or full-width digit")
    func digits() {
        for text in ["2024年", "发布时间：", "，。：", "２０２４年", "０", "９", "＃", "abc", "", "\u{FF10}", "ＡＢ", "x9"] {
            let expected = text.unicodeScalars.contains { DateParsing.digitValue($0) != nil }
            #expect(PageWalker.hasDigit(ArraySlice(Array(text.utf8))) == expected, "\(text)")
        }
    }

    @Test("dates in ASCII URLs, read on bytes, agree with the reading on characters", arguments: [
        "https://a.gov.cn/col/t20231213_123456.html", "https://a.gov.cn/art/2023/12/13/art_1_2.html",
        "https://a.gov.cn/2023-12/13/x.html", "https://a.gov.cn/2023-12-13/x.html", "https://a.gov.cn/20231213/x.html",
        "https://a.gov.cn/202312/x.html", "https://a.gov.cn/x.html?d=/2023/12/13/", "https://a.gov.cn/x#/2023/12/13",
        "/2023/12/13/a.html", "2023/12/13", "https://a.gov.cn", "https://a.gov.cn/", "https://a.gov.cn//2023//12/13/",
        "https://a.gov.cn/t2023121_1.html", "https://a.gov.cn/2023/13/40/x.html", "",
    ])
    func datesInURLs(url: String) {
        // A non-ASCII host sends the same path through the reading on characters.
        let nonASCII = url.replacingOccurrences(of: "a.gov.cn", with: "政府a.gov.cn")
        if url.contains("a.gov.cn") { #expect(!nonASCII.utf8.allSatisfy { $0 < 0x80 }) }
        #expect(DateParsing.date(inURL: url) == DateParsing.date(inURL: nonASCII))
    }

    @Test("an absolute URL resolving would leave alone is taken as it is; any other is normalised", arguments: [
        ("http://a.gov.cn/x/y.html?p=1&q=/a", "http://a.gov.cn/x/y.html?p=1&q=/a", true),
        ("https://a.gov.cn:8443/", "https://a.gov.cn:8443/", true),
        ("http://a.gov.cn:443/x", "http://a.gov.cn:443/x", true),
        ("HTTP://A.gov.cn/x", "http://a.gov.cn/x", false),
        ("http://A.gov.cn/x", "http://a.gov.cn/x", false),
        ("http://a.gov.cn:80/x", "http://a.gov.cn/x", false),
        ("https://a.gov.cn:443/x", "https://a.gov.cn/x", false),
        ("http://a.gov.cn./x", "http://a.gov.cn/x", false),
        ("http://a.gov.cn/./x/../y", "http://a.gov.cn/y", false),
        ("http://a.gov.cn?x", "http://a.gov.cn/?x", false),
        ("http://a.gov.cn", "http://a.gov.cn/", false),
        ("http://u@a.gov.cn/x", "http://a.gov.cn/x", false),
        ("http://a.gov.cn/a b", "http://a.gov.cn/a%20b", false),
        ("http://a.gov.cn/x#top", "http://a.gov.cn/x", false),
    ])
    func normalisedAbsolute(reference: String, expected: String, asItIs: Bool) {
        var bytes = reference
        #expect(bytes.withUTF8 { URLResolver.isNormalisedAbsolute($0) } == asItIs)
        let base = URLResolver(base: "https://www.b.gov.cn/col/index.html")!
        #expect(base.resolve(reference) == expected)
    }

    @Test("the 找错 icon: ruled out on bytes only when no ASCII case of `jiucuo` is there", arguments: [
        ("/images/jiucuo.png", true), ("/exposure/images/JiuCuo.PNG", true), ("bottom_jiucuo.png?x=1", true),
        ("/jiucuo/logo.png", false), ("/images/logo.png?name=jiucuo", false), ("/images/jiucu.png", false),
        ("/images/JIUCUO", true), ("", false), ("jiucuo", true), ("/img/找错jiucuo图标.gif", true),
    ])
    func errorReportIcon(src: String, isIcon: Bool) {
        #expect(PageWalker.isErrorReportIcon(src) == isIcon)
        var bytes = src
        let mentioned = bytes.withUTF8 { PageWalker.containsJiucuoIgnoringASCIICase($0) }
        #expect(mentioned == src.lowercased().contains("jiucuo"))
    }

    /// The list element (`ul`) holding the page's first list item.
    private func listOfFirstItem(in page: HTMLSnapshot) -> Int {
        Int(page.nodes[page.nodes.firstIndex { $0.tag == .li }!].parent)
    }
}
