import ArgumentParser
import Coordinator

/// `govsweep export`: the contract's findings.jsonl and columns.jsonl.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write findings.jsonl and columns.jsonl of a sweep (finished or interrupted), as the findings contract defines them.")

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
        let judged = try SweepResults.verdicts(store: store, sweep: record, rulesOverride: rules)
        let written = try ContractExport.write(judged.verdicts, to: out)
        print("sweep \(record.id) (\(record.state.rawValue)), rules \(judged.rules.hash)")
        print("  \(written.findingsPath): \(written.findings) findings")
        print("  \(written.columnsPath): \(written.columns) columns")
    }
}
