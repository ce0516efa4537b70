@testable import Fetching
import Testing
import TestSupport

/// The soft-404 scan stops gathering visible text past the short-page limit: what it reads must
/// be what the whole scan reads (title, headings, short or not, and all the text of a short page).
@Suite("Soft-404 text scan with a text limit")
struct PageTextLimitTests {
    static let limit = SoftNotFoundDetector.shortPageLimit

    static let pages: [String] = {
        let long = String(repeating: "县政府办公室关于印发通知的说明 ", count: 60)
        var pages = [
            "<title>页面不存在</title><p>对不起</p>",
            "<title>首页</title><p>\(long)</p><h1>标题一</h1><h2>标题二</h2><title>后来的标题</title>",
            "<p>\(long)</p><title>晚到的标题</title><h3>页面不存在</h3>",
            "<p>\(long)</p>" + (1...8).map { "<h2>第\($0)个标题</h2>" }.joined(),
            "<title></title><p>\(long)</p><title>第二个标题</title>",
            "<p>" + String(repeating: "政", count: limit) + "</p>",
            "<p>" + String(repeating: "政", count: limit + 1) + "</p>",
            "<p>" + String(repeating: "政 ", count: limit / 2) + "</p>   <b> </b>",
            // Characters of several scalars: a combining mark, flags, an emoji sequence.
            "<p>" + String(repeating: "e\u{301}", count: limit - 1) + "</p><h1>x</h1>",
            "<p>" + String(repeating: "🇨🇳", count: limit + 3) + "</p>",
            "<p>" + String(repeating: "👨‍👩‍👧", count: limit) + "</p><title>t</title>",
            "<script>" + long + "</script><p>短</p><h1>页面不存在</h1>",
            // A prepended mark joins the letter after it: one character, one letter counted.
            "<p>" + String(repeating: "\u{0600}a", count: limit) + "</p>",
            "<p>" + String(repeating: "\u{0600}a", count: limit + 1) + "</p>",
            "<h1>" + String(repeating: "标题\r\n", count: limit / 2) + "</h1>",
        ]
        pages.append(String(decoding: Fixtures.bytes("fetch/article.html"), as: UTF8.self))
        pages.append(String(decoding: Fixtures.bytes("fetch/short-homepage-yearless.html"), as: UTF8.self))
        pages.append(String(decoding: Fixtures.bytes("fetch/utf8-meta.html"), as: UTF8.self))
        return pages
    }()

    @Test("the limited scan finds what the whole scan finds", arguments: pages.indices)
    func sameAsTheWholeScan(index: Int) {
        let html = Self.pages[index]
        let whole = PageText(html: html)
        let limited = PageText(html: html, textLimit: Self.limit)
        #expect(limited.title == whole.title)
        #expect(limited.headings == whole.headings)
        #expect(limited.isShort(limit: Self.limit) == whole.isShort(limit: Self.limit))
        if whole.isShort(limit: Self.limit) {
            #expect(limited.visibleText == whole.visibleText)
        } else {
            #expect(whole.visibleText.hasPrefix(limited.visibleText))
        }
    }

    @Test("a long page's text is gathered only to a little past the limit")
    func stopsGatheringText() {
        let html = "<p>" + String(repeating: "政务公开 ", count: 5_000) + "</p><h1>页面不存在</h1>"
        let limited = PageText(html: html, textLimit: Self.limit)
        #expect(limited.visibleText.count > Self.limit)
        #expect(limited.visibleText.count < 8 * Self.limit)
        #expect(limited.headings == ["页面不存在"])
        #expect(SoftNotFoundDetector.reason(html: html) == "soft 404: heading says “页面不存在”")
    }

    @Test("tag names as the scan reads them: case, digits, the first eight characters")
    func tagNames() {
        func tag(_ text: String) -> PageText.Tag {
            Array(text.utf8).withUnsafeBufferPointer { PageText.Tag($0, nameAt: 0) }
        }
        #expect(tag("script>") == .script)
        #expect(tag("SCRIPT type=x>") == .script)
        #expect(tag("style>") == .style)
        #expect(tag("noscript>") == .noscript)
        #expect(tag("noscriptx>") == .noscript)
        #expect(tag("scriptx>") == .other)
        #expect(tag("Title>") == .title)
        #expect(tag("h1>") == .h1 && tag("H2 class=a>") == .h2 && tag("h3>") == .h3)
        #expect(tag("h4>") == .other && tag("h>") == .other && tag("h12>") == .other)
        #expect(tag("!-- x -->") == .comment)
        #expect(tag("title标题>") == .other)
        #expect(tag("title。>") == .title)
        #expect(tag("/title>") == .other)
        #expect(tag("") == .other)
    }
}
