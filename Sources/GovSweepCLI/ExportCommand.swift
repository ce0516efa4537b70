import ArgumentParser
import Coordinator

/// `govsweep export`: the contract's findings.jsonl and columns.jsonl.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write findings.jsonl and columns.jsonl of a sweep (finished or interrupted), as the findings contract defines them.")

    @OptionGroup var stored: StoredSweepArguments

    func run() throws {
        let (store, record) = try stored.open()
        let judged = try SweepResults.verdicts(store: store, sweep: record, rulesOverride: stored.rules)
        let written = try ContractExport.write(judged.verdicts, to: stored.out)
        print("sweep \(record.id) (\(record.state.rawValue)), rules \(judged.rules.hash)")
        print("  \(written.findingsPath): \(written.findings) findings")
        print("  \(written.columnsPath): \(written.columns) columns")
    }
}
