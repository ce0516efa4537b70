import DemoProvince
import Fetching
import GovSweepProtocol
import Testing
import TestSupport

@Suite("LinkChecker judges unreachable hosts once, as hosts")
struct HostVerdictTests {
    private static let options = LinkChecker.Options(retry: RetryPolicy(retries: 2, baseDelay: .milliseconds(20)))

    private func checkAll(_ targets: [String], with checker: LinkChecker) async -> [LinkOutcome?] {
        await withTaskGroup(of: LinkOutcome?.self) { group in
            for target in targets {
                group.addTask { await checker.check(target, kind: .page, politenessKey: nil) }
            }
            var outcomes: [LinkOutcome?] = []
            for await outcome in group { outcomes.append(outcome) }
            return outcomes
        }
    }

    @Test("links into a host that accepts and never answers cost two requests in all, not three per link")
    func silentHost() async throws {
        let server = try await TestHTTPServer.start()
        server.route("/hang", always: .hang)
        let engine = TestEngines.engine(timeout: .seconds(1))
        let checker = LinkChecker(engine: engine, options: Self.options)
        let outcomes = await checkAll((1...30).map { server.url("/hang?n=\($0)") }, with: checker)
        #expect(outcomes.count == 30)
        for outcome in outcomes {
            #expect(outcome?.verdict == .broken)
            #expect(outcome?.error == .timeout)
        }
        #expect(server.requests(to: "/hang").count == 2)
        engine.shutdown()
        try await server.shutdown()
    }

    @Test("links into a port that refuses connections all get the host's verdict")
    func refusedPort() async throws {
        let closed = try RefusingPort()
        defer { closed.release() }
        let refused = "http://127.0.0.1:\(closed.port)/"
        let engine = TestEngines.engine()
        let checker = LinkChecker(engine: engine, options: Self.options)
        let outcomes = await checkAll((1...30).map { refused + "page\($0).html" }, with: checker)
        #expect(outcomes.count == 30)
        for outcome in outcomes {
            #expect(outcome?.verdict == .broken)
            #expect(outcome?.error == .connect)
        }
        engine.shutdown()
    }

    @Test("a host that answers is not judged as a host: each link gets its own verdict")
    func workingHostKeepsPerLinkVerdicts() async throws {
        let server = try await TestHTTPServer.start()
        server.route("/ok.html", always: .html("<title>通知公告</title>"))
        server.route("/hang", always: .hang)
        let engine = TestEngines.engine(timeout: .seconds(1))
        let checker = LinkChecker(engine: engine, options: LinkChecker.Options(retry: RetryPolicy(retries: 0, baseDelay: .milliseconds(20))))
        #expect(await checker.check(server.url("/ok.html"), kind: .page, politenessKey: nil)?.verdict == .ok)
        let outcomes = await checkAll((1...3).map { server.url("/hang?n=\($0)") } + [server.url("/ok.html?again")], with: checker)
        #expect(outcomes.compactMap { $0 }.filter { $0.error == .timeout }.count == 3)
        #expect(outcomes.compactMap { $0 }.filter { $0.verdict == .ok }.count == 1)
        #expect(server.requests(to: "/hang").count == 3)
        engine.shutdown()
        try await server.shutdown()
    }

    @Test("a check cut short by an engine shutting down is no verdict")
    func cutShortIsNoVerdict() async throws {
        let server = try await TestHTTPServer.start()
        server.route("/hang", always: .hang)
        let engine = TestEngines.engine(timeout: .seconds(30))
        let checker = LinkChecker(engine: engine, options: Self.options)
        async let outcome = checker.check(server.url("/hang"), kind: .page, politenessKey: nil)
        while server.requests(to: "/hang").isEmpty { try await Task.sleep(for: .milliseconds(10)) }
        engine.shutdown()
        #expect(await outcome == nil)
        #expect(await checker.knownCount == 0)
        let page = await checker.fetchPage(server.url("/other"), politenessKey: nil)
        #expect(page.wasCutShort)
        try await server.shutdown()
    }
}
