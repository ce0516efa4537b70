import DemoProvince
import Foundation
import GovSweepProtocol

/// The simulated province every end-to-end test sweeps, and the options that keep sweeps short.
enum TestProvince {
    static let asOf = CivilDate(iso: "2024-01-08")!

    /// Ten sites: the province, a department, a city with counties, county departments and a
    /// platform of township channels; planted defects of most checks, an unreachable site and a
    /// site that accepts and never answers.
    static let spec = ProvinceSpec(sites: 10, seed: 2024, asOf: asOf, pagesPerSite: 40)

    /// Each answer waits this long, so that sweeps last long enough to be interrupted mid-site.
    static let latency: ClosedRange<Duration> = .milliseconds(20) ... .milliseconds(60)

    /// `govsweep sweep`/`coordinator` options: loopback allowed, a fixed as-of date, short timeouts.
    static var sweepOptions: [String] {
        [
            "--allow-private", "--as-of", asOf.iso, "--timeout", "5", "--connect-timeout", "2", "--retries", "1",
            "--probe-spread", "3", "--gap-ms", "50", "--log-level", "info",
        ]
    }
}

/// A ``TestProvince`` served in this process on loopback, with its inventory and truth on disk.
struct LoopbackProvince: Sendable {
    let server: ProvinceServer
    let inventoryPath: String
    let truthPath: String

    /// Serves a fresh province (fresh flaky-page counters) and writes its files into `directory`.
    static func start(in directory: TemporaryDirectory) async throws -> LoopbackProvince {
        let server = try await ProvinceServer.start(Province(spec: TestProvince.spec), latency: TestProvince.latency)
        let province = LoopbackProvince(server: server, inventoryPath: directory.file("inventory.csv"), truthPath: directory.file("truth.json"))
        do {
            try server.province.writeInventoryCSV(to: URL(fileURLWithPath: province.inventoryPath))
            try server.groundTruth.write(to: URL(fileURLWithPath: province.truthPath))
        } catch {
            await server.shutdown()
            throw error
        }
        return province
    }

    /// Runs `body` with a served province and shuts the server down afterwards, also on failure.
    static func serve<T>(in directory: TemporaryDirectory, _ body: (LoopbackProvince) async throws -> T) async throws -> T {
        let province = try await start(in: directory)
        do {
            let result = try await body(province)
            await province.server.shutdown()
            return result
        } catch {
            await province.server.shutdown()
            throw error
        }
    }

    /// Every port the province holds (refusing hosts included), to keep coordinators off them.
    var ports: Set<Int> { Set(server.ports) }

    /// Rewrites `127.0.0.1:PORT` of this province's hosts as `hostN`, so that exports of
    /// different servers of the same spec compare equal.
    func canonical(_ export: SweepExport) -> SweepExport {
        export.rewritingOrigins(HostNames(address: "127.0.0.1", ports: server.ports))
    }
}

/// Maps `ADDRESS:PORT` of a province's hosts to their host index (`hostN`).
struct HostNames: Sendable {
    let address: String
    let namesByPort: [Int: String]

    init(address: String, ports: [Int]) {
        self.address = address
        var names: [Int: String] = [:]
        for (index, port) in ports.enumerated() { names[port] = "host\(index)" }
        namesByPort = names
    }

    func rewrite(_ line: String) -> String {
        let prefix = address + ":"
        var result = ""
        var rest = Substring(line)
        while let range = rest.range(of: prefix) {
            result += rest[..<range.lowerBound]
            let digits = rest[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
            if let port = Int(digits), let name = namesByPort[port] {
                result += name
            } else {
                result += prefix + digits
            }
            rest = rest[range.upperBound...].dropFirst(digits.count)
        }
        return result + rest
    }
}
