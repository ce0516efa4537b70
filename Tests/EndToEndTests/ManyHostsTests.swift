import DemoProvince
import Foundation
import GovSweepProtocol
import Testing

extension EndToEnd {
    /// Province, coordinator and two workers on hosts of their own (network namespaces joined by
    /// a bridge); one worker is killed while it holds leases and the sweep still completes with
    /// the result of an uninterrupted sweep of the same served province.
    @Suite("Many hosts (network namespaces)")
    struct ManyHostsTests {
        static let coordinatorPort = 7400

        @Test("province, coordinator and workers in separate namespaces; a worker killed mid-site", .timeLimit(.minutes(8)))
        func sweepAcrossNamespaces() async throws {
            try await NetworkTopology.with { topology in
                try await ProcessScope.run("netns") { scope in
                    let help = try await scope.run("help", ["province", "serve", "--help"]).process.output
                    let canListenElsewhere = help.contains("--host")
                    try #require(
                        canListenElsewhere,
                        "`govsweep province serve` has no --host option: the province must listen on \(topology.province.address) and put that address in the inventory and truth URLs")
                    let files = scope.directory.file("province")
                    let province = try scope.start(
                        "province",
                        ["province", "serve", "--sites", "\(TestProvince.spec.sites)", "--seed", "\(TestProvince.spec.seed)",
                         "--as-of", TestProvince.asOf.iso, "--pages-per-site", "\(TestProvince.spec.pagesPerSite)",
                         "--latency-ms", "20-60", "--out", files, "--host", topology.province.address],
                        namespace: topology.province.namespace)
                    try await province.waitForLog("serving", timeout: .seconds(30))
                    let inventory = (files as NSString).appendingPathComponent("inventory.csv")
                    let inventoryText = try String(contentsOfFile: inventory, encoding: .utf8)
                    try #require(inventoryText.contains("http://\(topology.province.address):"), "the inventory does not use \(topology.province.address):\n\(inventoryText)")

                    // The uninterrupted sweep of this served province, on the coordinator's host.
                    let baselineDB = scope.directory.file("baseline.db")
                    let (baselineExit, baseline) = try await scope.run(
                        "baseline",
                        ["sweep", "--inventory", inventory, "--db", baselineDB, "--out", scope.directory.file("baseline-out"), "--workers", "2"]
                            + TestProvince.sweepOptions,
                        timeout: .seconds(100), namespace: topology.coordinator.namespace)
                    try #require(baselineExit.succeeded, "\(baseline.logTail())")
                    let expected = try await scope.export(db: baselineDB, into: "baseline-export")

                    let cluster = try Cluster(scope: scope, host: topology.coordinator.address, port: Self.coordinatorPort)
                    let coordinator = try await cluster.startCoordinator(inventory: inventory, namespace: topology.coordinator.namespace)
                    // w1 alone first: it holds every lease the politeness budgets allow when it is killed.
                    let victim = try cluster.startWorker("w1", namespace: topology.firstWorker.namespace)
                    try await cluster.waitForStatus("w1 to store pages", watching: [coordinator, victim, province]) { $0.pages >= 10 }
                    let survivor = try cluster.startWorker("w2", namespace: topology.secondWorker.namespace)
                    try await survivor.waitForLog("connected to the coordinator", timeout: .seconds(30))
                    let atKill = try #require(try await scope.status(db: cluster.db))
                    try #require(!atKill.isComplete && atKill.leased > 0, "the sweep must still run when w1 is killed: \(atKill)")
                    await victim.killAndWait()

                    let exit = try await coordinator.waitForExit(timeout: .seconds(100))
                    #expect(exit.succeeded, "\(coordinator.logTail())")
                    let survivorExit = try await survivor.waitForExit(timeout: .seconds(20))
                    #expect(survivorExit.succeeded, "\(survivor.logTail())")
                    #expect(Cluster.count("worker joined", in: coordinator) >= 2, "both workers must have joined across the bridge")
                    let kept = Cluster.leasesKept(by: "w1", in: coordinator)
                    #expect(kept.first ?? 0 > 0, "w1 held no lease when it was killed: \(kept)")
                    let differences = try await cluster.export().differences(from: expected)
                    #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
                    #expect(province.isRunning, "the province server died: \(province.logTail())")
                }
            }
        }
    }
}
