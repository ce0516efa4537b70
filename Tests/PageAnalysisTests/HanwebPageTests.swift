import GovSweepProtocol
import Testing
@testable import PageAnalysis

@Suite("Hanweb pages")
struct HanwebPageTests {
    let column = Fixtures.analyze("hanweb-column.html", url: "https://www.gfx.gov.cn/col/col1234/index.html")
    let article = Fixtures.analyze("hanweb-article.html", url: "https://www.gfx.gov.cn/art/2023/12/13/art_1234_56789.html")

    @Test("datastore records are the column's items")
    func datastoreItems() {
        #expect(column.kind == .columnList)
        #expect(column.items.map(\.date) == [
            Fixtures.date("2023-12-13"), Fixtures.date("2023-12-08"), Fixtures.date("2023-11-30"), Fixtures.date("2023-11-02"),
        ])
        #expect(column.items[0].title == "关于2024年元旦放假安排的通知")
        #expect(column.items[0].url == "https://www.gfx.gov.cn/art/2023/12/13/art_1234_56789.html")
        #expect(column.links.filter { $0.placement == .list }.count == 4)
    }

    @Test("totalRecord/perPage give ?uid=…&pageNum=N pages; nextgroup markup is not a link")
    func datastorePagination() {
        #expect(column.pagination == [
            "https://www.gfx.gov.cn/col/col1234/index.html?uid=5678&pageNum=2",
            "https://www.gfx.gov.cn/col/col1234/index.html?uid=5678&pageNum=3",
            "https://www.gfx.gov.cn/col/col1234/index.html?uid=5678&pageNum=4",
        ])
        #expect(!column.links.contains { $0.url.contains("dataproxy") })
    }

    @Test("the column and its breadcrumb")
    func columnIdentity() {
        #expect(column.breadcrumb == ["首页", "通知公告"])
        #expect(column.columns.first?.category == .notice)
        #expect(column.columns.first?.url == "https://www.gfx.gov.cn/col/col1234/index.html")
    }

    @Test("the article: date from a table label, downfile.jsp attachments")
    func articlePage() {
        #expect(article.kind == .article)
        #expect(article.published == Fixtures.date("2023-12-13"))
        let kinds = Dictionary(article.links.map { ($0.text, $0.kind) }, uniquingKeysWith: { first, _ in first })
        #expect(kinds["放假安排表"] == .attachment)
        #expect(kinds["值班表"] == .attachment)
        #expect(kinds["附件2：联系人名单"] == .attachment)
        #expect(kinds["下载中心"] == .page)
        #expect(article.links.contains {
            $0.url == "https://www.gfx.gov.cn/module/download/downfile.jsp?classid=0&filename=2312131045678.docx"
        })
    }
}
