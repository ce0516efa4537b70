import Foundation
import GovSweepProtocol
import Testing
@testable import PageAnalysis

/// The per-link shortcuts of the ninth pass (issue 20) must answer exactly as the string-level
/// code they stand in for: list-item dates, collapsed words, URL kinds and hosts read on bytes,
/// references dropped on bytes, inline styles remembered by their bytes.
@Suite("Link finishing on bytes")
struct LinkFinishTests {
    private static let asOf = CivilDate(year: 2024, month: 1, day: 8)!

    private static func walker(_ html: String = "<p>x</p>", url: String = "https://www.a.gov.cn/col/index.html") -> PageWalker {
        var html = html
        let page = html.withUTF8 { HTMLSnapshot.parse($0, limits: .default) }
        return PageWalker(snapshot: page, pageURL: url, asOf: asOf, maxLinks: 1000)
    }

    /// Byte strings that test the edges: digits ASCII and full-width, 年 alone and in Chinese
    /// numerals, brackets, invalid UTF-8 next to digits and to 年's bytes.
    private static let dateTexts: [[UInt8]] = [
        "", "[12-01]", "(2023-12-01)", "2023年12月1日", "二〇二三年十二月十三日", "二〇二三年十二月", "年", "发布于１２月０１日",
        "２０２３－１２－０１", "全市第1次会议", "无日期", "O〇二三年一月", "12/01", "2023.12.01 08:00", "  ",
    ].map { Array($0.utf8) } + [
        [0xE5, 0xB9], [0xE5, 0xB9, 0xB4], [0xFF, 0x31, 0x32, 0x2D, 0x30, 0x31], [0xE4, 0x32, 0x30, 0x32, 0x33, 0x2D, 0x31, 0x2D, 0x31],
        [0xEF, 0xBC, 0x91, 0xEF, 0xBC], [0xC0, 0xB1, 0x31, 0x32, 0x2D, 0x31, 0x35], [0xED, 0xA0, 0x80, 0x31, 0x2D, 0x32],
    ]

    @Test("a list item's date read from its bytes is the date read from its string")
    func listItemDates() {
        var walker = Self.walker()
        for bytes in Self.dateTexts {
            let expected = DateParsing.firstDate(in: String(decoding: bytes, as: UTF8.self), asOf: Self.asOf)
            #expect(walker.firstDate(inUTF8: bytes) == expected, "\(bytes)")
            if !bytes.withUnsafeBufferPointer({ TextTools.mayHoldDate($0) }) { #expect(expected == nil, "\(bytes)") }
        }
        // Random text over digits, 年, full-width digits and bytes that break UTF-8.
        let pieces: [[UInt8]] = ["1", "2", "0", "-", "/", "年", "月", "日", "〇", "二", "１", "Ｏ", "O", " ", "a", "会"].map { Array($0.utf8) }
            + [[0xE5], [0xB9], [0xB4], [0xBC], [0xEF], [0x80]]
        var random = SplitMix64(seed: 20_261_205)
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(random.next() % 14) { bytes += pieces[Int(random.next() % UInt64(pieces.count))] }
            let expected = DateParsing.firstDate(in: String(decoding: bytes, as: UTF8.self), asOf: Self.asOf)
            #expect(walker.firstDate(inUTF8: bytes) == expected, "\(bytes)")
        }
    }

