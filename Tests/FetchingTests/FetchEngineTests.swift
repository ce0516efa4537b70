import Fetching
import GovSweepProtocol
import Testing
import TestSupport

@Suite("FetchEngine against the loopback server")
struct FetchEngineTests {
    @Test func fetchesAPageWithHeadersAndIdentity() async throws {
        let server = try await TestHTTPServer.start()
        server.route("/", always: .html("<title>首页</title>"))
        let engine = TestEngines.engine()
        let result = await engine.fetch(FetchRequest(url: server.url("/")))
        #expect(result.status == 200)
        #expect(result.error == nil)
        #expect(String(decoding: result.body, as: UTF8.self) == "<title>首页</title>")
        #expect(result.mediaType == "text/html")
        #expect(result.redirectChain == [server.url("/")])
        let userAgent = try #require(server.requests(to: "/").first?.header("user-agent"))
        #expect(userAgent.contains("GovSweep") && userAgent.contains("http"))
        engine.shutdown()
        try await server.shutdown()
    }

    @Test func decompressesGzip() async throws {
        let server = try await TestHTTPServer.start()
        server.route("/z", always: .gzip(Fixtures.bytes("fetch/article.html.gz")))
        let engine = TestEngines.engine()
        let result = await engine.fetch(FetchRequest(url: server.url("/z")))
        #expect(result.status == 200)
        #expect(result.body == Fixtures.bytes("fetch/article.html"))
        #expect(server.requests(to: "/z").first?.header("accept-encoding")?.contains("gzip") == true)
        engine.shutdown()
        try await server.shutdown()
    }

    @Test func reusesConnections() async throws {
        let server = try await TestHTTPServer.start()
        server.route("/k", always: .html("ok"))
        let engine = TestEngines.engine()
        for _ in 0..<5 { _ = await engine.fetch(FetchRequest(url: server.url("/k"))) }
        #expect(server.record().requests == 5)
        #expect(server.record().connections == 1)
        engine.shutdown()
        try await server.shutdown()
    }
}
