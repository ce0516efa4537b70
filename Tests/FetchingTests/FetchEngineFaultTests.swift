import DemoProvince
import Fetching
import GovSweepProtocol
import Testing
import TestSupport

@Suite("FetchEngine redirects, failures and limits")
struct FetchEngineFaultTests {
    @Test func followsAndRecordsARedirectChain() async throws {
        let server = try await TestHTTPServer.start()
        server.route("/old", always: .redirect(to: "/moved", status: 301))
        server.route("/moved", always: .redirect(to: server.url("/new/index.html")))
        server.route("/new/index.html", always: .html("<title>新</title>"))
        let engine = TestEngines.engine()
        let result = await engine.fetch(FetchRequest(url: server.url("/old")))
        #expect(result.status == 200)
        #expect(result.redirectChain == [server.url("/old"), server.url("/moved"), server.url("/new/index.html")])
        #expect(result.finalURL == server.url("/new/index.html"))
        engine.shutdown()
        try await server.shutdown()
    }

    @Test func redirectLoopsAndLongChainsFail() async throws {
        let server = try await TestHTTPServer.start()
        server.route("/a", always: .redirect(to: "/b"))
        server.route("/b", always: .redirect(to: "/a"))
        for hop in 0..<15 { server.route("/hop/\(hop)", always: .redirect(to: "/hop/\(hop + 1)")) }
        let engine = TestEngines.engine()
        let loop = await engine.fetch(FetchRequest(url: server.url("/a")))
        #expect(loop.errorKind == .tooManyRedirects)
        #expect(loop.status == nil)
        #expect(server.requests(to: "/a").count == 1)
        let long = await engine.fetch(FetchRequest(url: server.url("/hop/0")))
        #expect(long.errorKind == .tooManyRedirects)
        #expect(server.allRequests.filter { $0.path.hasPrefix("/hop/") }.count == 11)
        engine.shutdown()
        try await server.shutdown()
    }

    @Test func timeoutResetTooLargeAndRefusedConnectionsAreNamed() async throws {
        let server = try await TestHTTPServer.start()
        server.route("/hang", always: .hang)
        server.route("/reset", always: .reset)
        server.route("/big", always: .bytes([UInt8](repeating: 0x61, count: 50_000), contentType: "text/plain"))
        var configuration = TestEngines.configuration(timeout: .milliseconds(400))
        configuration.maxBodyBytes = 10_000
        let engine = FetchEngine(configuration: configuration)
        async let hanging = engine.fetch(FetchRequest(url: server.url("/hang")))
        async let resetting = engine.fetch(FetchRequest(url: server.url("/reset")))
        async let oversized = engine.fetch(FetchRequest(url: server.url("/big")))
        let (hang, reset, big) = await (hanging, resetting, oversized)
        #expect(hang.errorKind == .timeout)
        #expect(reset.error?.kind == .reset, "\(String(describing: reset.error))")
        #expect(big.error == .tooLarge(limit: 10_000))

        let closed = try RefusingPort()
        defer { closed.release() }
        let closedURL = "http://127.0.0.1:\(closed.port)/"
        #expect(await engine.fetch(FetchRequest(url: closedURL)).errorKind == .connect)
        #expect(await engine.fetch(FetchRequest(url: "ftp://127.0.0.1/x")).error == .invalidURL("ftp://127.0.0.1/x"))
        engine.shutdown()
        try await server.shutdown()
    }

