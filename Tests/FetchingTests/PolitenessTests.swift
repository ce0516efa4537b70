import Fetching
import Testing
import TestSupport

@Suite("Politeness as the server saw it")
struct PolitenessTests {
    @Test func atMostTwoRequestsPerHostStartedAtLeastTheGapApart() async throws {
        let server = try await TestHTTPServer.start()
        server.route("/slow", always: .delayed(.html("ok"), by: .milliseconds(400)))
        let engine = TestEngines.engine(perHost: 2, gap: .milliseconds(250))
        // Two overlapping warm-up requests open two connections, so connection setup does not
        // blur the arrival times measured next.
        await fetchConcurrently(engine, Array(repeating: server.url("/slow?warm"), count: 2))
        await fetchConcurrently(engine, Array(repeating: server.url("/slow"), count: 6))
        let record = server.record()
        #expect(record.requests == 8)
        #expect(record.maxConcurrentRequests == 2)
        let arrivals = server.requests(to: "/slow").filter { $0.query == nil }.map(\.arrival)
        let gaps = zip(arrivals, arrivals.dropFirst()).map { $1 - $0 }
        #expect(try #require(gaps.min()) >= .milliseconds(225), "arrivals: \(arrivals)")
        engine.shutdown()
        try await server.shutdown()
    }

    @Test func channelsOfOnePlatformShareOneBudget() async throws {
        let server = try await TestHTTPServer.start()
        server.route("/", always: .html("ok"))
        let configuration = TestEngines.configuration(
            perHost: 1, gap: .milliseconds(200), resolving: ["a.platform.test", "b.platform.test"], on: server)
        let engine = FetchEngine(configuration: configuration)
        let hosts = ["a.platform.test", "b.platform.test"]
        for host in hosts {
            _ = await engine.fetch(FetchRequest(url: server.url("/?warm", host: host), politenessKey: "platform"))
        }
        await fetchConcurrently(engine, (hosts + hosts + hosts).map { server.url("/", host: $0) }, key: "platform")
        let arrivals = server.allRequests.filter { $0.query == nil }.map(\.arrival).sorted()
        #expect(arrivals.count == 6)
        let gaps = zip(arrivals, arrivals.dropFirst()).map { $1 - $0 }
        #expect(try #require(gaps.min()) >= .milliseconds(180), "arrivals: \(arrivals)")
        #expect(server.record(host: "a.platform.test").maxConcurrentRequests == 1)
        engine.shutdown()
        try await server.shutdown()
    }

    @Test func retryAfterHoldsTheHostBack() async throws {
        let server = try await TestHTTPServer.start()
        server.route("/busy", always: .slowDown(retryAfter: 1))
        server.route("/next", always: .html("ok"))
        let engine = TestEngines.engine(perHost: 2, gap: .zero)
        let busy = await engine.fetch(FetchRequest(url: server.url("/busy")))
        #expect(busy.status == 429)
        _ = await engine.fetch(FetchRequest(url: server.url("/next")))
        let first = try #require(server.requests(to: "/busy").first?.arrival)
        let second = try #require(server.requests(to: "/next").first?.arrival)
        #expect(second - first >= .milliseconds(950))
        engine.shutdown()
        try await server.shutdown()
    }

    private func fetchConcurrently(_ engine: FetchEngine, _ urls: [String], key: String? = nil) async {
        await withTaskGroup(of: Void.self) { group in
            for url in urls {
                group.addTask { _ = await engine.fetch(FetchRequest(url: url, politenessKey: key)) }
            }
        }
    }
}
