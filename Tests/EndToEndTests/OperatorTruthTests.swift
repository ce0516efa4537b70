import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

extension EndToEnd {
    /// What an operator meets around one sweep: a start that fails leaves nothing behind, a second
    /// coordinator on a database in use is refused, the metrics endpoint answers scrapes, `status`
    /// tells live from interrupted, and `resume` after `kill -9` finishes the sweep.
    @Suite("One database, one coordinator; status and metrics tell the truth")
    struct OperatorTruthTests {
        static func fetch(_ url: String, method: String = "GET") async throws -> (status: Int, body: String) {
            var request = URLRequest(url: URL(string: url)!)
            request.httpMethod = method
            let (data, response) = try await URLSession.shared.data(for: request)
            return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
        }

        static func metric(_ name: String, in exposition: String) -> Double? {
            exposition.split(separator: "\n").first { $0.hasPrefix(name + " ") }.flatMap { Double($0.split(separator: " ")[1]) }
        }

        @Test("failed start, refused second coordinator, scrapes, live and interrupted status, resume", .timeLimit(.minutes(8)))
        func operatorJourney() async throws {
            try await ProcessScope.run("operator-truth") { scope in
                try await LoopbackProvince.serve(in: scope.directory) { province in
                    let cluster = try Cluster(scope: scope, port: try FreePort.pick(excluding: province.ports))
                    let busyPort = try #require(province.ports.first)

                    // A sweep whose metrics port is taken fails to start and leaves no sweep behind.
                    let phantomDB = scope.directory.file("phantom.db")
                    let (failed, failedRun) = try await scope.run(
                        "sweep-port-in-use",
                        ["sweep", "--inventory", province.inventoryPath, "--db", phantomDB, "--metrics", "127.0.0.1:\(busyPort)"]
                            + TestProvince.sweepOptions)
                    #expect(!failed.succeeded)
                    #expect(failedRun.errorOutput.contains("cannot listen on 127.0.0.1:\(busyPort)"), "\(failedRun.logTail())")
                    let (_, phantomStatus) = try await scope.run("status-phantom", ["status", "--db", phantomDB])
                    #expect(phantomStatus.errorOutput.contains("holds no sweep"), "\(phantomStatus.output)")

                    // The coordinator, with metrics.
                    let metricsPort = try FreePort.pick(excluding: province.ports.union([busyPort]))
                    let coordinator = try scope.start(
                        "coordinator",
                        ["coordinator", "--inventory", province.inventoryPath, "--listen", cluster.address, "--token-file",
                         cluster.tokenFile, "--db", cluster.db, "--metrics", "127.0.0.1:\(metricsPort)"] + TestProvince.sweepOptions)
                    try await coordinator.waitForLog("serving sweep", timeout: .seconds(30))

                    // A second coordinator, sweep or resume on the database is refused, naming the first.
                    for (name, arguments) in [
                        ("second-coordinator", ["coordinator", "--resume", "--listen", "127.0.0.1:0", "--token-file", cluster.tokenFile]),
                        ("second-sweep", ["sweep", "--inventory", province.inventoryPath] + TestProvince.sweepOptions),
                        ("second-resume", ["resume"]),
                    ] {
                        let (exit, process) = try await scope.run(name, arguments + ["--db", cluster.db])
                        #expect(!exit.succeeded)
                        #expect(process.errorOutput.contains("is in use by `govsweep coordinator` (pid"), "\(name): \(process.logTail())")
                    }

                    let worker = try cluster.startWorker("w1", capacity: 4)
                    let running = try await cluster.waitForStatus("pages to be stored", watching: [coordinator, worker]) { $0.pages >= 10 }
                    try #require(!running.isComplete, "the sweep must still run: \(running)")
                    let (_, live) = try await scope.run("status-live", ["status", "--db", cluster.db])
                    #expect(live.output.contains("  live  "), "\(live.output)")
                    #expect(live.output.contains("serving   `govsweep coordinator`"), "\(live.output)")
                    #expect(live.output.contains("in progress:"), "\(live.output)")

                    // Scrapes while the sweep runs: the coordinator answers them and lives on.
                    let first = try await Self.fetch("http://127.0.0.1:\(metricsPort)/metrics")
                    #expect(first.status == 200)
                    let head = try await Self.fetch("http://127.0.0.1:\(metricsPort)/metrics", method: "HEAD")
                    #expect(head.status == 200 && head.body.isEmpty)
                    #expect(try await Self.fetch("http://127.0.0.1:\(metricsPort)/other").status == 404)
                    try await cluster.waitForStatus("more pages", watching: [coordinator, worker]) { $0.pages >= running.pages + 20 }
                    let second = try await Self.fetch("http://127.0.0.1:\(metricsPort)/metrics")
                    let before = try #require(Self.metric("govsweep_pages_stored_total", in: first.body))
                    let after = try #require(Self.metric("govsweep_pages_stored_total", in: second.body))
                    #expect(before > 0 && after > before, "pages stored \(before) then \(after)")
                    #expect(coordinator.isRunning, "\(coordinator.logTail())")

                    // kill -9: the sweep is interrupted, and says so.
                    await coordinator.killAndWait()
                    await worker.killAndWait()
                    let (_, stopped) = try await scope.run("status-interrupted", ["status", "--db", cluster.db])
                    #expect(stopped.output.contains("  interrupted  "), "\(stopped.output)")
                    #expect(stopped.output.contains("no coordinator is serving it"), "\(stopped.output)")
                    #expect(stopped.output.contains("continue with: govsweep resume --db \(cluster.db)"), "\(stopped.output)")

                    // resume is not blocked by the killed coordinator, voids its leases and finishes.
                    let (resumed, resume) = try await scope.run(
                        "resume", ["resume", "--db", cluster.db, "--workers", "2", "--out", scope.directory.file("out"), "--log-level", "info"],
                        timeout: .seconds(100))
                    #expect(resumed.succeeded, "\(resume.logTail())")
                    #expect(resume.errorOutput.contains("leases of the previous coordinator process are void"), "\(resume.logTail())")
                    let done = try #require(try await scope.status(db: cluster.db))
                    #expect(done.isComplete, "\(done)")
                }
            }
        }
    }
}
