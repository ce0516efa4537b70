import ArgumentParser
import Coordinator
import Reports

/// `govsweep report`: sites.csv, report.html and circular.md.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write sites.csv, report.html and the circular draft (circular.md) of a sweep.")

    @OptionGroup var stored: StoredSweepArguments

    func run() throws {
        let (store, record) = try stored.open()
        let summary = try SweepResults.summary(store: store, sweep: record, rulesOverride: stored.rules)
        for path in try ReportWriter.write(summary, to: stored.out) { print(path) }
    }
}
