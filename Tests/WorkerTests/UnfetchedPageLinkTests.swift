import GovSweepProtocol
import Testing
import TestSupport
@testable import Worker

/// Links to pages the crawl does not fetch itself, though they are in its scope: pages an earlier
/// lease fetched (a resumed site) and pages robots.txt bars. Each link still gets a verdict, so no
/// reference stays pending once the site is done and no broken link is lost.
@Suite("Links to pages the crawl does not fetch")
struct UnfetchedPageLinkTests {
    static let settings = SweepSettings(
        asOf: CivilDate(year: 2024, month: 1, day: 8)!, allowPrivate: true, obeyRobots: false,
        perHostGapMilliseconds: 5, retries: 0, homepageProbes: 1)

    @Test("links found after a resume to pages an earlier lease fetched are checked, not left waiting")
    func linksToEarlierPagesGetVerdicts() async throws {
        let server = try await TestHTTPServer.start()
        let home = server.url("/"), list = server.url("/list.html"), gone = server.url("/gone.html")
        server.route("/") { _ in .html(#"<html><body><a href="/list.html">列表</a></body></html>"#) }
        server.route("/list.html") { _ in
            .html(#"""
                <html><head><title>工作动态</title></head><body>
                <a href="/">首页</a> <a href="/gone.html">旧通知</a> <a href="/new.html">新通知</a>
                </body></html>
                """#)
        }
        server.route("/new.html") { _ in .html("<html><head><title>新通知</title></head><body>内容</body></html>") }
        // "/gone.html" answers 404: the earlier lease fetched it before any page was seen linking to it.
        let assignment = Assignment(
            leaseID: "lease-2", site: Site(id: "3601000001", name: "测试", url: home), settings: Self.settings,
            done: [home, gone], frontier: [FrontierEntry(url: list, role: .other, depth: 1)])
        let reported = try await CrawlRecord.crawl(assignment, server: server)

        #expect(reported.fetched.sorted() == [list, server.url("/new.html")].sorted(), "pages done before are not fetched again")
        let broken = try #require(reported.outcomes[gone], "the 404 page fetched by the earlier lease is reported as a broken link")
        #expect(broken.verdict == .broken)
        #expect(broken.foundOn == [list])
        #expect(reported.unsettled.isEmpty, "references left pending: \(reported.unsettled.sorted())")
    }

    @Test("a page robots.txt bars is not crawled, and the links to it are checked")
    func linksToBarredPagesGetVerdicts() async throws {
        let server = try await TestHTTPServer.start()
        let home = server.url("/"), barred = server.url("/private/old.html")
        server.route("/robots.txt") { _ in .bytes(Array("User-agent: *\nDisallow: /private/\n".utf8), contentType: "text/plain") }
        server.route("/") { _ in
            .html(#"<html><body><a href="/private/old.html">内部</a> <a href="/list.html">列表</a></body></html>"#)
        }
        server.route("/list.html") { _ in
            .html(#"<html><head><title>列表</title></head><body><a href="/private/old.html">内部</a></body></html>"#)
        }
        // "/private/old.html" answers 404.
        var settings = Self.settings
        settings.obeyRobots = true
        let assignment = Assignment(leaseID: "lease-1", site: Site(id: "3601000002", name: "测试", url: home), settings: settings)
        let reported = try await CrawlRecord.crawl(assignment, server: server)

        #expect(!reported.fetched.contains(barred), "robots.txt bars the page from the crawl")
        let broken = try #require(reported.outcomes[barred], "the link to the barred page is checked")
        #expect(broken.verdict == .broken)
        #expect(Set(broken.foundOn) == [home, server.url("/list.html")])
        #expect(reported.unsettled.isEmpty, "references left pending: \(reported.unsettled.sorted())")
    }
}
