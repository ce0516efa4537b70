import Fetching
import Testing
import TestSupport

@Suite("Politeness as the server saw it")
struct PolitenessTests {
    @Test func atMostTwoRequestsPerHostStartedAtLeastTheGapApart() async throws {
        let server = try await TestHTTPServer.start()
        server.route("/slow", always: .delayed(.html("ok"), by: .milliseconds(400)))
        let engine = TestEngines.engine(perHost: 2, gap: .milliseconds(250))
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<6 { group.addTask { _ = await engine.fetch(FetchRequest(url: server.url("/slow"))) } }
        }
        let record = server.record()
        #expect(record.requests == 6)
        #expect(record.maxConcurrentRequests == 2)
        #expect(try #require(record.smallestGap) >= .milliseconds(240), "arrivals: \(record.arrivals)")
        engine.shutdown()
        try await server.shutdown()
    }

    @Test func channelsOfOnePlatformShareOneBudget() async throws {
        let server = try await TestHTTPServer.start()
        server.route("/", always: .html("ok"))
        let configuration = TestEngines.configuration(
            perHost: 1, gap: .milliseconds(200), resolving: ["a.platform.test", "b.platform.test"], on: server)
        let engine = FetchEngine(configuration: configuration)
        await withTaskGroup(of: Void.self) { group in
            for host in ["a.platform.test", "b.platform.test", "a.platform.test", "b.platform.test"] {
                group.addTask {
                    _ = await engine.fetch(FetchRequest(url: server.url("/", host: host), politenessKey: "platform"))
                }
            }
        }
        let arrivals = server.allRequests.map(\.arrival).sorted()
        #expect(arrivals.count == 4)
        let gaps = zip(arrivals, arrivals.dropFirst()).map { $1 - $0 }
        #expect(try #require(gaps.min()) >= .milliseconds(190))
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
}
