import Foundation
import Testing

extension EndToEnd {
    /// Workers stopped with fetches in flight: SIGTERM hands the leases back at once, SIGSTOP
    /// (then SIGCONT) loses them; either way nothing cut short is stored, and the export is the
    /// uninterrupted one.
    @Suite("Worker stopped mid-site")
    struct WorkerStopTests {
        static let leaseSeconds = 6

        @Test("SIGTERM one worker and SIGSTOP/SIGCONT another while they fetch; the export equals the uninterrupted one", .timeLimit(.minutes(8)))
        func terminateAndFreezeWorkers() async throws {
            let expected = try await Baseline.shared.canonicalExport()
            try await ProcessScope.run("worker-stop") { scope in
                try await LoopbackProvince.serve(in: scope.directory) { province in
                    let cluster = try Cluster(scope: scope, port: try FreePort.pick(excluding: province.ports))
                    let coordinator = try await cluster.startCoordinator(
                        inventory: province.inventoryPath, options: ["--lease-seconds", "\(Self.leaseSeconds)"])
                    let first = try cluster.startWorker("w1")
                    try await cluster.waitForStatus("w1 to store pages", watching: [coordinator, first]) { $0.pages >= 10 }
                    let second = try cluster.startWorker("w2")
                    try await second.waitForLog("connected to the coordinator", timeout: .seconds(30))
                    let atTerm = try #require(try await scope.status(db: cluster.db))
                    try #require(!atTerm.isComplete && atTerm.leased > 0, "the sweep must still run when w1 gets SIGTERM: \(atTerm)")

                    // SIGTERM: w1 hands its leases back and the coordinator frees them at once.
                    first.send(SIGTERM)
                    let firstExit = try await first.waitForExit(timeout: .seconds(20))
                    #expect(firstExit.succeeded, "\(first.logTail())")
                    #expect(Self.lines(in: coordinator, containing: "worker handed leases back", worker: "w1") > 0, "\(coordinator.logTail())")
                    let kept = try await Cluster.departure(of: "w1", from: coordinator, before: 0)
                    #expect(kept == 0, "the coordinator kept \(kept) leases of w1 until they expire")

                    // SIGSTOP: w2 freezes with fetches in flight, its leases expire and go to w3;
                    // resumed, it is told they are no longer its own.
                    let pagesBefore = try await scope.status(db: cluster.db)?.pages ?? 0
                    try await cluster.waitForStatus("w2 to store pages", watching: [coordinator, second]) { $0.pages >= pagesBefore + 5 || $0.isComplete }
                    try await Self.freeze(second, named: "w2", whileHoldingSitesIn: cluster.db, scope: scope)
                    let third = try cluster.startWorker("w3")
                    try await Task.sleep(for: .seconds(Self.leaseSeconds * 3))
                    second.send(SIGCONT)

                    let exit = try await coordinator.waitForExit(timeout: .seconds(100))
                    #expect(exit.succeeded, "\(coordinator.logTail())")
                    #expect(Self.lines(in: coordinator, containing: "lease expired", worker: "w1") == 0, "a lease of w1 waited for its expiry")
                    #expect(Self.lines(in: coordinator, containing: "lease expired", worker: "w2") > 0, "no lease of the frozen w2 expired")
                    for worker in [second, third] {
                        let workerExit = try await worker.waitForExit(timeout: .seconds(20))
                        #expect(workerExit.succeeded, "\(worker.logTail())")
                    }
                    let differences = province.canonical(try await cluster.export()).differences(from: expected)
                    #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
                }
            }
        }

        /// Stops `worker` (SIGSTOP) at a moment it holds sites. Between two sites it may hold none,
        /// and then nothing of it would expire: the database is read a second after each stop, and
        /// the worker is resumed and stopped again until it shows a site in progress.
        static func freeze(_ worker: ChildProcess, named name: String, whileHoldingSitesIn db: String, scope: ProcessScope) async throws {
            var last: SweepStatus?
            for _ in 0..<20 {
                worker.send(SIGSTOP)
                try await Task.sleep(for: .seconds(1))
                last = try await scope.status(db: db)
                if let last, last.leasesByWorker[name, default: 0] > 0 { return }
                try #require(last?.isComplete != true, "the sweep completed before \(name) could be stopped holding a site")
                worker.send(SIGCONT)
                try await Task.sleep(for: .milliseconds(300))
            }
            Issue.record("\(name) held no site in 20 stops; last status: \(last.map(\.description) ?? "none")")
        }

        /// Lines of the coordinator's log with `text` that name `worker`.
        static func lines(in coordinator: ChildProcess, containing text: String, worker: String) -> Int {
            coordinator.errorOutput.split(separator: "\n").count { $0.contains(text) && $0.contains("worker=\"\(worker)\"") }
        }
    }
}
