import Testing

extension EndToEnd {
    /// A worker killed with SIGKILL while it crawls: its leases expire, another worker takes the
    /// sites on from where they stopped, and the result is the uninterrupted one.
    @Suite("Worker killed mid-site")
    struct WorkerCrashTests {
        @Test("kill -9 a worker holding leases; the sweep completes with the uninterrupted export", .timeLimit(.minutes(8)))
        func killWorkerMidSite() async throws {
            let expected = try await Baseline.shared.canonicalExport()
            try await ProcessScope.run("worker-kill") { scope in
                try await LoopbackProvince.serve(in: scope.directory) { province in
                    let cluster = try Cluster(scope: scope, port: try FreePort.pick(excluding: province.ports))
                    let coordinator = try await cluster.startCoordinator(inventory: province.inventoryPath)
                    // Alone at first, the victim holds every lease the politeness budgets allow.
                    let victim = try cluster.startWorker("w1")
                    try await cluster.waitForStatus("w1 to store pages", watching: [coordinator, victim]) { $0.pages >= 10 }
                    let survivor = try cluster.startWorker("w2")
                    try await survivor.waitForLog("connected to the coordinator", timeout: .seconds(30))
                    let atKill = try #require(try await scope.status(db: cluster.db))
                    try #require(!atKill.isComplete && atKill.leased > 0, "the sweep must still run when w1 is killed: \(atKill)")

                    await victim.killAndWait()

                    let exit = try await coordinator.waitForExit(timeout: .seconds(100))
                    #expect(exit.succeeded, "\(coordinator.logTail())")
                    let kept = Cluster.leasesKept(by: "w1", in: coordinator)
                    #expect(kept.first ?? 0 > 0, "w1 held no lease when it was killed: \(kept)")
                    #expect(Cluster.count("lease expired", in: coordinator) > 0, "no lease of w1 expired")
                    let survivorExit = try await survivor.waitForExit(timeout: .seconds(20))
                    #expect(survivorExit.succeeded, "\(survivor.logTail())")
                    let differences = province.canonical(try await cluster.export()).differences(from: expected)
                    #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
                }
            }
        }
    }
}
