import Fetching
import Foundation
import GovSweepProtocol
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// The fixed cost of one transfer: CPU of the client process per request the server answered,
/// for each way the crawler and the link checker use the engine (scripts/bench-transfers).
///
///     FetchBenchmark serve --latency-ms 0                 # also answers /doc.pdf and /stats
///     FetchBenchmark transfers --port P --kind page --requests 20000 --hosts 64 --per-host 2 --gap-ms 0
///
/// Kinds: `get` (a GET kept whole, the engine alone), `head` (a HEAD, as documents and images are
/// checked first), `page` (`LinkChecker.fetchPage`: robots.txt, charset, soft-404 check, what
/// the crawler does per page), `check` (`LinkChecker.check` of distinct page targets: a GET of
/// the first 256 KiB and the soft-404 check), `document` (`LinkChecker.check` of attachments:
/// HEAD). The server counts connections per host name; the run prints how many it opened per
/// request, the process's context switches per request (wake-ups of threads) and CPU per request.
enum TransferBenchmark {
    static func run(_ arguments: BenchmarkArguments) async {
        let port = arguments.int("port", 0)
        let kind = arguments.string("kind") ?? "page"
        let hosts = arguments.int("hosts", 64)
        let perHost = arguments.int("per-host", 2)
        let gap = arguments.int("gap-ms", 0)
        let requests = arguments.int("requests", 20_000)
        let hostNames = (0..<hosts).map { "site\($0).bench.test" }

        var configuration = FetchConfiguration()
        configuration.allowPrivate = true
        configuration.politeness = PolitenessRules(perHostConcurrency: perHost, minimumGap: .milliseconds(gap))
        configuration.resolveOverrides = hostNames.map { "\($0):\(port):127.0.0.1" }
        let engine = FetchEngine(configuration: configuration)
        let checker = LinkChecker(engine: engine)
        let window = min(configuration.globalTransferLimit, hosts * perHost) * 4

        // Warm up: one page per host opens the connections (and reads robots.txt for `page`).
        let warm = hostNames.map { "http://\($0):\(port)/page?warm" }
        await run(warm.count, window: window) { index in
            await checker.fetchPage(warm[index], politenessKey: nil).status == 200
        }

        let before = await serverTotals(port: port, hosts: hosts)
        let cpuBefore = ResourceUsage.cpuSeconds()
        let switchesBefore = ResourceUsage.contextSwitches()
        let start = ContinuousClock.now
        let failures = await run(requests, window: window) { index in
            let host = hostNames[index % hosts]
            switch kind {
            case "get":
                return await engine.fetch(FetchRequest(url: "http://\(host):\(port)/page?n=\(index)")).status == 200
            case "head":
                return await engine.fetch(FetchRequest(url: "http://\(host):\(port)/doc.pdf?n=\(index)", method: .head)).status == 200
            case "check":
                return await checker.check("http://\(host):\(port)/page?n=\(index)", kind: .page, politenessKey: nil)?.verdict == .ok
            case "document":
                return await checker.check("http://\(host):\(port)/doc.pdf?n=\(index)", kind: .attachment, politenessKey: nil)?.verdict == .ok
            default:
                return await checker.fetchPage("http://\(host):\(port)/page?n=\(index)", politenessKey: nil).isSuccess
            }
        }
        let elapsed = ContinuousClock.now - start
        let cpu = ResourceUsage.cpuSeconds() - cpuBefore
        let switches = ResourceUsage.contextSwitches() - switchesBefore
        let after = await serverTotals(port: port, hosts: hosts)
        engine.shutdown()

        let served = max(1, after.requests - before.requests)
        print("kind              \(kind): \(requests) calls (\(failures) failed) over \(hosts) hosts, \(perHost) per host, gap \(gap) ms")
        print("server requests   \(served) in \(String(format: "%.1f", elapsed.seconds)) s")
        print("connections       \(after.connections - before.connections) opened (\(String(format: "%.4f", Double(after.connections - before.connections) / Double(served))) per request)")
        print(String(format: "context switches  %.2f per request", Double(switches) / Double(served)))
        print(String(format: "CPU per request   %.1f µs (user+sys, client process)", 1e6 * cpu / Double(served)))
    }

    /// Runs `body(0..<count)` keeping at most `window` calls outstanding; returns how many failed.
    @discardableResult
    static func run(_ count: Int, window: Int, _ body: @escaping @Sendable (Int) async -> Bool) async -> Int {
        await withTaskGroup(of: Bool.self) { group in
            var failures = 0
            var next = 0
            while next < min(window, count) {
                let index = next
                group.addTask { await body(index) }
                next += 1
            }
            for await ok in group {
                if !ok { failures += 1 }
                if next < count {
                    let index = next
                    group.addTask { await body(index) }
                    next += 1
                }
            }
            return failures
        }
    }

    /// Requests answered and connections opened so far for the benchmark's host names (the
    /// server's `/stats` route), asked on an engine of its own.
    static func serverTotals(port: Int, hosts: Int) async -> (requests: Int, connections: Int) {
        var configuration = FetchConfiguration()
        configuration.allowPrivate = true
        let engine = FetchEngine(configuration: configuration)
        defer { engine.shutdown() }
        let result = await engine.fetch(FetchRequest(url: "http://127.0.0.1:\(port)/stats?hosts=\(hosts)"))
        let numbers = String(decoding: result.body, as: UTF8.self).split(separator: " ").compactMap { Int($0) }
        guard numbers.count == 2 else { return (0, 0) }
        return (numbers[0], numbers[1])
    }

    /// The server side: `/doc.pdf` for HEAD checks, and `/stats?hosts=N`, which answers
    /// `REQUESTS CONNECTIONS` summed over the host names `site0…site(N-1).bench.test`.
    static func addRoutes(to server: TestHTTPServer) {
        server.route("/doc.pdf", always: .bytes(Array(repeating: 0x25, count: 40_000), contentType: "application/pdf"))
        server.route("/stats") { [server] request in
            let hosts = request.query.flatMap { $0.split(separator: "=").last.flatMap { Int($0) } } ?? 0
            var requests = 0
            var connections = 0
            for index in 0..<hosts {
                let record = server.record(host: "site\(index).bench.test")
                requests += record.requests
                connections += record.connections
            }
            return .bytes(Array("\(requests) \(connections)".utf8), contentType: "text/plain")
        }
    }
}
