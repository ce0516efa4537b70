import ArgumentParser
import Coordinator
import DemoProvince
import Foundation
import GovSweepProtocol
import Logging
import Rules

/// `govsweep demo`: the README's main job. Serves a simulated province on loopback, sweeps it with
/// local workers and writes the findings and reports.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Sweep the built-in demo province (served on 127.0.0.1) and write its report.",
        discussion: "Everything lands in --dir: the province's inventory and ground truth, the database and the results. Check the results against the truth with `scripts/accuracy DIR/province/truth.json DIR/results`.")

    @Option(help: "Sites in the demo province.")
    var sites = 60

    @Option(help: "Seed of the province (the same seed gives the same province).")
    var seed: UInt64 = 2024

    @Option(help: "Worker processes.")
    var workers = 2

    @Option(help: "Working directory for the province, the database and the results.")
    var dir = "govsweep-demo"

    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        guard (1...ProvinceSpec.maximumSites).contains(sites) else {
            throw ValidationError("--sites must be between 1 and \(ProvinceSpec.maximumSites)")
        }
        guard workers >= 1 else { throw ValidationError("--workers must be at least 1") }
    }

    func run() async throws {
        logging.bootstrap()
        let logger = Logger(label: "govsweep.demo")
        let started = Date()
        let root = URL(fileURLWithPath: dir, isDirectory: true)
        let provinceDirectory = root.appendingPathComponent("province")
        let results = root.appendingPathComponent("results").path
        let db = root.appendingPathComponent("govsweep.db").path
        try FileManager.default.createDirectory(at: provinceDirectory, withIntermediateDirectories: true)
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }

        let asOf = CivilDate(year: 2024, month: 1, day: 8)!
        let server = try await ProvinceServer.start(Province(spec: ProvinceSpec(sites: sites, seed: seed, asOf: asOf)))
        let inventory = provinceDirectory.appendingPathComponent("inventory.csv")
        try server.province.writeInventoryCSV(to: inventory)
        try server.groundTruth.write(to: provinceDirectory.appendingPathComponent("truth.json"))
        print("demo province: \(sites) sites on 127.0.0.1 ports \(server.ports.min() ?? 0)-\(server.ports.max() ?? 0), as of \(asOf)")

        let ending: SweepService.Ending
        let sweepID: String
        let store = try SweepStore(path: db)
        do {
            let options = try SweepArguments.parse([
                "--as-of", asOf.iso, "--allow-private", "--timeout", "8", "--connect-timeout", "3", "--retries", "1",
                "--probe-spread", "10", "--gap-ms", "100",
            ])
            let sweep = try NewSweep.create(inventory: inventory.path, options: options, store: store, logger: logger)
            sweepID = sweep.id
            let tokenFile = try TokenFile.make()
            defer { tokenFile.remove() }
            ending = try await SweepRunner(
                store: store, sweep: sweep, listen: HostAndPort(host: "127.0.0.1", port: 0), token: tokenFile.token,
                localWorkers: workers, localTokenFile: tokenFile.path, capacity: max(8, sites / workers + 1), logger: logger
            ).run()
        } catch {
            await server.shutdown()
            throw error
        }
        await server.shutdown()
        try Finish.report(ending, store: store, sweepID: sweepID, db: db, out: results, rules: nil)
        try printSummary(store: store, sweepID: sweepID, results: results, seconds: Date().timeIntervalSince(started))
    }

    private func printSummary(store: SweepStore, sweepID: String, results: String, seconds: Double) throws {
        let sweep = try store.sweep(sweepID)
        let verdicts = try SweepResults.verdicts(store: store, sweep: sweep, rulesOverride: nil).verdicts
        let passed = verdicts.filter(\.passed).count
        let findings = verdicts.flatMap(\.findings)
        func count(_ check: CheckID) -> Int { findings.filter { $0.check == check }.count }
        let rate = verdicts.isEmpty ? 0 : Double(passed) * 100 / Double(verdicts.count)
        print("")
        print("检查网站\(verdicts.count)个，合格\(passed)个，合格率\(String(format: "%.1f", rate))%")
        print("空白栏目\(count(.columnBlank))个，栏目更新不及时\(count(.columnStale))个，链接打不开\(count(.linkBroken) + count(.attachmentBroken) + count(.imageBroken))个，首页2周未更新\(count(.homepageStale))个，站点无法访问\(count(.siteUnreachable))个")
        print(String(format: "demo finished in %.0f s", seconds))
        print("open \(results)/report.html")
        print("check accuracy: scripts/accuracy \(dir)/province/truth.json \(results)")
    }
}
