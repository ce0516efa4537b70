import GovSweepProtocol
import PageAnalysis
import Testing
@testable import Worker

@Suite("Crawl frontier")
struct CrawlFrontierTests {
    let site = Site(id: "3611000003", name: "测试", url: "http://www.a.gov.cn/")
    let news = ColumnRef(name: "工作动态", url: "http://www.a.gov.cn/col/gzdt/index.html", category: .news)

    func frontier(maxPages: Int = 100, maxDepth: Int = 3, perColumn: Int = 3) -> CrawlFrontier {
        CrawlFrontier(site: site, settings: SweepSettings(
            asOf: CivilDate(year: 2024, month: 1, day: 15)!, maxPagesPerSite: maxPages, maxDepth: maxDepth,
            maxPagesPerColumn: perColumn))!
    }

    @Test("a resumed crawl counts the pages done before towards the trap guard")
    func resumedCrawlStopsTheSameTrap() {
        let calendar = (1...25).map { "http://www.a.gov.cn/calendar/index.html?month=2023-\($0)" }
        var uninterrupted = frontier(maxDepth: 30)
        var resumed = frontier(maxDepth: 30)
        resumed.markDone(Array(calendar.prefix(24)))
        for (index, url) in calendar.enumerated() {
            let queued = uninterrupted.enqueue(FrontierEntry(url: url, role: .other, depth: 1 + index))
            #expect(queued == (index < 24), "\(url)")
        }
        let queuedAfterResume = resumed.enqueue(FrontierEntry(url: calendar[24], role: .other, depth: 25))
        #expect(!queuedAfterResume)
        #expect(uninterrupted.cap?.reason == .trap)
        #expect(resumed.cap == uninterrupted.cap)
    }

    @Test("columns come before articles, articles before other pages")
    func order() {
        var f = frontier()
        f.enqueue(FrontierEntry(url: "http://www.a.gov.cn/about.html", role: .other, depth: 1))
        f.enqueue(FrontierEntry(url: "http://www.a.gov.cn/art/1.html", role: .article, depth: 1))
        f.enqueue(FrontierEntry(url: news.url, role: .column, depth: 1, column: news))
        let roles = (0..<3).map { _ in f.next()?.role }
        #expect(roles == [.column, .article, .other])
        #expect(f.next() == nil)
    }

    @Test("discovery keeps to the site and queues each URL once")
    func discovery() {
        var f = frontier()
        let homepage = FrontierEntry(url: site.url, role: .homepage, depth: 0)
        let observation = PageObservation(
            kind: .homepage, items: [DatedItem(url: "/art/1.html", title: "一", date: nil)],
            columns: [ColumnRef(name: "工作动态", url: "/col/gzdt/index.html", category: .news)],
            links: [
                ExtractedLink(url: "http://www.a.gov.cn/art/1.html", text: "一", placement: .list, hidden: false, kind: .page),
                ExtractedLink(url: "http://www.other.cn/", text: "外链", placement: .footer, hidden: false, kind: .page),
                ExtractedLink(url: "http://www.a.gov.cn/hidden.html", text: "", placement: .other, hidden: true, kind: .page),
            ])
        let found = f.discover(from: observation, at: homepage, finalURL: site.url)
        #expect(found.map(\.url) == ["http://www.a.gov.cn/col/gzdt/index.html", "http://www.a.gov.cn/art/1.html"])
        #expect(found.first?.column?.url == news.url)
    }

