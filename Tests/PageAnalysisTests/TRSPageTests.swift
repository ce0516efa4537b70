import GovSweepProtocol
import Testing
@testable import PageAnalysis

@Suite("TRS WCM pages")
struct TRSPageTests {
    let home = Fixtures.analyze("trs-home.html", url: "https://www.zgsr.gov.cn/index.html")
    let column = Fixtures.analyze("trs-column.html", url: "https://www.zgsr.gov.cn/col/gzdt/index.html")
    let article = Fixtures.analyze("trs-article.html", url: "https://www.zgsr.gov.cn/col/gzdt/202312/t20231213_4567890.html")

    @Test("the homepage: kind, metas, identity marks")
    func homepage() {
        #expect(home.kind == .homepage)
        #expect(home.title == "上饶市人民政府")
        #expect(home.meta["SiteIDCode"] == "3611000003")
        #expect(home.identity == IdentityMarks(
            siteIDCode: "3611000003", icp: "赣ICP备05004019号-1", psbRecord: "赣公网安备 36110202000123号",
            conacBadge: true, errorReportEntry: true))
    }

    @Test("homepage items carry their yearless dates; the nav dropdown is not a list")
    func homepageItems() {
        let dated = home.items.map { "\($0.title)|\($0.date?.iso ?? "-")" }
        #expect(dated == [
            "市政府召开第45次常务会议|2023-12-18",
            "全市安全生产工作会议召开|2023-12-15",
            "我市开展冬季森林防火专项检查工作|2023-12-13",
            "关于做好元旦春节期间有关工作的通知|2023-12-11",
            "上饶市人民政府关于印发某某办法的通知|2023-11-30",
        ])
    }

    @Test("hidden dropdowns and tabs of the site's own columns are not spam")
    func hiddenNavigationIsClean() {
        #expect(home.hits.isEmpty)
        let hidden = home.links.filter(\.hidden).map(\.text)
        #expect(hidden.contains("人事任免"))
        #expect(hidden.contains("工作动态"))
        #expect(hidden.contains("上饶市人民政府关于印发某某办法的通知"))
    }

    @Test("links: absolute, placed, typed; script text is never a link")
    func homepageLinks() {
        let byText = Dictionary(home.links.map { ($0.text, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(byText["工作动态"]?.url == "https://www.zgsr.gov.cn/col/gzdt/index.html")
        #expect(byText["工作动态"]?.placement == .navigation)
        #expect(byText["市政府召开第45次常务会议"]?.placement == .list)
        #expect(byText["江西省人民政府"]?.placement == .footer)
        #expect(home.links.contains { $0.kind == .iframe && $0.url == "https://www.zgsr.gov.cn/video/player.html" })
        #expect(home.links.contains { $0.kind == .image && $0.url == "https://dcs.conac.cn/image/red.png" })
        #expect(!home.links.contains { $0.url.contains("casino") })
        // An image link takes its text from the image's alt.
        #expect(home.links.contains {
            $0.kind == .page && $0.text == "冬日三清山" && $0.url == "https://www.zgsr.gov.cn/col/tpxw/202312/t20231219_5013333.html"
        })
    }

    @Test("navigation columns get categories")
    func homepageColumns() {
        let columns = Dictionary(home.columns.map { ($0.name, $0.category) }, uniquingKeysWith: { first, _ in first })
        #expect(columns["工作动态"] == .news)
        #expect(columns["通知公告"] == .notice)
        #expect(columns["政策文件"] == .policy)
        #expect(columns["政策解读"] == .interpretation)
        #expect(columns["人事任免"] == .personnel)
        #expect(columns["规划计划"] == .plan)
        #expect(columns["政务公开"] == .other)
        #expect(columns["图片新闻"] == .news)  // a section heading beside its 更多 link
        #expect(columns["首页"] == nil)
    }

    @Test("the column page: items, future dates kept, createPageHTML pagination, breadcrumb")
    func columnPage() {
        #expect(column.kind == .columnList)
        #expect(column.breadcrumb == ["首页", "政务公开", "工作动态"])
        #expect(column.items.count == 5)
        #expect(column.items[3].date == Fixtures.date("2024-01-05"))
        #expect(column.items[4].date == Fixtures.date("2023-11-28"))  // from the URL
        #expect(column.items[0].url == "https://www.zgsr.gov.cn/col/gzdt/202312/t20231218_5012345.html")
        #expect(column.pagination.count == 11)
        #expect(column.pagination.first == "https://www.zgsr.gov.cn/col/gzdt/index_1.html")
        #expect(column.pagination.last == "https://www.zgsr.gov.cn/col/gzdt/index_11.html")
        #expect(column.columns.first == ColumnRef(name: "工作动态", url: "https://www.zgsr.gov.cn/col/gzdt/index.html", category: .news))
    }

    @Test("the article: metas, labelled date, attachment, image")
    func articlePage() {
        #expect(article.kind == .article)
        #expect(article.meta["ArticleTitle"] == "市政府召开第45次常务会议")
        #expect(article.meta["PubDate"] == "2023-12-13 10:46")
        #expect(article.meta["ContentSource"] == "市政府办公室")
        #expect(article.published == Fixtures.date("2023-12-13"))
        #expect(article.breadcrumb == ["首页", "政务公开", "工作动态"])
        let attachment = article.links.first { $0.kind == .attachment }
        #expect(attachment?.url == "https://www.zgsr.gov.cn/col/gzdt/202312/P020231213123456789012.pdf")
        #expect(attachment?.placement == .body)
        #expect(article.links.contains { $0.kind == .image && $0.url.hasSuffix("/202312/W020231213345678901234.jpg") })
        #expect(article.hits.isEmpty)  // 学习近年来 and 习近平 are correct text
    }
}
