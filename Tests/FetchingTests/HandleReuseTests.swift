@testable import Fetching
import GovSweepProtocol
import Testing
import TestSupport

/// The engine hands each transfer an easy handle the last one gave back, reset: nothing of one
/// request may reach the next. One transfer at a time (one per host), so each reuses the handle
/// of the one before.
@Suite("Easy handles reused between transfers")
struct HandleReuseTests {
    static let page = String(repeating: "<p>政府信息公开</p>", count: 300)

    static func engine(maxBodyBytes: Int = 10 << 20) -> FetchEngine {
        var configuration = TestEngines.configuration(perHost: 1)
        configuration.globalTransferLimit = 1
        configuration.maxBodyBytes = maxBodyBytes
        return FetchEngine(configuration: configuration)
    }

    @Test("the pool gives a handle back to the next taker, and frees what it cannot keep")
    func poolReusesHandles() throws {
        CurlRuntime.ensureInitialised()
        let pool = EasyHandlePool(capacity: 1)
        let first = try #require(pool.take())
        let second = try #require(pool.take())
        #expect(pool.made == 2)
        pool.giveBack(first)
        pool.giveBack(second)  // over capacity: freed
        #expect(pool.idleCount == 1)
        let again = try #require(pool.take())
        #expect(again.pointer == first.pointer)
        #expect(pool.made == 2)
        pool.giveBack(again)
        pool.drain()
        #expect(pool.idleCount == 0)
    }

    @Test("a HEAD and then a GET of the same page: the GET reads the body")
    func headThenGet() async throws {
        let server = try await TestHTTPServer.start()
        server.route("/p", always: .html(Self.page))
        let engine = Self.engine()
        let head = await engine.fetch(FetchRequest(url: server.url("/p"), method: .head))
        let get = await engine.fetch(FetchRequest(url: server.url("/p")))
        let headAgain = await engine.fetch(FetchRequest(url: server.url("/p"), method: .head))
        #expect(head.status == 200 && head.body.isEmpty)
        #expect(get.status == 200)
        #expect(String(decoding: get.body, as: UTF8.self) == Self.page)
        #expect(headAgain.status == 200 && headAgain.body.isEmpty)
        #expect(server.requests(to: "/p").map(\.method) == ["HEAD", "GET", "HEAD"])
        engine.shutdown()
        try await server.shutdown()
    }

    @Test("a body cut or refused by one request's limit, then read whole by the next")
    func bodyLimitsDoNotCarryOver() async throws {
        let server = try await TestHTTPServer.start()
        server.route("/p", always: .html(Self.page))
        let total = Self.page.utf8.count
        let engine = Self.engine(maxBodyBytes: total - 1)
        let cut = await engine.fetch(FetchRequest(url: server.url("/p"), body: .truncate(atBytes: 100)))
        #expect(cut.truncated && cut.body.count == 100 && cut.error == nil)
        // Over the engine's limit with Content-Length: refused at once (libcurl's maximum file size)...
        let refused = await engine.fetch(FetchRequest(url: server.url("/p")))
        #expect(refused.errorKind == .tooLarge)
        // ... which a request that keeps only a part of the body does not inherit.
        let kept = await engine.fetch(FetchRequest(url: server.url("/p"), body: .truncate(atBytes: total + 10)))
        #expect(kept.error == nil && !kept.truncated && kept.body.count == total)
        let headersOnly = await engine.fetch(FetchRequest(url: server.url("/p"), body: .headersOnly(htmlBytes: 50)))
        #expect(headersOnly.truncated && headersOnly.body.count == 50)
        engine.shutdown()

        let roomy = Self.engine()
        let cutFirst = await roomy.fetch(FetchRequest(url: server.url("/p"), body: .truncate(atBytes: 10)))
        let whole = await roomy.fetch(FetchRequest(url: server.url("/p")))
        #expect(cutFirst.body.count == 10)
        #expect(whole.error == nil && !whole.truncated && whole.body.count == total)
        roomy.shutdown()
        try await server.shutdown()
    }

