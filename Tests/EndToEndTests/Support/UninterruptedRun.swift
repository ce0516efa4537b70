import DemoProvince
import Foundation

/// An uninterrupted `govsweep sweep` of a fresh ``TestProvince`` and everything the tests check
/// or compare against: its `--out` files, two `govsweep export` runs and `scripts/accuracy`.
struct UninterruptedRun: Sendable {
    var sweepExit: ChildProcess.Exit
    var sweepLog: String
    var written: SweepExport
    var firstExport: SweepExport
    var secondExport: SweepExport
    /// `firstExport` with the province's origins rewritten as `hostN`.
    var canonical: SweepExport
    var accuracyExit: ChildProcess.Exit
    var accuracyReport: String
    var siteIDs: Set<String>

    static func perform() async throws -> UninterruptedRun {
        try await ProcessScope.run("uninterrupted") { scope in
            try await LoopbackProvince.serve(in: scope.directory) { province in
                let db = scope.directory.file("sweep.db")
                let out = scope.directory.file("out")
                let (sweepExit, sweep) = try await scope.run(
                    "sweep",
                    ["sweep", "--inventory", province.inventoryPath, "--db", db, "--out", out, "--workers", "2"]
                        + TestProvince.sweepOptions,
                    timeout: .seconds(100))
                guard sweepExit.succeeded else {
                    throw EndToEndError.failed(what: "the uninterrupted sweep failed (\(sweepExit))", log: sweep.logTail(lines: 60))
                }
                let exports = try await (1...2).asyncMap { try await scope.export(db: db, into: "export-\($0)") }
                let (accuracyExit, accuracy) = try await scope.runScript(
                    "accuracy", ["python3", GovSweepBinary.accuracyScript, province.truthPath, scope.directory.file("export-1")])
                return UninterruptedRun(
                    sweepExit: sweepExit, sweepLog: sweep.logTail(lines: 40), written: try SweepExport(directory: out),
                    firstExport: exports[0], secondExport: exports[1], canonical: province.canonical(exports[0]),
                    accuracyExit: accuracyExit, accuracyReport: accuracy.output + accuracy.errorOutput,
                    siteIDs: Set(province.server.province.inventory.map(\.id)))
            }
        }
    }
}

/// The uninterrupted run, made once per test process and shared by every suite.
actor Baseline {
    static let shared = Baseline()
    private var run: Task<UninterruptedRun, any Error>?

    /// The uninterrupted run (performed on first use).
    func uninterrupted() async throws -> UninterruptedRun {
        if let run { return try await run.value }
        let task = Task { try await UninterruptedRun.perform() }
        run = task
        return try await task.value
    }

    /// The export every faulted sweep must equal, origins rewritten as `hostN`.
    func canonicalExport() async throws -> SweepExport {
        try await uninterrupted().canonical
    }
}

extension ProcessScope {
    /// Runs a program found on `PATH` (through `/usr/bin/env`) to the end.
    func runScript(_ name: String, _ command: [String], timeout: Duration = .seconds(60)) async throws
        -> (exit: ChildProcess.Exit, process: ChildProcess)
    {
        let child = try startExecutable(name, "/usr/bin/env", command)
        return (try await child.waitForExit(timeout: timeout), child)
    }
}

extension Sequence {
    /// `map` with an async transform, one element after the other.
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var results: [T] = []
        for element in self { results.append(try await transform(element)) }
        return results
    }
}