    @Test("scalars decoded into a kept buffer are the string's, and invalid bytes are refused")
    func decodedScalars() {
        var scalars: [Unicode.Scalar] = ["x", "y"]
        for bytes in Self.dateTexts {
            let valid = bytes.withUnsafeBufferPointer { TextTools.decodeScalars($0, into: &scalars) }
            let string = String(decoding: bytes, as: UTF8.self)
            #expect(valid == string.utf8.elementsEqual(bytes), "\(bytes)")
            if valid { #expect(scalars == Array(string.unicodeScalars)) }
        }
    }

    @Test("cut titles, scalar counts and suffixes on bytes", arguments: [
        "", "a", "abcd", "abcde", "标题", "标题…", "标题...", "标题..", "…", "...", "a…b", "四个汉字", "五个汉字啊", "😀😀😀😀", "😀😀😀😀😀",
        "e\u{301}e\u{301}e", "1234567890123456789", "12345678901234567890",
    ])
    func titleTests(title: String) {
        #expect(TextTools.hasSuffix(title, utf8: PageWalker.ellipsis) == title.utf8.reversed().starts(with: "…".utf8.reversed()))
        #expect(TextTools.hasSuffix(title, utf8: PageWalker.threeDots) == title.utf8.reversed().starts(with: "...".utf8))
        for limit in [1, 3, 5, 8] {
            #expect(TextTools.hasFewerScalars(title, than: limit) == (title.unicodeScalars.count < limit))
        }
    }

    /// The collapse the byte version replaced: scalar by scalar over the decoded string.
    private static func collapsedByScalars(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            if TextTools.isSpace(scalar) {
                pendingSpace = !scalars.isEmpty
            } else {
                if pendingSpace { scalars.append(" ") }
                pendingSpace = false
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    @Test("words collapsed on bytes are the words collapsed scalar by scalar, invalid UTF-8 included")
    func collapsedOnBytes() {
        let pieces: [[UInt8]] = [
            " ", "\t", "\n", "\r\n", "\u{A0}", "\u{3000}", "\u{2000}", "\u{2001}", "\u{2002}", "\u{200B}", "\u{200C}", "\u{FEFF}",
            "a", "工作", "动态", "é", "\u{301}",
        ].map { Array($0.utf8) } + [[0xE2], [0x80], [0xE3], [0xC2], [0xA0], [0xEF], [0xBB], [0xBF], [0xFF], [0xE4, 0xB8]]
        var random = SplitMix64(seed: 9_2026)
        for _ in 0..<4000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(random.next() % 12) { bytes += pieces[Int(random.next() % UInt64(pieces.count))] }
            let expected = Self.collapsedByScalars(bytes)
            #expect(TextTools.collapsed(utf8: bytes) == expected, "\(bytes)")
            let string = String(decoding: bytes, as: UTF8.self)
            #expect(TextTools.collapsed(string) == Self.collapsedByScalars(Array(string.utf8)), "\(bytes)")
        }
    }

    @Test("the plain-byte masks accept exactly the bytes the comparisons did")
    func plainBytes() {
        for value in 0...255 {
            let byte = UInt8(value)
            let compared = byte > 0x20 && byte < 0x7F && byte != 0x5C && byte != 0x22 && byte != 0x3C && byte != 0x3E && byte != 0x23
            #expect(URLResolver.isPlainByte(byte) == compared, "\(byte)")
        }
    }

    @Test("an absolute URL left as it is keeps its bytes, and its host read in place is host(of:)", arguments: [
        "http://www.a.gov.cn/x.html", "https://www.a.gov.cn/col/a.html?id=1&b=2", "http://125.42.176.131/xxgk/list.jsp?id=1",
        "http://1.192.156.90:1032/sites/index.html", "http://[::1]:8080/x", "http://[::1]/x", "https://a.gov.cn:443/x",
        "http://a.gov.cn:80/x", "http://a.gov.cn:8080/x", "http://a.gov.cn./x", "http://a.gov.cn.:81/x", "http://A.gov.cn/x",
        "http://u@a.gov.cn/x", "http://a.gov.cn?x", "http://a.gov.cn", "http://a.gov.cn/", "http://a.gov.cn/./x",
        "http://a.gov.cn/a/../b", "http://a.gov.cn/.x", "http://a.gov.cn/x#y", "http://a.gov.cn/a b", "httpx://a.gov.cn/x",
        "https:/a.gov.cn/x", "http://", "https://", "http:///x", "ftp://a.gov.cn/x", "HTTP://a.gov.cn/x", "http://a.gov.cn/中",
        "http://a.gov.cn:/x", "http://:80/x", "https://a.gov.cn:4430/x", "http://a.gov.cn:080/x",
    ])
    func absoluteHosts(url: String) {
        var bytes = url
        let range = bytes.withUTF8 { URLResolver.normalisedAbsoluteHost($0) }
        let base = URLResolver(base: "https://www.b.gov.cn/col/index.html")!
        #expect((range != nil) == (bytes.withUTF8 { URLResolver.isNormalisedAbsolute($0) }))
        if let range {
            #expect(base.resolve(url) == url)
            let host = String(decoding: Array(url.utf8)[range], as: UTF8.self)
            #expect(host == URLResolver.host(of: url))
        }
    }

    @Test("a reference starting with another scheme resolves to nothing", arguments: [
        ("javascript:void(0)", true), ("JavaScript:;", true), ("mailto:a@b.gov.cn", true), ("tel:12345", true),
        ("ftp://a.gov.cn/x", true), ("about:blank", true), ("http:x", false), ("HTTPS://a.gov.cn/x", false),
        ("Http://a.gov.cn/x", false), ("httpx:y", true), ("htt:y", true), ("java script:x", false), ("a1:b", false),
        (":x", false), ("javascript", false), ("/javascript:x", false), (" javascript:x", false), ("java\tscript:x", false),
    ])
    func otherSchemes(reference: String, other: Bool) {
        var bytes = reference
        #expect(bytes.withUTF8 { URLResolver.startsWithOtherScheme($0) } == other)
        if other { #expect(URLResolver(base: "https://www.a.gov.cn/col/index.html")!.resolve(reference) == nil) }
    }

    @Test("a link's href and an image's src resolve on bytes as the string resolver does")
    func hrefsOnBytes() {
        let references = [
            "/col/a.html", "a.html", "./b/c.html", "../up.html", "?page=2", "#top", "", " /sp.html ", "javascript:void(0)",
            "JAVASCRIPT:x()", "mailto:x@a.gov.cn", "http://www.a.gov.cn/x.html", "https://www.a.gov.cn/x.html",
            "http://WWW.a.gov.cn/x", "http://www.b.gov.cn/y?z=1", "//www.c.gov.cn/z", "http://www.a.gov.cn:8080/p",
            "https://www.a.gov.cn:443/q", "/中文.html", "a b.html", "http://1.2.3.4/x", "\\col\\a.html", "http:x.html",
        ]
        for url in ["https://www.a.gov.cn/col/index.html", "http://www.a.gov.cn/", "https://www.a.gov.cn/a/./b/index.html"] {
            let html = references.map { "<a href=\"\($0)\">x</a><img src=\"\($0)\">" }.joined()
            let walker = Self.walker(html, url: url)
            let resolver = URLResolver(base: url)!
            for node in walker.nodes where node.tag == .a || node.tag == .img {
                let attributes = walker.attributes(of: node)
                if node.tag == .img {
                    let src = attributes.src!
                    #expect(walker.resolve(src, at: attributes.spans.src, in: attributes) == resolver.resolve(src), "\(src)")
                    continue
                }
                let href = attributes.href!
                let expected = resolver.resolveNotingHost(href)
                let found = walker.resolveHref(attributes)
                #expect(found?.url == expected?.url, "\(href)")
                guard let found, let expected else { continue }
                let host = URLResolver.host(of: expected.url) ?? ""
                if let known = found.host { #expect(known == host, "\(href)") }
                if expected.keepsHost { #expect(found.keepsHost, "\(href)") }
                // Kept or not, what is known of the base URL's host holds for the link's only when they are one.
                if found.keepsHost { #expect(host == walker.resolverHost, "\(href)") }
            }
        }
    }

    @Test("an extension read from the path's end is the one read from the segment's start")
    func pathExtensions() {
        let alphabet = Array("a.x/X?.h".utf8)
        var random = SplitMix64(seed: 2026_12_05)
        for _ in 0..<4000 {
            let path = (0..<Int(random.next() % 12)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
            path.withUnsafeBufferPointer { bytes in
                for start in 0...bytes.count {
                    for end in start...bytes.count {
                        let fast = LinkClassifier.pathExtension(in: bytes, from: start, to: end)
                        let slow = ExtensionKey(ofPathIn: bytes, from: start, to: end)
                        #expect(fast == slow, "\(path) \(start) \(end)")
                    }
                }
            }
        }
    }

    @Test("a link's kind", arguments: [
        ("https://a.gov.cn/x.html", "附件", LinkKind.page), ("https://a.gov.cn/x.html?f=a.pdf", "", .attachment),
        ("https://a.gov.cn/x.pdf", "", .attachment), ("https://a.gov.cn/x.PDF?y=1", "", .attachment),
        ("https://a.gov.cn/x.jpg", "下载", .image), ("https://a.gov.cn/down.jsp?name=a.docx&x=1", "", .attachment),
        ("https://a.gov.cn/down.jsp?name=a.docxx", "下载", .attachment), ("https://a.gov.cn/dir/", "附件下载", .page),
        ("https://a.gov.cn/get?id=3", "点击下载", .attachment), ("https://a.gov.cn/get?id=3", "下载中心 ", .attachment),
        ("https://a.gov.cn/get?id=3", "说明", .page), ("https://a.gov.cn/.pdf", "", .page), ("https://a.gov.cn/a/.pdf", "", .page),
        ("https://a.gov.cn/a.tar.gz", "", .page), ("https://a.gov.cn/a.longext", "附件", .attachment),
        ("https://a.gov.cn/a.shtml?f=b.zip", "", .attachment), ("https://a.gov.cn", "附件", .attachment),
        ("https://a.gov.cn?x=a.pdf", "", .attachment), ("https://a.gov.cn/x.pdf/", "", .page),
        ("https://a.gov.cn/x.pdf/", "附件", .page), ("https://a.gov.cn/p.php?a=1?b=c.doc", "", .attachment),
    ])
    func kinds(url: String, text: String, kind: LinkKind) {
        #expect(LinkClassifier.kind(ofAnchor: url, text: text) == kind)
    }

    @Test("the 找错 URL test by its j", arguments: [
        "https://a.gov.cn/exposure/jiucuo.html?site_code=1", "https://a.gov.cn/x?site_code=1&jiucuo=1", "https://a.gov.cn/jiucuo",
        "https://a.gov.cn/JIUCUO/exposure/jiucuo.html", "https://a.gov.cn/jjiucu", "jiucuo", "jiucu", "", "j", "xjiucuox",
    ])
    func errorReportURLs(url: String) {
        var bytes = url
        #expect(bytes.withUTF8 { PageWalker.containsJiucuo($0) } == url.containsBytes("jiucuo"))
        #expect(PageWalker.isErrorReportURL(url)
            == (url.containsBytes("jiucuo") && (url.containsBytes("/exposure/jiucuo.html") || url.containsBytes("site_code="))))
    }

    @Test("an inline style is judged once per distinct value and remembered by its bytes")
    func styleMemo() {
        let walker = Self.walker("""
            <p style="display:none">a</p><p style="color:red">b</p><p style="display:none">c</p><p style="">d</p>
            <p style="DISPLAY:NONE">e</p><p style="">f</p><p style="color:red">g</p><p>h</p>
            """)
        var memo = PageWalker.StyleMemo()
        var judged = 0
        for node in walker.nodes where !node.isText {
            let attributes = walker.attributes(of: node)
            guard let style = attributes.style else { continue }
            let (known, hash) = memo.known(attributes.spans.style, in: attributes.bytes)
            if let known {
                #expect(known == HiddenStyle.hides(style))
            } else {
                judged += 1
                memo.remember(attributes.spans.style, hash: hash, hides: HiddenStyle.hides(style))
            }
        }
        // display:none, color:red, "", DISPLAY:NONE: four distinct values of seven.
        #expect(judged == 4)
        let page = PageAnalyzer().analyze(PageInput(
            url: "https://www.a.gov.cn/",
            html: "<div style=\"display:none\"><a href=\"http://x.com/\">博彩</a></div><div style=\"display:none\"><a href=\"/b.html\">b</a></div><a href=\"/c.html\">c</a>",
            asOf: Self.asOf))
        #expect(page.links.map(\.hidden) == [true, true, false])
    }

    @Test("an element with no attribute read walks as the same element with one it does not change")
    func bareElements() {
        // Every tag the walker tells apart, bare; `name` is read (for meta) but changes nothing elsewhere.
        let page = """
            <html><head><title> 上饶  市 </title><style>.x{display:none}</style><script>var a = "<a href=/s.html>s</a>";</script>
            </head><body><nav><ul><li><a href="/col/a/index.html">政务公开</a></li><li><a href="/col/b/">b</a></li></ul></nav>
            <div><h3>工作动态</h3><a href="/col/gzdt/index.html">更多</a><ul><li><a href="/col/gzdt/1.html">全市重点工作推进会议召开</a><span>[12-01]</span></li>
            <li><span>2023-12-02</span><a href="/col/gzdt/2.html">第二条新闻标题内容</a></li><li>没有链接</li></ul></div>
            <article><p>正文 <a href="/x.pdf">附件</a></p><table><tr><td><a href="/t/1.html">表格里的文章标题</a></td><td>2023-11-30</td></tr></table>
            <dl><dd><a href="/d/1.html">定义列表里的标题</a> 2023年11月29日</dd></dl></article><noscript>无脚本</noscript>
            <a href="/img.html"><img alt="图片链接"></a><iframe src="/f.html"></iframe><textarea>t</textarea><template><a href="/tp.html">tp</a></template>
            <p>2023-12-07 08:00</p><span>当前位置：首页 > 新闻</span><div>div</div><footer><p>版权所有 <a href="/about.html">关于我们</a></p></footer>
            </body></html>
            """
        var bare = Self.walker(page)
        bare.walk()
        let tagged = page.replacingOccurrences(of: #"<([a-z0-9]+)>"#, with: "<$1 name=\"z\">", options: .regularExpression)
        #expect(tagged != page)
        var named = Self.walker(tagged)
        named.walk()
        #expect(bare.links.map(\.url) == named.links.map(\.url))
        #expect(bare.links.map(\.text) == named.links.map(\.text))
        #expect(bare.links.map(\.placement) == named.links.map(\.placement))
        #expect(bare.links.map(\.kind) == named.links.map(\.kind))
        #expect(bare.items.map(\.url) == named.items.map(\.url))
        #expect(bare.items.map(\.date) == named.items.map(\.date))
        #expect(bare.itemLists.count == named.itemLists.count)
        #expect(bare.text == named.text)
        #expect(bare.title == named.title)
        #expect(bare.title == "上饶 市")
        #expect(bare.scripts == named.scripts)
        #expect(bare.navigation.map(\.url) == named.navigation.map(\.url))
        #expect(bare.headed.map(\.name) == named.headed.map(\.name))
        #expect(bare.dateLines == named.dateLines)
        #expect(bare.breadcrumb == named.breadcrumb)
        #expect(!bare.items.isEmpty && !bare.navigation.isEmpty && !bare.breadcrumb.isEmpty)
    }

    /// The byte-by-byte reading ``URLResolver/isPlainPath(_:)`` replaced.
    private static func isPlainPathByteByByte(_ bytes: [UInt8]) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            guard byte > 0x20, byte < 0x7F, byte != 0x5C, byte != 0x22, byte != 0x3C, byte != 0x3E, byte != 0x23 else { return false }
            if previous == UInt8(ascii: "/"), byte == UInt8(ascii: ".") { return false }
            previous = byte
        }
        return true
    }

    @Test("a path read eight bytes at a time is plain exactly when read byte by byte")
    func plainPathsByWords() {
        let common = Array("/col/a_1.html?x=1&y=2".utf8)
        let rare: [UInt8] = [0x00, 0x09, 0x20, 0x21, 0x22, 0x23, 0x2E, 0x2F, 0x3C, 0x3E, 0x5C, 0x7E, 0x7F, 0x80, 0xC2, 0xE4, 0xFF, 0x60, 0x40]
        var random = SplitMix64(seed: 8_0808)
        for _ in 0..<20_000 {
            let length = Int(random.next() % 40)
            let bytes = (0..<length).map { _ in
                random.next() % 6 == 0 ? rare[Int(random.next() % UInt64(rare.count))] : common[Int(random.next() % UInt64(common.count))]
            }
            let plain = bytes.withUnsafeBufferPointer { URLResolver.isPlainPath($0) }
            #expect(plain == Self.isPlainPathByteByByte(bytes), "\(bytes)")
        }
        for value in 0...255 {
            for position in 0..<16 {
                var bytes = Array("/abcdefghijklmno".utf8)
                bytes[position] = UInt8(value)
                #expect(bytes.withUnsafeBufferPointer { URLResolver.isPlainPath($0) } == Self.isPlainPathByteByByte(bytes), "\(bytes)")
            }
        }
    }

    @Test("a query names an attachment read in place as when split at &", arguments: [
        "a=1&b=c.pdf", "a=c.pdf", "&&a=b.doc&", "a=b.docx=c", "a==b.pdf", "a.pdf", "a=b.pdf&", "=x.zip", "x=a/b.zip",
        "x=a.zip/", "x=.zip", "x=a.html&y=b.rar", "x=a&y=b", "", "&", "x=a.pdf#f", "f=A.PDF", "f=a.toolong",
    ])
    func queryAttachments(query: String) {
        let url = Array(("https://a.gov.cn/get.jsp?" + query).utf8)
        let question = url.firstIndex(of: UInt8(ascii: "?"))!
        let found = url.withUnsafeBufferPointer { LinkClassifier.queryNamesAttachment($0, from: question + 1) }
        let parameters = query.split(separator: "&")
        let expected = query.contains(".") && parameters.contains { parameter in
            guard let equals = parameter.firstIndex(of: "=") else { return false }
            var value = Array(parameter[parameter.index(after: equals)...].utf8)
            value.insert(UInt8(ascii: "x"), at: 0)
            return value.withUnsafeBufferPointer { ExtensionKey(ofPathIn: $0, from: 1, to: $0.count) }
                .map { ExtensionKey.attachments.contains($0) } ?? false
        }
        #expect(found == expected)
    }
}