    @Test("a request's own headers go with it only; the default headers go with every request")
    func headersArePerRequest() async throws {
        let server = try await TestHTTPServer.start()
        server.route("/p", always: .html(Self.page))
        let engine = Self.engine()
        _ = await engine.fetch(FetchRequest(url: server.url("/p"), headers: ["Range: bytes=0-0", "Accept: */*", "X-Probe: 1"]))
        _ = await engine.fetch(FetchRequest(url: server.url("/p")))
        _ = await engine.fetch(FetchRequest(url: server.url("/p"), headers: ["X-Probe: 2"]))
        let seen = server.requests(to: "/p")
        try #require(seen.count == 3)
        #expect(seen[0].header("range") == "bytes=0-0" && seen[0].header("accept") == "*/*" && seen[0].header("x-probe") == "1")
        #expect(seen[1].header("range") == nil && seen[1].header("x-probe") == nil)
        #expect(seen[1].header("accept")?.hasPrefix("text/html") == true)
        #expect(seen[1].header("accept-language")?.hasPrefix("zh-CN") == true)
        #expect(seen[2].header("x-probe") == "2" && seen[2].header("range") == nil)
        #expect(seen[2].header("accept")?.hasPrefix("text/html") == true)
        #expect(seen.allSatisfy { $0.header("user-agent")?.contains("GovSweep") == true })
        engine.shutdown()
        try await server.shutdown()
    }

    @Test("redirects stay the engine's to follow, hop by hop, on every reused handle")
    func redirectsAreNeverFollowedByLibcurl() async throws {
        let server = try await TestHTTPServer.start()
        server.route("/from", always: .redirect(to: "/to"))
        server.route("/to", always: .html("到了"))
        let engine = Self.engine()
        for _ in 0..<3 {
            let result = await engine.fetch(FetchRequest(url: server.url("/from")))
            #expect(result.status == 200)
            #expect(result.redirectChain == [server.url("/from"), server.url("/to")])
            let head = await engine.fetch(FetchRequest(url: server.url("/from"), method: .head))
            #expect(head.redirectChain.count == 2 && head.status == 200)
        }
        #expect(server.requests(to: "/from").count == 6)
        #expect(server.requests(to: "/to").count == 6)
        engine.shutdown()
        try await server.shutdown()
    }

    @Test("a failed transfer's error text and status do not reach the next one")
    func failuresDoNotCarryOver() async throws {
        let server = try await TestHTTPServer.start()
        server.route("/p", always: .html(Self.page))
        server.route("/reset", always: .reset)
        let engine = Self.engine()
        let failed = await engine.fetch(FetchRequest(url: server.url("/reset")))
        #expect(failed.error != nil && failed.status == nil)
        let ok = await engine.fetch(FetchRequest(url: server.url("/p")))
        #expect(ok.error == nil && ok.status == 200 && ok.body.count == Self.page.utf8.count)
        let missing = await engine.fetch(FetchRequest(url: server.url("/none")))
        #expect(missing.status == 404 && missing.error == nil)
        engine.shutdown()
        try await server.shutdown()
    }

    @Test("requests added before the loop takes them signal it once, and each is answered")
    func oneWakeUpPerTurn() async throws {
        var queue = SubmissionQueue()
        let first = queue.needsWake()
        let second = queue.needsWake()
        _ = queue.take()
        let afterTake = queue.needsWake()
        #expect(first && !second && afterTake)

        let server = try await TestHTTPServer.start()
        server.route("/p", always: .html("ok"))
        let engine = TestEngines.engine(perHost: 4)
        let statuses = await withTaskGroup(of: Int?.self) { group in
            for index in 0..<50 { group.addTask { await engine.fetch(FetchRequest(url: server.url("/p?n=\(index)"))).status } }
            return await group.reduce(into: [Int?]()) { $0.append($1) }
        }
        #expect(statuses.count == 50 && statuses.allSatisfy { $0 == 200 })
        engine.shutdown()
        try await server.shutdown()
    }
}
