import Foundation

/// One distributed sweep: a coordinator, its database and token, and workers, each a process of
/// a ``ProcessScope``, optionally each in a network namespace.
struct Cluster: Sendable {
    let scope: ProcessScope
    /// Where the coordinator listens and workers connect (`HOST:PORT`).
    let address: String
    let db: String
    let tokenFile: String
    /// The `--out` of coordinator runs.
    let out: String

    init(scope: ProcessScope, host: String = "127.0.0.1", port: Int) throws {
        self.scope = scope
        address = "\(host):\(port)"
        db = scope.directory.file("sweep.db")
        out = scope.directory.file("coordinator-out")
        tokenFile = try scope.directory.write(Self.randomToken(), to: "token")
    }

    /// 32 random bytes as hex.
    static func randomToken() -> String {
        (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255)) }.joined()
    }

    /// Starts a new sweep of `inventory` (with `options` added); returns once the coordinator listens.
    func startCoordinator(inventory: String, namespace: String? = nil, options: [String] = []) async throws -> ChildProcess {
        let coordinator = try scope.start(
            "coordinator",
            ["coordinator", "--inventory", inventory, "--listen", address, "--token-file", tokenFile, "--db", db, "--out", out]
                + TestProvince.sweepOptions + options,
            namespace: namespace)
        try await coordinator.waitForLog("serving sweep", timeout: .seconds(30))
        return coordinator
    }

    /// `coordinator --resume` on the same address, token and database; returns once it listens.
    func resumeCoordinator(namespace: String? = nil) async throws -> ChildProcess {
        let coordinator = try scope.start(
            "coordinator",
            ["coordinator", "--resume", "--listen", address, "--token-file", tokenFile, "--db", db, "--out", out, "--log-level", "info"],
            namespace: namespace)
        try await coordinator.waitForLog("serving sweep", timeout: .seconds(30))
        return coordinator
    }

    /// Starts `govsweep worker --id ID` against the coordinator. With the default capacity one
    /// worker can hold every site of the test province.
    func startWorker(_ id: String, capacity: Int = 16, tokenFile: String? = nil, namespace: String? = nil) throws -> ChildProcess {
        try scope.start(
            id,
            ["worker", "--coordinator", address, "--token-file", tokenFile ?? self.tokenFile, "--capacity", "\(capacity)", "--id", id,
             "--log-level", "info"],
            namespace: namespace)
    }

    /// `govsweep export` of the sweep into a fresh directory.
    func export(_ name: String = "export") async throws -> SweepExport {
        try await scope.export(db: db, into: name)
    }

    /// Polls `govsweep status` until `condition` holds.
    @discardableResult
    func waitForStatus(
        _ what: String, timeout: Duration = .seconds(60), watching: [ChildProcess], until condition: (SweepStatus) -> Bool
    ) async throws -> SweepStatus {
        try await scope.waitForStatus(db: db, what, timeout: timeout, watching: watching, until: condition)
    }

    /// How many leases the coordinator said it kept for `worker` when that worker's connection
    /// closed (the `worker left` log lines), in order.
    static func leasesKept(by worker: String, in coordinator: ChildProcess) -> [Int] {
        coordinator.errorOutput.split(separator: "\n").compactMap { line in
            guard line.contains("worker left"), line.contains("worker=\"\(worker)\" ["),
                  let range = line.range(of: "leases_kept_until_expiry=")
            else { return nil }
            return Int(line[range.upperBound...].prefix { $0.isNumber })
        }
    }

    /// Waits until `coordinator` logs that `worker` joined it: a worker still reconnecting after a
    /// coordinator restart is not yet known to the new coordinator, which could not see it leave.
    static func arrival(of worker: String, at coordinator: ChildProcess, timeout: Duration = .seconds(30)) async throws {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let joined = coordinator.errorOutput.split(separator: "\n").contains { line in
                line.contains("worker joined") && line.contains("worker=\"\(worker)\"")
            }
            if joined { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw EndToEndError.timedOut(what: "\(worker) to join the coordinator", seconds: timeout.seconds, log: coordinator.logTail())
    }

    /// Waits until the coordinator logs that `worker` left (once more than `before` times);
    /// returns how many leases it kept for it then.
    static func departure(of worker: String, from coordinator: ChildProcess, before: Int) async throws -> Int {
        let deadline = ContinuousClock.now + .seconds(15)
        while ContinuousClock.now < deadline {
            let kept = leasesKept(by: worker, in: coordinator)
            if kept.count > before { return kept.last ?? 0 }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw EndToEndError.timedOut(what: "the coordinator to see \(worker) leave", seconds: 15, log: coordinator.logTail())
    }

    /// How often `text` occurs in the process's logs.
    static func count(_ text: String, in process: ChildProcess) -> Int {
        (process.output + process.errorOutput).components(separatedBy: text).count - 1
    }
}

extension ProcessScope {
    /// `govsweep export` of the latest sweep in `db` into the scope's directory `name`.
    func export(db: String, into name: String) async throws -> SweepExport {
        let target = directory.file(name)
        let (exit, process) = try await run("export", ["export", "--db", db, "--out", target])
        guard exit.succeeded else { throw EndToEndError.failed(what: "govsweep export: \(exit)", log: process.logTail()) }
        return try SweepExport(directory: target)
    }
}
