import ArgumentParser
import Coordinator

/// Which stored sweep a reading command works on, where its output goes, and which rules judge it.
struct StoredSweepArguments: ParsableArguments {
    @Option(help: "The database.")
    var db = "govsweep.db"

    @Option(help: "The sweep (default: the latest).")
    var sweep: String?

    @Option(help: "The directory to write into.")
    var out: String

    @Option(help: "Judge with this rules file instead of the sweep's.")
    var rules: String?

    /// The store and the chosen sweep.
    func open() throws -> (SweepStore, SweepRecord) {
        let store = try SweepStore.openExisting(path: db)
        return (store, try store.sweep(sweep))
    }
}
