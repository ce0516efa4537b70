import Foundation
import GovSweepProtocol
import Logging
import Testing
import Worker
@testable import Coordinator

@Suite("Metrics endpoint")
struct MetricsEndpointTests {
    /// One HTTP exchange with the metrics server: status code, headers (lower-cased names) and body.
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    static func request(_ text: String, port: Int) async throws -> Response? {
        let bytes = try await RawPeer.connect(port: port).exchange(Array(text.utf8))
        let reply = String(decoding: bytes, as: UTF8.self)
        guard let split = reply.range(of: "\r\n\r\n") else { return nil }
        let head = reply[..<split.lowerBound].components(separatedBy: "\r\n")
        guard let statusLine = head.first, statusLine.hasPrefix("HTTP/1.1 "),
              let status = Int(statusLine.dropFirst(9).prefix(3))
        else { return nil }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: String(reply[split.upperBound...]))
    }

    static func scrape(port: Int) async throws -> ExpositionLint {
        let response = try #require(try await request("GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", port: port))
        #expect(response.status == 200)
        #expect(response.headers["content-type"] == MetricsHTTPHandler.contentType)
        #expect(Int(response.headers["content-length"] ?? "") == response.body.utf8.count)
        return ExpositionLint(response.body)
    }

    @Test("scrapes during a sweep show its figures move, and every scrape follows the naming rules")
    func scrapeDuringSweep() async throws {
        let sites = 6
        let pagesPerSite = 30
        let harness = try await Harness.make(sites: Harness.sites(sites))
        let metrics = try await MetricsServer(host: "127.0.0.1", port: 0, coordinator: harness.coordinator)
        let port = metrics.boundPort
        let serving = Task { try await metrics.run() }
        defer { serving.cancel() }

        let before = try await Self.scrape(port: port)
        #expect(before.problems.isEmpty, "\(before.problems)")
        #expect(before.value("govsweep_sites", ["state": "pending"]) == Double(sites))
        #expect(before.value("govsweep_pages_stored_total") == 0)
        #expect(before.value("govsweep_sweep_complete") == 0)

        let during = try await harness.serving {
            try await withThrowingTaskGroup(of: ExpositionLint?.self) { group in
                for id in ["w-a", "w-b"] {
                    group.addTask {
                        try await WorkerService(
                            configuration: harness.workerConfiguration(id: id),
                            crawler: FakeCrawler(pages: pagesPerSite, delay: .milliseconds(20)), logger: Logger(label: "test.worker")
                        ).run()
                        return nil
                    }
                }
                // Scrapes until one catches the sweep half done: pages stored, sites left.
                group.addTask {
                    while true {
                        let scrape = try await Self.scrape(port: port)
                        let pages = scrape.value("govsweep_pages_stored_total") ?? 0
                        if pages > 0, pages < Double(sites * pagesPerSite) { return scrape }
                        if scrape.value("govsweep_sweep_complete") == 1 { return scrape }
                        try await Task.sleep(for: .milliseconds(20))
                    }
                }
                var caught: ExpositionLint?
                for try await result in group { if let result { caught = result } }
                return try #require(caught)
            }
        }
        #expect(during.problems.isEmpty, "\(during.problems)")
        let pagesDuring = try #require(during.value("govsweep_pages_stored_total"))
        #expect(pagesDuring > 0 && pagesDuring < Double(sites * pagesPerSite), "the scrape caught the sweep half done")
        #expect(during.value("govsweep_sweep_complete") == 0)
        #expect(try #require(during.value("govsweep_workers_connected")) >= 1)

        let after = try await Self.scrape(port: port)
        #expect(after.problems.isEmpty, "\(after.problems)")
        #expect(after.value("govsweep_pages_stored_total") == Double(sites * pagesPerSite))
        #expect(after.value("govsweep_sweep_pages") == Double(sites * pagesPerSite))
        #expect(after.value("govsweep_sites", ["state": "done"]) == Double(sites))
        #expect(after.value("govsweep_sites", ["state": "pending"]) == 0)
        #expect(after.value("govsweep_sites_finished_total") == Double(sites))
        #expect(after.value("govsweep_sweep_complete") == 1)
        #expect(after.value("govsweep_sweep_info", ["sweep_id": "sweep-1"]) == 1)
        #expect(try #require(after.value("govsweep_leases_granted_total", ["work": "site"])) >= Double(sites))
        #expect(after.value("govsweep_leases_ended_total", ["work": "site", "reason": "completed"]) == Double(sites))
        #expect(after.value("govsweep_lease_duration_seconds_count", ["work": "site"]) == Double(sites))
        let stored = try #require(after.value("govsweep_batches_received_total", ["result": "stored"]))
        #expect(stored >= Double(sites * pagesPerSite / 3), "batches of at most 3 pages")
        #expect(after.value("govsweep_batch_store_duration_seconds_count") ?? 0 >= stored)
        #expect(after.value("govsweep_links_checked_total", ["verdict": "broken"]) == 0)
    }

    @Test("HEAD, other paths, other methods and malformed requests are answered, and the server serves on")
    func oddRequests() async throws {
        let harness = try await Harness.make(sites: Harness.sites(1))
        let metrics = try await MetricsServer(host: "127.0.0.1", port: 0, coordinator: harness.coordinator)
        let port = metrics.boundPort
        let serving = Task { try await metrics.run() }
        defer { serving.cancel() }

        let head = try #require(try await Self.request("HEAD /metrics HTTP/1.1\r\nHost: x\r\n\r\n", port: port))
        #expect(head.status == 200)
        #expect(head.body.isEmpty)
        #expect(Int(head.headers["content-length"] ?? "") ?? 0 > 0)

        let query = try #require(try await Self.request("GET /metrics?x=1 HTTP/1.0\r\n\r\n", port: port))
        #expect(query.status == 200)
        #expect(query.body.contains("govsweep_sites{state=\"pending\"} 1"))

        let elsewhere = try #require(try await Self.request("GET / HTTP/1.1\r\nHost: x\r\n\r\n", port: port))
        #expect(elsewhere.status == 404)
        let post = try #require(try await Self.request(
            "POST /metrics HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello", port: port))
        #expect(post.status == 405)
        #expect(post.headers["allow"] == "GET, HEAD")

        // Not HTTP at all: a 400 or a closed connection, never a crash.
        let garbage = try await RawPeer.connect(port: port).exchange([0, 1, 2, 0xFF] + Array("\r\n\r\n".utf8))
        #expect(garbage.isEmpty || String(decoding: garbage, as: UTF8.self).hasPrefix("HTTP/1.1 400"))

        // Two requests on one connection: the first is answered, then the connection closes.
        let pipelined = try await RawPeer.connect(port: port).exchange(
            Array("GET /metrics HTTP/1.1\r\nHost: x\r\n\r\nGET /metrics HTTP/1.1\r\nHost: x\r\n\r\n".utf8))
        #expect(String(decoding: pipelined, as: UTF8.self).components(separatedBy: "HTTP/1.1 200").count == 2)

        let still = try await Self.scrape(port: port)
        #expect(still.problems.isEmpty, "\(still.problems)")
    }

    @Test("the lint finds what breaks the conventions")
    func lintFindsProblems() {
        let bad = """
            # HELP govsweep_links_waiting_total Links waiting.
            # TYPE govsweep_links_waiting_total gauge
            govsweep_links_waiting_total 3
            # TYPE govsweep_pages_stored counter
            govsweep_pages_stored 5
            # HELP govsweep_fetch_duration_milliseconds Fetch time.
            # TYPE govsweep_fetch_duration_milliseconds histogram
            govsweep_fetch_duration_milliseconds_bucket{le="10"} 4
            govsweep_fetch_duration_milliseconds_bucket{le="100"} 2
            govsweep_fetch_duration_milliseconds_sum 30
            govsweep_fetch_duration_milliseconds_count 4
            # HELP pages Pages.
            # TYPE pages gauge
            pages 1

            """
        let problems = ExpositionLint(bad).problems
        for expected in [
            "govsweep_links_waiting_total: only a counter's name ends in _total",
            "govsweep_pages_stored: a counter's name ends in _total",
            "govsweep_pages_stored: no help text",
            "govsweep_fetch_duration_milliseconds: use base units, not milliseconds",
            "govsweep_fetch_duration_milliseconds: a time must be in seconds, named _seconds",
            "govsweep_fetch_duration_milliseconds{}: no +Inf bucket",
            "pages: not a snake_case name with the govsweep_ prefix",
        ] {
            #expect(problems.contains(expected), "missing: \(expected) in \(problems)")
        }
        let good = ExpositionLint(String(decoding: SweepMetrics(sweepID: "s").exposition(), as: UTF8.self))
        #expect(good.problems.isEmpty, "\(good.problems)")
        #expect(good.families.count == SweepMetrics.descriptions.count)
    }
}