    @Test func slowBodiesArriveWholeUnlessTheyOutlastTheTimeout() async throws {
        let server = try await TestHTTPServer.start()
        let chunks = (0..<4).map { Array("<p>第\($0)段</p>".utf8) }
        server.route("/slow", always: .slowBody(status: 200, headers: [("Content-Type", "text/html")], chunks: chunks, interval: .milliseconds(50)))
        server.route("/slower", always: .slowBody(status: 200, headers: [], chunks: chunks, interval: .milliseconds(400)))
        let engine = TestEngines.engine(timeout: .milliseconds(700))
        let slow = await engine.fetch(FetchRequest(url: server.url("/slow")))
        #expect(slow.status == 200 && slow.body == chunks.flatMap { $0 })
        let slower = await engine.fetch(FetchRequest(url: server.url("/slower")))
        #expect(slower.errorKind == .timeout && slower.status == nil)
        engine.shutdown()
        try await server.shutdown()
    }

    @Test func aDefaultEngineRefusesLoopbackEvenBehindAName() async throws {
        let server = try await TestHTTPServer.start()
        server.route("/", always: .html("secret"))
        var configuration = FetchConfiguration()
        configuration.resolveOverrides = [server.resolveEntry(for: "innocent.example")]
        let engine = FetchEngine(configuration: configuration)
        let direct = await engine.fetch(FetchRequest(url: server.url("/")))
        let named = await engine.fetch(FetchRequest(url: server.url("/", host: "innocent.example")))
        for result in [direct, named] {
            guard case .refusedAddress(let address)? = result.error else {
                Issue.record("expected a refused address, got \(String(describing: result.error))")
                continue
            }
            #expect(address.hasPrefix("127.0.0.1"))
            #expect(result.errorKind == .blockedByPolicy)
        }
        #expect(server.allRequests.isEmpty)
        engine.shutdown()
        try await server.shutdown()
    }

    @Test func shutdownCancelsInFlightAndLaterFetches() async throws {
        let server = try await TestHTTPServer.start()
        server.route("/hang", always: .hang)
        let engine = TestEngines.engine(timeout: .seconds(30))
        let pending = Task { await engine.fetch(FetchRequest(url: server.url("/hang"))) }
        while server.requests(to: "/hang").isEmpty { try await Task.sleep(for: .milliseconds(10)) }
        engine.shutdown()
        #expect(await pending.value.error == .cancelled)
        #expect(await engine.fetch(FetchRequest(url: server.url("/hang"))).error == .cancelled)
        try await server.shutdown()
    }

    @Test func taskCancellationEndsTheFetch() async throws {
        let server = try await TestHTTPServer.start()
        server.route("/hang", always: .hang)
        let engine = TestEngines.engine(timeout: .seconds(30))
        let pending = Task { await engine.fetch(FetchRequest(url: server.url("/hang"))) }
        while server.requests(to: "/hang").isEmpty { try await Task.sleep(for: .milliseconds(10)) }
        pending.cancel()
        #expect(await pending.value.error == .cancelled)
        engine.shutdown()
        try await server.shutdown()
    }

    @Test func headRequestsAndRangeIgnoredAttachmentsStopAtTheHeaders() async throws {
        let server = try await TestHTTPServer.start()
        let document = [UInt8](repeating: 0x25, count: 2 << 20)
        server.route("/file.pdf", always: .bytes(document, contentType: "application/pdf"))
        let engine = TestEngines.engine()
        let head = await engine.fetch(FetchRequest(url: server.url("/file.pdf"), method: .head))
        #expect(head.status == 200)
        #expect(head.body.isEmpty)
        #expect(head.header("content-length") == String(document.count))
        let probe = await engine.fetch(
            FetchRequest(url: server.url("/file.pdf"), headers: ["Range: bytes=0-0"], body: .headersOnly(htmlBytes: 1024)))
        #expect(probe.status == 200)
        #expect(probe.error == nil)
        #expect(probe.truncated)
        #expect(probe.body.count < 1024)
        #expect(server.requests(to: "/file.pdf").last?.header("range") == "bytes=0-0")
        engine.shutdown()
        try await server.shutdown()
    }

    @Test func http2SupportFollowsTheLinkedLibcurl() {
        #expect(CurlRuntime.supportsHTTP2 == CurlRuntime.version.contains("nghttp2"))
    }
}
