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
            the command then exits with status 3 unless --partial is given. On a database that holds only \
            `govsweep monitor` runs, reports the latest run (站点无法访问 and 首页不更新 only), marked 未完成 while \
            its window is open.
            """)

    @OptionGroup var stored: StoredSweepArguments

    @Flag(help: "Accept an unfinished sweep: write its reports (marked 未完成) and exit 0.")
    var partial = false

    func run() throws {
        let store = try SweepStore.openExisting(path: stored.db)
        let summary: SweepSummary
        var resume: String
        if try store.sweeps().isEmpty, let monitor = try MonitorResults.summary(db: stored.db, rulesPath: stored.rules) {
            summary = monitor
            resume = "let `govsweep monitor --db \(stored.db)` finish its window"
        } else {
            let record = try store.sweep(stored.sweep)
            summary = try SweepResults.summary(store: store, sweep: record, rulesOverride: stored.rules)
            resume = "finish it with `govsweep resume --db \(stored.db) --sweep \(record.id)`"
        }
        for path in try ReportWriter.write(summary, to: stored.out) { print(path) }
        guard summary.isComplete else {
            let planned = summary.verdicts.count + summary.unjudgedSites.count
            printError("""
                \(summary.sweepID) has not finished: \(summary.verdicts.count) of \(planned) sites judged; \
                the reports above are marked 未完成 and count only what was judged.
                """)
            guard partial else {
                resume += ", or pass --partial to accept partial reports"
                printError(resume)
                throw ExitCode(3)
            }
            return
        }
    }

    private func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
