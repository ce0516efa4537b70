import Testing

extension EndToEnd {
    /// The coordinator killed with SIGKILL mid-sweep and started again with `--resume`: the
    /// running workers reconnect, resend what was not acknowledged, and the sweep completes with
    /// the uninterrupted result, also when coordinator and workers die several times.
    @Suite("Coordinator killed mid-sweep")
    struct CoordinatorCrashTests {
        @Test("kill -9 the coordinator, resume it; the same workers finish the sweep", .timeLimit(.minutes(8)))
        func killCoordinatorAndResume() async throws {
            let expected = try await Baseline.shared.canonicalExport()
            try await ProcessScope.run("coordinator-kill") { scope in
                try await LoopbackProvince.serve(in: scope.directory) { province in
                    let cluster = try Cluster(scope: scope, port: try FreePort.pick(excluding: province.ports))
                    let first = try await cluster.startCoordinator(inventory: province.inventoryPath)
                    let workers = try ["w1", "w2"].map { try cluster.startWorker($0) }
                    let atKill = try await cluster.waitForStatus("pages to be stored", watching: [first] + workers) { $0.pages >= 10 }
                    try #require(!atKill.isComplete, "the sweep must still run when the coordinator is killed: \(atKill)")

                    await first.killAndWait()
                    // The workers notice and start reconnecting with backoff.
                    for worker in workers { try await worker.waitForLog("reconnecting", timeout: .seconds(30)) }
                    let resumed = try await cluster.resumeCoordinator()

                    let exit = try await resumed.waitForExit(timeout: .seconds(100))
                    #expect(exit.succeeded, "\(resumed.logTail())")
                    for worker in workers {
                        let workerExit = try await worker.waitForExit(timeout: .seconds(20))
                        #expect(workerExit.succeeded, "\(worker.logTail())")
                        #expect(Cluster.count("connected to the coordinator", in: worker) >= 2, "\(worker.name) did not reconnect")
                    }
                    let differences = province.canonical(try await cluster.export()).differences(from: expected)
                    #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
                }
            }
        }

        @Test("coordinator and workers killed twice each in one sweep; the export is unchanged", .timeLimit(.minutes(8)))
        func repeatedKills() async throws {
            let expected = try await Baseline.shared.canonicalExport()
            try await ProcessScope.run("repeated-kills") { scope in
                try await LoopbackProvince.serve(in: scope.directory) { province in
                    let cluster = try Cluster(scope: scope, port: try FreePort.pick(excluding: province.ports))
                    var coordinator = try await cluster.startCoordinator(inventory: province.inventoryPath)
                    // Three sites each at most: both workers hold leases while sites are pending.
                    var workers = try ["w1", "w2"].map { try cluster.startWorker($0, capacity: 3) }
                    var pages = 0
                    // Coordinator, worker, coordinator, worker: each kill once the sweep has moved on.
                    // A worker is killed while the store shows it holding a site.
                    for (round, victim) in ["coordinator", "w1", "coordinator", "w2"].enumerated() {
                        let threshold = pages + 10
                        let status = try await cluster.waitForStatus(
                            "pages beyond \(threshold) before kill \(round + 1)", watching: [coordinator] + workers
                        ) { $0.pages >= threshold && (victim == "coordinator" || $0.leasesByWorker[victim, default: 0] > 0) }
                        try #require(!status.isComplete, "the sweep ended before kill \(round + 1) (\(victim)): \(status)")
                        pages = status.pages
                        if victim == "coordinator" {
                            await coordinator.killAndWait()
                            coordinator = try await cluster.resumeCoordinator()
                        } else {
                            let index = try #require(workers.firstIndex { $0.name == victim })
                            try await Cluster.arrival(of: victim, at: coordinator)
                            let departures = Cluster.leasesKept(by: victim, in: coordinator).count
                            await workers[index].killAndWait()
                            let kept = try await Cluster.departure(of: victim, from: coordinator, before: departures)
                            #expect(kept > 0, "\(victim) held no lease when it was killed")
                            workers[index] = try cluster.startWorker("\(victim)-replacement", capacity: 3)
                        }
                    }
                    let exit = try await coordinator.waitForExit(timeout: .seconds(100))
                    #expect(exit.succeeded, "\(coordinator.logTail())")
                    for worker in workers {
                        let workerExit = try await worker.waitForExit(timeout: .seconds(20))
                        #expect(workerExit.succeeded, "\(worker.logTail())")
                    }
                    let differences = province.canonical(try await cluster.export()).differences(from: expected)
                    #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
                }
            }
        }
    }
}
