import GovSweepProtocol
import Testing
@testable import PageAnalysis

@Suite("URLs, link kinds and column names")
struct ResolverAndClassifierTests {
    let base = URLResolver(base: "HTTP://WWW.Example.GOV.CN:80/col/gzdt/index.html?x=1#top")!

    @Test("references resolve against the page", arguments: [
        ("./202312/t1.html", "http://www.example.gov.cn/col/gzdt/202312/t1.html"),
        ("../../art/a.html", "http://www.example.gov.cn/art/a.html"),
        ("/a/b/../c.html#frag", "http://www.example.gov.cn/a/c.html"),
        ("//cdn.example.com/x.js", "http://cdn.example.com/x.js"),
        ("https://Other.ORG/", "https://other.org/"),
        ("?page=2", "http://www.example.gov.cn/col/gzdt/index.html?page=2"),
        ("  a b.html\n", "http://www.example.gov.cn/col/gzdt/a%20b.html"),
        ("\\col\\x.html", "http://www.example.gov.cn/col/x.html"),
        ("附件.pdf", "http://www.example.gov.cn/col/gzdt/%E9%99%84%E4%BB%B6.pdf"),
    ])
    func resolves(reference: String, expected: String) {
        #expect(base.resolve(reference) == expected)
    }

    @Test("non-http references resolve to nothing", arguments: ["javascript:void(0)", "mailto:a@b.cn", "#top", "", "tel:123", "data:x"])
    func ignored(reference: String) {
        #expect(base.resolve(reference) == nil)
    }

    @Test("<base href> changes where links point")
    func baseElement() {
        let page = Fixtures.analyze(html: "<head><base href=\"https://cdn.example.gov.cn/site/\"></head><a href=\"a.html\">a</a>")
        #expect(page.links.first?.url == "https://cdn.example.gov.cn/site/a.html")
    }

    @Test("attachment, image and page kinds", arguments: [
        ("https://a.gov.cn/P0202312.PDF", "", LinkKind.attachment),
        ("https://a.gov.cn/module/download/downfile.jsp?classid=0&filename=a.docx", "", .attachment),
        ("https://a.gov.cn/f.ofd", "", .attachment), ("https://a.gov.cn/f.wps", "", .attachment),
        ("https://a.gov.cn/get?id=3", "附件1", .attachment), ("https://a.gov.cn/xzzx/", "下载中心", .page),
        ("https://a.gov.cn/photo.JPG", "", .image), ("https://a.gov.cn/a.html", "新闻", .page),
    ])
    func kinds(url: String, text: String, kind: LinkKind) {
        #expect(LinkClassifier.kind(ofAnchor: url, text: text) == kind)
    }

    @Test("column names and categories", arguments: [
        ("工作动态", ColumnCategory?.some(.news)), ("政务要闻", .news), ("乡镇动态", .news), ("图片新闻", .news),
        ("通知公告", .notice), ("公示公告", .notice), ("政策文件", .policy), ("规范性文件", .policy),
        ("政策解读", .interpretation), ("规划计划", .plan), ("发展规划", .plan), ("人事信息", .personnel),
        ("人事任免", .personnel), ("机构概况", .other), ("首页", nil), ("更多", nil),
        ("关于做好2024年元旦春节期间有关工作的通知", nil), ("市政府召开会议，部署工作", nil), ("", nil),
    ])
    func categories(name: String, category: ColumnCategory?) {
        #expect(ColumnClassifier.category(forName: name) == category)
    }

    @Test("a column's first page")
    func firstPage() {
        #expect(PageAnalyzer.firstPage(of: "https://a.gov.cn/col/gzdt/index_3.html") == "https://a.gov.cn/col/gzdt/index.html")
        #expect(PageAnalyzer.firstPage(of: "https://a.gov.cn/col/col1/index.html?uid=5&pageNum=2") == "https://a.gov.cn/col/col1/index.html")
        #expect(PageAnalyzer.firstPage(of: "https://a.gov.cn/list.aspx?id=12&page=3") == "https://a.gov.cn/list.aspx?id=12")
    }
}
