import ArgumentParser
import Coordinator
import Foundation
import Reports

/// `govsweep diff`: what changed between two sweeps (整改复查).
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Per site: findings fixed, still present and new between sweep A and sweep B; and articles whose date changed.",
        discussion: """
            Prints the comparison. With --out DIR it also writes DIR/diff.csv and DIR/report.html (sweep B's report \
            with a 整改复查 section). Only sites judged in both sweeps are compared.
            """)

    @Option(help: "The database holding both sweeps.")
    var db = "govsweep.db"

    @Option(help: "Write diff.csv and report.html (the later sweep's, with the comparison) into this directory.")
    var out: String?

    @Argument(help: "The earlier sweep.")
    var before: String

    @Argument(help: "The later sweep.")
    var after: String

    func run() throws {
        let store = try SweepStore.openExisting(path: db)
        let a = try store.sweep(before)
        let b = try store.sweep(after)
        var summary = try SweepResults.summary(store: store, sweep: b, rulesOverride: nil)
        let diff = SweepDiff.compare(
            before: try SweepResults.summary(store: store, sweep: a, rulesOverride: nil).verdicts,
            after: summary.verdicts,
            beforeArticles: try store.articleDates(sweepID: a.id), afterArticles: try store.articleDates(sweepID: b.id))
        print(diff.renderText(), terminator: "")
        guard let out else { return }
        summary.recheck = RecheckComparison(previousSweepID: a.id, diff: diff)
        for path in try ReportWriter.writeComparison(summary, diff: diff, to: out) { print(path) }
    }
}
