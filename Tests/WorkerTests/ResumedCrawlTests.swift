import GovSweepProtocol
import Testing
import TestSupport
@testable import Worker

/// A lease that resumes a site an earlier lease began: pages done before are not fetched again,
/// yet every link to them found by this lease still gets a verdict, so no reference stays pending
/// once the site is done and no broken link is lost.
@Suite("Resumed crawl")
struct ResumedCrawlTests {
    @Test("links found after a resume to pages an earlier lease fetched are checked, not left waiting")
    func linksToEarlierPagesGetVerdicts() async throws {
        let server = try await TestHTTPServer.start()
        let home = server.url("/"), list = server.url("/list.html"), gone = server.url("/gone.html")
        let fresh = server.url("/new.html")
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

        let settings = SweepSettings(
            asOf: CivilDate(year: 2024, month: 1, day: 8)!, allowPrivate: true, obeyRobots: false,
            perHostGapMilliseconds: 5, retries: 0, homepageProbes: 1)
        let assignment = Assignment(
            leaseID: "lease-2", site: Site(id: "3601000001", name: "测试", url: home), settings: settings,
            done: [home, gone], frontier: [FrontierEntry(url: list, role: .other, depth: 1)])

        let tools = CrawlTools()
        let outbox = Outbox(workerID: "w")
        let (stream, sink) = AsyncStream<Message>.makeStream()
        await outbox.connected(sink)
        let reporter = LeaseReporter(leaseID: "lease-2", siteID: "3601000001", outbox: outbox, batchPages: 1)
        _ = await SiteCrawler(tools: tools).crawl(assignment, reporter: reporter)
        await reporter.flush()
        await tools.shutdown()
        try await server.shutdown()
        sink.finish()

        var outcomes: [String: LinkOutcome] = [:]
        var referenced: Set<String> = [], resolved: Set<String> = [], fetched: [String] = []
        for await message in stream {
            guard case .batch(let batch) = message else { continue }
            for outcome in batch.links { outcomes[outcome.target] = outcome }
            referenced.formUnion(batch.references.map(\.target))
            resolved.formUnion(batch.resolved)
            fetched += batch.pages.map(\.url)
        }
        #expect(fetched.sorted() == [list, fresh].sorted(), "pages done before are not fetched again")
        let broken = try #require(outcomes[gone], "the 404 page fetched by the earlier lease is reported as a broken link")
        #expect(broken.verdict == .broken)
        #expect(broken.foundOn == [list])
        let unsettled = referenced.subtracting(resolved).subtracting(outcomes.keys)
        #expect(unsettled.isEmpty, "references left pending: \(unsettled.sorted())")
    }
}
