@testable import Fetching
import GovSweepProtocol
import Testing
import TestSupport

@Suite("Soft-404 detection on bytes")
struct SoftNotFoundBytesTests {
    @Test(arguments: [
        ("<TITLE>PAGE NOT FOUND</TITLE>" + filler, "soft 404: title says “page not found”"),
        ("<title>x</title><H2 class=e>Not Found</H2>" + filler, "soft 404: heading says “not found”"),
        ("<title>Error 404</title>" + filler, "soft 404: title says “404”"),
        ("<title>错误404</title>" + filler, "soft 404: title says “错误404”"),
        ("<title>x</title><p>对不起，出错了</p>", "soft 404: a short page says “出错了”"),
        ("<title>x</title><p>ERROR 404</p>", "soft 404: a short page says “404”"),
    ])
    func findsPhrasesWithoutCaseInTitlesHeadingsAndShortPages(html: String, reason: String) {
        #expect(SoftNotFoundDetector.reason(html: html) == reason)
    }

    @Test(arguments: [
        "<title>x</title><!-- 页面不存在 --><script>if (a) show('页面不存在')</script><style>.not-found{}</style>",
        "<title>x</title><noscript>页面不存在</noscript><p>正文</p>",
        "<title>第404号令</title><h1>全区新增404人</h1>" + filler,
        "<title>X</title><h4>页面不存在</h4>" + filler,
    ])
    func ignoresCommentsScriptsNumbersAndLowerHeadings(html: String) {
        #expect(SoftNotFoundDetector.reason(html: html) == nil)
    }

    @Test func aGBKPageDecodedToTextIsRead() {
        let bytes = Fixtures.bytes("fetch/gbk-soft404-body.html")
        let (text, detection) = CharsetDetector.decode(bytes, contentType: "text/html")
        #expect(detection.encoding == "GB18030")
        // The phrase in the comment and the script is not visible text; the one in the div is.
        #expect(SoftNotFoundDetector.reason(html: text) == "soft 404: a short page says “信息已删除”")
    }

    @Test func aPageIsShortByCharactersNotBytes() {
        // The message is a sentence of its own (it must dominate where it stands).
        let chinese = String(repeating: "政", count: SoftNotFoundDetector.shortPageLimit - 4)
        #expect(SoftNotFoundDetector.reason(html: "<p>\(chinese)。不存在</p>") != nil)
        #expect(SoftNotFoundDetector.reason(html: "<p>\(chinese)政。不存在</p>") == nil)
        #expect(PageText(html: "<p>\(chinese)。不存在</p>").isShort(limit: SoftNotFoundDetector.shortPageLimit))
    }

    @Test func visibleTextCollapsesUnicodeSpaceAndKeepsHeadings() {
        let page = PageText(html: "<TITLE>\r\n 通知\u{3000}</TITLE>\n<body>\u{3000}甲\u{00A0}\u{00A0}乙\t<H1>  标题 </H1>丙<br>丁</body>")
        #expect(page.title == "通知")
        #expect(page.headings == ["标题"])
        // A heading is set off by spaces of its own, next to the collapsed white space before it.
        #expect(page.visibleText == "甲 乙  标题 丙 丁")
        #expect(page.visibleLength == 11)
    }

    @Test func unclosedTagsAndCommentsEndTheText() {
        #expect(PageText(html: "前<title>标题").title == "标题")
        #expect(PageText(html: "前<!-- 注释").visibleText == "前")
        #expect(PageText(html: "前<b").visibleText == "前")
        #expect(PageText(html: "<scriptx>可见</scriptx>").visibleText == "可见")
        #expect(PageText(html: "<noscriptx>隐藏</noscript>后").visibleText == "后")
    }

}

/// Enough visible text that a page is not short.
private let filler = "<body><p>" + String(repeating: "各单位要认真做好政务公开工作。", count: 40) + "</p></body>"
