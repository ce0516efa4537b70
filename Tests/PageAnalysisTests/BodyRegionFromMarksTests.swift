import GovSweepProtocol
import Testing
@testable import PageAnalysis

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
