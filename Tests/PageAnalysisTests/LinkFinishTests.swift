import Foundation
import GovSweepProtocol
import Testing
@testable import PageAnalysis

/// The per-link shortcuts of the ninth pass (issue 20) must answer exactly as the string-level
/// code they stand in for: list-item dates, collapsed words, cut titles, inline styles remembered
/// by their bytes, elements with no attribute read (the URL shortcuts: LinkURLBytesTests).
@Suite("Link finishing on bytes")
struct LinkFinishTests {
    static let asOf = CivilDate(year: 2024, month: 1, day: 8)!

    static func walker(_ html: String = "<p>x</p>", url: String = "https://www.a.gov.cn/col/index.html") -> PageWalker {
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
}
