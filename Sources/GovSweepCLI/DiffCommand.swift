import ArgumentParser
import Coordinator
import Reports

/// `govsweep diff`: what changed between two sweeps (整改复查).
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Per site: findings fixed, still present and new between sweep A and sweep B; and articles whose date changed.")

    @Option(help: "The database holding both sweeps.")
    var db = "govsweep.db"

    @Argument(help: "The earlier sweep.")
    var before: String

    @Argument(help: "The later sweep.")
    var after: String

    func run() throws {
        let store = try SweepStore.openExisting(path: db)
        let a = try store.sweep(before)
        let b = try store.sweep(after)
        let diff = SweepDiff.compare(
            before: try SweepResults.verdicts(store: store, sweep: a, rulesOverride: nil).verdicts,
            after: try SweepResults.verdicts(store: store, sweep: b, rulesOverride: nil).verdicts,
            beforeArticles: try store.articleDates(sweepID: a.id), afterArticles: try store.articleDates(sweepID: b.id))
        print(diff.renderText())
    }
}
