import ArgumentParser
import Foundation
import Coordinator
import Reports

/// `govsweep report`: sites.csv, sites.xlsx, report.html, circular.md and circular.docx.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write sites.csv, sites.xlsx, report.html and the circular (circular.md, circular.docx) of a sweep.",
        discussion: """
            A sweep that has not finished gets reports marked 未完成 that count only the sites judged so far; \
            the command then exits with status 3 unless --partial is given.
            """)

    @OptionGroup var stored: StoredSweepArguments

    @Flag(help: "Accept an unfinished sweep: write its reports (marked 未完成) and exit 0.")
    var partial = false

    func run() throws {
        let (store, record) = try stored.open()
        let summary = try SweepResults.summary(store: store, sweep: record, rulesOverride: stored.rules)
        for path in try ReportWriter.write(summary, to: stored.out) { print(path) }
        guard summary.isComplete else {
            let planned = summary.verdicts.count + summary.unjudgedSites.count
            printError("""
                sweep \(record.id) has not finished: \(summary.verdicts.count) of \(planned) sites judged; \
                the reports above are marked 未完成 and count only those.
                """)
            guard partial else {
                printError("finish it with `govsweep resume --db \(stored.db) --sweep \(record.id)`, or pass --partial to accept partial reports")
                throw ExitCode(3)
            }
            return
        }
    }

    private func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