    @Test("pagination is capped per column and depth and page caps are remembered")
    func caps() {
        var f = frontier(maxPages: 2, maxDepth: 1, perColumn: 2)
        let column = FrontierEntry(url: news.url, role: .column, depth: 1, column: news)
        let observation = PageObservation(kind: .columnList, pagination: [
            "http://www.a.gov.cn/col/gzdt/index_1.html", "http://www.a.gov.cn/col/gzdt/index_2.html",
        ])
        let found = f.discover(from: observation, at: column, finalURL: news.url)
        #expect(found.map(\.url) == ["http://www.a.gov.cn/col/gzdt/index_1.html"])
        let queuedTooDeep = f.enqueue(FrontierEntry(url: "http://www.a.gov.cn/deep.html", role: .other, depth: 2))
        #expect(!queuedTooDeep)
        #expect(f.cap?.reason == .depth)
        var g = frontier(maxPages: 1)
        g.enqueue(FrontierEntry(url: "http://www.a.gov.cn/1.html", role: .other, depth: 1))
        g.enqueue(FrontierEntry(url: "http://www.a.gov.cn/2.html", role: .other, depth: 1))
        let first = g.next()
        let second = g.next()
        #expect(first != nil)
        #expect(second == nil)
        #expect(g.cap?.reason == .pages)
    }

    @Test("pages done in an earlier lease are not queued again")
    func done() {
        var f = frontier()
        f.markDone(["http://www.a.gov.cn/art/1.html"])
        let queued = f.enqueue(FrontierEntry(url: "http://www.a.gov.cn/art/1.html", role: .article, depth: 1))
        #expect(!queued)
    }

    @Test("queued pages are fetched by this lease; pages an earlier lease fetched are not")
    func fetchesItself() {
        var f = frontier()
        f.markDone(["http://www.a.gov.cn/", "http://www.a.gov.cn/art/1.html"])
        f.enqueue(FrontierEntry(url: "http://www.a.gov.cn/art/2.html", role: .article, depth: 1))
        #expect(f.fetchesItself("http://www.a.gov.cn/art/2.html"))
        #expect(!f.fetchesItself("http://www.a.gov.cn/art/1.html"))
        #expect(!f.fetchesItself("http://www.a.gov.cn/"))
        #expect(!f.fetchesItself("http://www.a.gov.cn/art/3.html"), "a page never queued")
        #expect(f.hasSeen("http://www.a.gov.cn/art/1.html"), "done pages are still never queued again")
        f.markBarred("http://www.a.gov.cn/art/2.html")
        #expect(!f.fetchesItself("http://www.a.gov.cn/art/2.html"), "robots.txt bars it from the crawl")
    }
}

@Suite("Crawl frontier: documents are never crawled")
struct CrawlFrontierDocumentTests {
    let site = Site(id: "3611000003", name: "测试", url: "http://www.a.gov.cn/")

    @Test("list items and links that point at documents are checked, not queued as pages")
    func documentsAreNotQueued() {
        var frontier = CrawlFrontier(site: site, settings: SweepSettings(asOf: CivilDate(year: 2026, month: 11, day: 20)!))!
        let list = "http://www.a.gov.cn/col/zcwj/index.html"
        let date = CivilDate(year: 2026, month: 8, day: 28)
        var observation = PageObservation(kind: .columnList)
        observation.items = [
            DatedItem(url: "http://www.a.gov.cn/col/zcwj/202608/P020260828123.xlsx", title: "2026年项目资金分配表", date: date),
            DatedItem(url: "http://www.a.gov.cn/module/download/downfile.jsp?classid=0&filename=2603.xls", title: "申报汇总表下载", date: date),
            DatedItem(url: "http://www.a.gov.cn/attach/get?id=9", title: "附件：实施方案全文", date: date),
            DatedItem(url: "http://www.a.gov.cn/col/zcwj/202608/t20260828_1.html", title: "关于印发实施方案的通知", date: date),
        ]
        observation.links = [
            ExtractedLink(url: "http://www.a.gov.cn/attach/get?id=9", text: "附件：实施方案全文", placement: .list, hidden: false, kind: .attachment),
            ExtractedLink(url: "http://www.a.gov.cn/big.pdf", text: "全文", placement: .body, hidden: false, kind: .page),
        ]
        let found = frontier.discover(from: observation, at: FrontierEntry(url: list, role: .column, depth: 1), finalURL: list)
        #expect(found.map(\.url) == ["http://www.a.gov.cn/col/zcwj/202608/t20260828_1.html"])
    }
}

