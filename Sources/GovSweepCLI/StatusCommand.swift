import ArgumentParser
import Coordinator
import Foundation
import Monitor
import Rules

/// `govsweep status`: where the sweeps in a database stand, and whether a coordinator serves one now.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Show where the sweeps in a database stand.",
        discussion: """
            A sweep is complete, live (a coordinator process serves it now) or interrupted (unfinished,
            and no coordinator serves it: continue it with `govsweep resume`). Lists the sites in
            progress, the link checks waiting per host and, for a live sweep, the time left. On a database
            that holds only `govsweep monitor` runs, shows the latest run: visits planned, due, stored
            (ok, failed, missed) and the sites failing so far.
            """)

    @Option(help: "The database.")
    var db = "govsweep.db"

    @Option(help: "Only this sweep (default: every sweep, newest first).")
    var sweep: String?

    func run() throws {
        let store = try SweepStore.openExisting(path: db)
        let sweeps = try sweep.map { [try store.sweep($0)] } ?? store.sweeps()
        if sweeps.isEmpty, sweep == nil, MonitorStore.holdsMonitorRuns(path: db) {
            try printMonitorStanding()
            return
        }
        guard !sweeps.isEmpty else { throw StoreError.noSweep(path: db) }
        let lock = DatabaseLock.state(ofDatabase: db)
        let now = Date().timeIntervalSince1970
        for record in sweeps {
            let standing = try SweepStanding.read(store: store, record: record, lock: lock)
            for line in standing.lines(db: db, now: now) { print(line) }
        }
    }

    /// The latest monitoring run of a database that holds no sweep.
    private func printMonitorStanding() throws {
        let monitor = try MonitorStore.openExisting(path: db)
        guard let run = try monitor.latestRun() else { return }
        let standing = MonitorStanding(
            run: run, stored: try monitor.probes(runID: run.id), now: Date().timeIntervalSince1970,
            warningShare: RuleSet.builtIn.homepage.unreachableWarningShare)
        for line in standing.lines(now: Date().timeIntervalSince1970, time: SweepStanding.time) { print(line) }
    }
}
