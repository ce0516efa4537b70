import ArgumentParser
import DemoProvince
import Dispatch
import Foundation
import GovSweepProtocol

/// `govsweep province`: the simulated province used by the demo, end-to-end tests and benchmarks.
struct ProvinceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "province",
        abstract: "Generate and serve a simulated province of government websites on loopback.",
        subcommands: [Serve.self]
    )

    /// `govsweep province serve`: writes the inventory and ground truth, then serves until stopped.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve a simulated province on 127.0.0.1 until Ctrl-C.",
            discussion: """
                Writes DIR/inventory.csv (UTF-8), DIR/inventory-gbk.csv (GBK, Chinese headers) and
                DIR/truth.json (what a correct sweep must find), then serves one port per site.
                Check a sweep's export against the truth with scripts/accuracy.
                """
        )

        @Option(help: "How many sites (1 to about 5400; past about 1000 made-up counties are added).")
        var sites: Int = 60

        @Option(help: "Seed: the same seed gives the same province.")
        var seed: UInt64 = 2024

        @Option(name: .customLong("as-of"), help: "The inspection day the planted dates are relative to (YYYY-MM-DD).")
        var asOf: String = "2024-01-08"

        @Option(name: .customLong("pages-per-site"), help: "Roughly how many pages each site serves.")
        var pagesPerSite: Int = 45

        @Option(help: "Directory for inventory.csv and truth.json (created if needed).")
        var out: String

        @Option(help: "The IP address to listen on (a literal such as 127.0.0.1); the inventory and truth URLs use it.")
        var host = "127.0.0.1"

        @Option(name: .customLong("latency-ms"), help: "Delay every answer by a random time in this range, e.g. 50-300.")
        var latencyMS: String?

        func validate() throws {
            guard CivilDate(iso: asOf) != nil else { throw ValidationError("--as-of must be a date as YYYY-MM-DD, e.g. 2024-01-08") }
            guard (1...ProvinceSpec.maximumSites).contains(sites) else {
                throw ValidationError("--sites must be between 1 and \(ProvinceSpec.maximumSites)")
            }
            if let latencyMS, Self.parseRange(latencyMS) == nil {
                throw ValidationError("--latency-ms must be MIN-MAX in milliseconds, e.g. 50-300")
            }
        }

        func run() async throws {
            let spec = ProvinceSpec(sites: sites, seed: seed, asOf: CivilDate(iso: asOf)!, pagesPerSite: pagesPerSite)
            let latency = latencyMS.flatMap(Self.parseRange).map { Duration.milliseconds($0.lowerBound)...Duration.milliseconds($0.upperBound) }
            let server = try await ProvinceServer.start(Province(spec: spec), latency: latency, address: host)
            let directory = URL(fileURLWithPath: out, isDirectory: true)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try server.province.writeInventoryCSV(to: directory.appendingPathComponent("inventory.csv"))
            try server.province.writeInventoryCSV(to: directory.appendingPathComponent("inventory-gbk.csv"), flavour: .gbkChineseHeaders)
            try server.groundTruth.write(to: directory.appendingPathComponent("truth.json"))
            let planted = server.groundTruth.allExpected.count
            say("province: \(server.province.inventory.count) sites on \(server.ports.count) ports, \(host):\(server.ports.min() ?? 0)-\(server.ports.max() ?? 0)")
            say("wrote \(directory.path)/inventory.csv, inventory-gbk.csv and truth.json (\(planted) planted findings)")
            say("serving; Ctrl-C to stop")
            await Self.waitForTermination()
            let stats = server.stats()
            await server.shutdown()
            say("stopped. per host (busiest first): peak connections open, peak requests in flight, requests")
            for host in stats.filter({ $0.requests > 0 }).sorted(by: { ($0.peakInFlight, $0.peakConnections, $0.requests) > ($1.peakInFlight, $1.peakConnections, $1.requests) }) {
                say("  \(host.address)  connections \(host.peakConnections)  in flight \(host.peakInFlight)  requests \(host.requests)  \(host.label)")
            }
        }

        /// Writes a line unbuffered, so that a script reading a pipe sees "serving" at once.
        func say(_ line: String) {
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        }

        static func parseRange(_ text: String) -> ClosedRange<Int>? {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, let low = Int(parts[0]), let high = Int(parts[1]), low >= 0, low <= high else {
                return nil
            }
            return low...high
        }

        /// Returns on SIGINT or SIGTERM.
        static func waitForTermination() async {
            let (stream, continuation) = AsyncStream<Int32>.makeStream()
            let queue = DispatchQueue(label: "govsweep.province.signals")
            let sources = [SIGINT, SIGTERM].map { number in
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
                source.setEventHandler { continuation.yield(number) }
                source.resume()
                return source
            }
            for await _ in stream { break }
            sources.forEach { $0.cancel() }
        }
    }
}
