import ArgumentParser
import Coordinator
import Reports

/// `govsweep report`: sites.csv, report.html and circular.md.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write sites.csv, report.html and the circular draft (circular.md) of a sweep.")

    @Option(help: "The database.")
    var db = "govsweep.db"

    @Option(help: "The sweep (default: the latest).")
    var sweep: String?

    @Option(help: "The directory to write into.")
    var out: String

    @Option(help: "Judge with this rules file instead of the sweep's.")
    var rules: String?

    func run() throws {
        let store = try SweepStore.openExisting(path: db)
        let record = try store.sweep(sweep)
        let summary = try SweepResults.summary(store: store, sweep: record, rulesOverride: rules)
        for path in try ReportWriter.write(summary, to: out) { print(path) }
    }
}
