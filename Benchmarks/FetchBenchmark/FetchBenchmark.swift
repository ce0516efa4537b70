import Fetching
import Foundation
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// Measures the fetch engine: pages per second, CPU per page and peak memory.
///
///     FetchBenchmark serve --latency-ms 100          # prints the port, serves until killed
///     FetchBenchmark run --port P --latency-ms 100 --hosts 128 --requests 20000
///
/// scripts/bench-fetch runs both in separate processes so the figures are the client's own.
@main
struct FetchBenchmark {
    static func main() async throws {
        let arguments = BenchmarkArguments(CommandLine.arguments.dropFirst())
        switch arguments.command {
        case "serve":
            try await serve(latency: .milliseconds(arguments.int("latency-ms", 0)), threads: arguments.int("threads", 1))
        case "run":
            await run(arguments)
        case "transfers":
            await TransferBenchmark.run(arguments)
        case "get":
            await get(arguments)
        case "collect":
            await PageWorkBenchmark.collect(arguments)
        case "pagework":
            PageWorkBenchmark.run(arguments)
        default:
            print("usage: FetchBenchmark serve [--latency-ms N] | run --port P [--latency-ms N] [--hosts N] [--per-host N] [--requests N] | transfers --port P [--kind get|head|page|check|document] [--hosts N] [--per-host N] [--gap-ms N] [--requests N] | get --url U [--allow-private 1] | collect --inventory F --corpus D | pagework --corpus D [--repeat N]")
            exit(2)
        }
    }

    static func serve(latency: Duration, threads: Int) async throws {
        let server = try await TestHTTPServer.start(latency: latency, threads: threads)
        let page = Array(BenchmarkPage.html.utf8)
        server.route("/page", always: .bytes(page, contentType: "text/html; charset=utf-8"))
        TransferBenchmark.addRoutes(to: server)
        print(server.port)
        fflush(nil)
        while true { try await Task.sleep(for: .seconds(3600)) }
    }

    static func run(_ arguments: BenchmarkArguments) async {
        let port = arguments.int("port", 0)
        let hosts = arguments.int("hosts", 128)
        let perHost = arguments.int("per-host", 2)
        let requests = arguments.int("requests", 20_000)
        let latencyMs = arguments.int("latency-ms", 0)
        let hostNames = (0..<hosts).map { "site\($0).bench.test" }

        var configuration = FetchConfiguration()
        configuration.allowPrivate = true
        configuration.politeness = PolitenessRules(perHostConcurrency: perHost, minimumGap: .zero)
        configuration.resolveOverrides = hostNames.map { "\($0):\(port):127.0.0.1" }
        let engine = FetchEngine(configuration: configuration)
        let inFlight = min(configuration.globalTransferLimit, hosts * perHost)
        // Calls outstanding: enough that every host always has work queued, as in a real crawl.
        let window = arguments.int("window", inFlight * 16)

        // Warm up: one request per host opens the connections.
        await fetchAll(engine, hostNames.map { "http://\($0):\(port)/page?warm" }, window: inFlight * 2)

        let urls = (0..<requests).map { "http://\(hostNames[$0 % hosts]):\(port)/page?n=\($0)" }
        let cpuBefore = ResourceUsage.cpuSeconds()
        let start = ContinuousClock.now
        let failures = await fetchAll(engine, urls, window: window)
        let elapsed = (ContinuousClock.now - start).seconds
        let cpu = ResourceUsage.cpuSeconds() - cpuBefore
        engine.shutdown()

        let rate = Double(requests) / elapsed
        print("requests          \(requests) (\(failures) failed) over \(hosts) hosts, \(perHost) per host")
        print("transfers in flight \(inFlight), server latency \(latencyMs) ms")
        print(String(format: "pages/s           %.0f", rate))
        if latencyMs > 0 {
            let bound = Double(inFlight) / (Double(latencyMs) / 1000)
            print(String(format: "latency bound     %.0f pages/s -> %.1f %% of it", bound, 100 * rate / bound))
        }
        print(String(format: "CPU per page      %.3f ms (user+sys, client process)", 1000 * cpu / Double(requests)))
        print(String(format: "peak RSS          %.1f MB", ResourceUsage.peakResidentMegabytes()))
    }

    /// Fetches one page the way the crawler does and prints what came back (a diagnostic aid).
    static func get(_ arguments: BenchmarkArguments) async {
        var configuration = FetchConfiguration()
        configuration.allowPrivate = arguments.int("allow-private", 0) != 0
        let engine = FetchEngine(configuration: configuration)
        let page = await LinkChecker(engine: engine).fetchPage(arguments.string("url") ?? "", politenessKey: nil)
        engine.shutdown()
        print("status \(page.status.map(String.init) ?? "-") error \(page.failure.map { "\($0)" } ?? "-")")
        print("final \(page.finalURL) chain \(page.redirectChain.count) tls \(page.tlsError ?? "-")")
        print("charset \(page.charset ?? "-") bytes of text \(page.text?.utf8.count ?? 0)")
    }

    /// Fetches `urls` keeping at most `window` calls outstanding; returns how many failed.
    @discardableResult
    static func fetchAll(_ engine: FetchEngine, _ urls: [String], window: Int) async -> Int {
        await withTaskGroup(of: Bool.self) { group in
            var failures = 0
            var next = 0
            func add() {
                let url = urls[next]
                next += 1
                group.addTask { await engine.fetch(FetchRequest(url: url)).status == 200 }
            }
            while next < min(window, urls.count) { add() }
            for await ok in group {
                if !ok { failures += 1 }
                if next < urls.count { add() }
            }
            return failures
        }
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
