import Fetching
import GovSweepProtocol
import Testing
import TestSupport

@Suite("LinkChecker.fetchPage")
struct PageFetchingTests {
    private func withChecker(
        obeyRobots: Bool = true, _ body: (TestHTTPServer, LinkChecker) async throws -> Void
    ) async throws {
        let server = try await TestHTTPServer.start()
        let engine = TestEngines.engine()
        let options = LinkChecker.Options(retry: RetryPolicy(retries: 2, baseDelay: .milliseconds(20)), obeyRobots: obeyRobots)
        try await body(server, LinkChecker(engine: engine, options: options))
        engine.shutdown()
        try await server.shutdown()
    }

    @Test(arguments: [
        ("fetch/gbk-meta.html", "text/html; charset=utf-8", "GB18030", "关于开展2023年度安全生产大检查的通知"),
        ("fetch/gbk-meta.html", "text/html; charset=gb2312", "GB18030", "关于开展2023年度安全生产大检查的通知"),
        ("fetch/gbk-meta.html", "text/html", "GB18030", "上饶市信州区人民政府"),
        ("fetch/utf8-meta.html", "text/html; charset=gbk", "UTF-8", "区政府召开常务会议"),
        ("fetch/gb18030-meta.html", "text/html", "GB18030", "关于𠮷祥同志任职的通知"),
        ("fetch/gbk-no-declaration.html", "text/html", "GB18030", "鄱阳县人民政府"),
    ])
    func decodesChineseCharsets(fixture: String, contentType: String, charset: String, phrase: String) async throws {
        try await withChecker { server, checker in
            server.route("/page", always: .fixture(fixture, contentType: contentType))
            let page = await checker.fetchPage(server.url("/page"), politenessKey: nil)
            #expect(page.status == 200 && page.isSuccess)
            #expect(page.charset == charset)
            #expect(page.text?.contains(phrase) == true)
        }
    }

    @Test func reportsRedirectsTimingsAndRetries() async throws {
        try await withChecker { server, checker in
            server.route("/", always: .redirect(to: "/index.html"))
            server.route("/index.html", sequence: [.status(503), .html("<title>首页</title>")])
            let page = await checker.fetchPage(server.url("/"), politenessKey: "platform-1")
            #expect(page.status == 200)
            #expect(page.finalURL == server.url("/index.html"))
            #expect(page.redirectChain.count == 2)
            #expect(page.attempts == 2)
            #expect(page.mediaType == "text/html")
            #expect(page.totalTime >= page.timeToFirstByte && page.timeToFirstByte > .zero)
        }
    }

    @Test func flagsSoftNotFoundAndLeavesBinaryUndecoded() async throws {
        try await withChecker { server, checker in
            server.route("/x.html", always: .html("<title>404 页面不存在</title>"))
            server.route("/logo.png", always: .bytes([0x89, 0x50, 0x4E, 0x47], contentType: "image/png"))
            let soft = await checker.fetchPage(server.url("/x.html"), politenessKey: nil)
            #expect(soft.status == 200 && !soft.isSuccess && soft.softNotFound != nil)
            let image = await checker.fetchPage(server.url("/logo.png"), politenessKey: nil)
            #expect(image.text == nil && image.charset == nil && image.status == 200)
        }
    }

    @Test func obeysRobotsAndFetchesThemOnce() async throws {
        try await withChecker { server, checker in
            server.route("/robots.txt", always: .bytes(Array("User-agent: *\nDisallow: /admin/\n".utf8), contentType: "text/plain"))
            server.route("/admin/list.html", always: .html("secret"))
            server.route("/col/index.html", always: .html("<title>栏目</title>"))
            let blocked = await checker.fetchPage(server.url("/admin/list.html"), politenessKey: nil)
            #expect(blocked.blockedByRobots && blocked.status == nil && blocked.error == nil)
            let allowed = await checker.fetchPage(server.url("/col/index.html"), politenessKey: nil)
            #expect(!allowed.blockedByRobots && allowed.status == 200)
            #expect(await checker.robotsAllows(server.url("/admin/x"), politenessKey: nil) == false)
            #expect(server.requests(to: "/admin/list.html").isEmpty)
            #expect(server.requests(to: "/robots.txt").count == 1)
        }
    }

    @Test func robotsCanBeSwitchedOffAndBrokenRobotsAllowAll() async throws {
        try await withChecker(obeyRobots: false) { server, checker in
            server.route("/robots.txt", always: .bytes(Array("User-agent: *\nDisallow: /\n".utf8), contentType: "text/plain"))
            server.route("/a.html", always: .html("a"))
            #expect(await checker.fetchPage(server.url("/a.html"), politenessKey: nil).status == 200)
            #expect(server.requests(to: "/robots.txt").isEmpty)
        }
        try await withChecker { server, checker in
            server.route("/robots.txt", always: .status(500))
            server.route("/a.html", always: .html("a"))
            #expect(await checker.fetchPage(server.url("/a.html"), politenessKey: nil).status == 200)
        }
    }

    @Test func networkFailuresAreReportedWithTheirKind() async throws {
        try await withChecker { server, checker in
            server.route("/reset", always: .reset)
            let page = await checker.fetchPage(server.url("/reset"), politenessKey: nil)
            #expect(page.error == .reset && page.status == nil && page.attempts == 3)
            let bad = await checker.fetchPage("not a url", politenessKey: nil)
            #expect(bad.failure == .invalidURL("not a url") && bad.attempts == 0)
        }
    }
}

@Suite("LinkChecker.fetchPage and documents")
struct PageFetchingDocumentTests {
    @Test("a document reached as a page (no extension, a 12 MiB PDF) is there, not broken for its size, and not read")
    func largeDocumentBehindAPageURL() async throws {
        let server = try await TestHTTPServer.start()
        let engine = TestEngines.engine()
        let checker = LinkChecker(engine: engine, options: LinkChecker.Options(retry: RetryPolicy(retries: 0, baseDelay: .milliseconds(20)), obeyRobots: false))
        server.route("/attach/get", always: .bytes([UInt8](repeating: 0x25, count: 12 << 20), contentType: "application/pdf"))
        let page = await checker.fetchPage(server.url("/attach/get?id=9"), politenessKey: nil)
        #expect(page.status == 200)
        #expect(page.error == nil, "\(String(describing: page.failure)) \(String(describing: page.mediaType))")
        #expect(page.isSuccess)
        #expect(page.text == nil)
        engine.shutdown()
        try await server.shutdown()
    }
}
