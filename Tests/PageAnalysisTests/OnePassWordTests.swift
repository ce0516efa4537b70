import GovSweepProtocol
import Testing
@testable import PageAnalysis

/// Words found in one pass over bytes (column keywords, id/class words, stated sources, pager
/// calls, policy-link words) must give what searching word by word gave.
@Suite("Words found in one pass")
struct OnePassWordTests {
    @Test("a column name holding keywords of two categories takes the category listed first", arguments: [
        ("人事政策解读", ColumnCategory.interpretation),  // 人事 (personnel) and 解读: interpretation first
        ("政策文件通知", .notice),  // 文件 (policy) and 通知: notice comes before policy
        ("规划计划动态", .plan),
        ("乡镇动态", .news),
        ("便民服务", .other),
    ])
    func keywordOrder(name: String, category: ColumnCategory) {
        #expect(ColumnClassifier.category(forName: name) == category)
    }

    @Test("footer and side-box words are whole words of the id and class, split where they were")
    func wholeWords() {
        #expect(LinkClassifier.region(id: nil, class: "box bottom") == .footer)
        #expect(LinkClassifier.region(id: "bq", class: nil) == .footer)
        #expect(LinkClassifier.region(id: nil, class: "bottomline") == nil)
        #expect(LinkClassifier.region(id: nil, class: "main\nbottom") == nil, "region words are not split at a newline")
        #expect(LinkClassifier.isAside(id: nil, class: "main\nside"), "side-box words are")
        #expect(LinkClassifier.isAside(id: "a__side__", class: nil))
        #expect(!LinkClassifier.isAside(id: "", class: "  "))
    }

    @Test("a stated source stops at the first byline word and at a space")
    func statedSource() {
        #expect(ArticleBodyReader.cleanSource("  新华社 作者：张三") == "新华社")
        #expect(ArticleBodyReader.cleanSource("人民网发布时间：2024-01-06") == "人民网")
        #expect(ArticleBodyReader.cleanSource("市政府办公室【字体：大 中 小】") == "市政府办公室")
        #expect(ArticleBodyReader.cleanSource("\u{3000}\u{3000}") == nil)
    }

    @Test("pager calls are read after a function of the same name, and after non-ASCII text")
    func pagerCalls() {
        let page = URLResolver(base: "https://www.example.gov.cn/col/a/index.html")!
        let script = "function createPageHTML(_n, _c, _p, _e) {}\n// 分页：createPageHTML(3, 0, \"index\", \"html\");"
        #expect(Pagination.createPageHTMLPages(in: script, page: page, limit: 10) == [
            "https://www.example.gov.cn/col/a/index_1.html", "https://www.example.gov.cn/col/a/index_2.html",
        ])
        #expect(Pagination.createPageHTMLPages(in: "分页createPageHTML(2, 1, \"list\", \"htm\")", page: page, limit: 10) == [
            "https://www.example.gov.cn/col/a/list.htm",
        ])
    }

    @Test("a link without any policy word's first character is passed over; one with it is read")
    func policyLinks() {
        #expect(!PolicyLinkReader.mayBePolicyLink("全市重点工作推进会议召开"))
        #expect(PolicyLinkReader.mayBePolicyLink("一图读懂"))
        #expect(PolicyLinkReader.mayBePolicyLink("原 文"))
        let link = ExtractedLink(url: "https://www.example.gov.cn/art/1.html", text: "《条例》政策 解读", placement: .body, hidden: false, kind: .page)
        #expect(PolicyLinkReader.links([link])?.interpretations == ["https://www.example.gov.cn/art/1.html"])
    }
}
