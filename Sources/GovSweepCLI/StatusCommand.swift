import ArgumentParser
import Coordinator
import Foundation

/// `govsweep status`: where the sweeps in a database stand, and whether a coordinator serves one now.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Show where the sweeps in a database stand.",
        discussion: """
            A sweep is complete, live (a coordinator process serves it now) or interrupted (unfinished,
            and no coordinator serves it: continue it with `govsweep resume`). Lists the sites in
            progress, the link checks waiting per host and, for a live sweep, the time left.
            """)

    @Option(help: "The database.")
    var db = "govsweep.db"

    @Option(help: "Only this sweep (default: every sweep, newest first).")
    var sweep: String?

    func run() throws {
        let store = try SweepStore.openExisting(path: db)
        let sweeps = try sweep.map { [try store.sweep($0)] } ?? store.sweeps()
        guard !sweeps.isEmpty else { throw StoreError.noSweep(path: db) }
        let lock = DatabaseLock.state(ofDatabase: db)
        let now = Date().timeIntervalSince1970
        for record in sweeps {
            let standing = try SweepStanding.read(store: store, record: record, lock: lock)
            for line in standing.lines(db: db, now: now) { print(line) }
        }
    }
}
