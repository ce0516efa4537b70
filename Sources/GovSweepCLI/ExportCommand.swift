import ArgumentParser
import Coordinator
import Foundation
import Monitor
import Rules

/// `govsweep export`: the contract's findings.jsonl and columns.jsonl.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write findings.jsonl and columns.jsonl of a sweep (finished or interrupted), as the findings contract defines them.",
        discussion: "On a database that holds only `govsweep monitor` runs, writes the monitor's findings.jsonl (site_unreachable, homepage_stale).")

    @OptionGroup var stored: StoredSweepArguments

    func run() throws {
        let store = try SweepStore.openExisting(path: stored.db)
        if try store.sweeps().isEmpty, MonitorStore.holdsMonitorRuns(path: stored.db) {
            let rules = try stored.rules.map { try RuleSet.load(overridesAt: $0) } ?? .builtIn
            let count = try MonitorExport.write(db: stored.db, to: stored.out, rules: rules)
            print("monitor run of \(stored.db): \(count) findings in \(stored.out)/findings.jsonl")
            return
        }
        let record = try store.sweep(stored.sweep)
        let (written, rules) = try SweepResults.writeContract(store: store, sweep: record, rulesOverride: stored.rules, to: stored.out)
        let standing = try SweepStanding.read(
            store: store, record: record, lock: DatabaseLock.state(ofDatabase: stored.db))
        print("sweep \(record.id) (\(standing.liveness.word)), rules \(rules.hash)")
        print("  \(written.findingsPath): \(written.findings) findings")
        print("  \(written.columnsPath): \(written.columns) columns")
        if record.state != .complete {
            // The files hold what the unfinished crawl has seen so far; say so where the operator looks.
            let unfinished = standing.sitesTotal - standing.sitesDone
            FileHandle.standardError.write(Data("""
                \(record.id) has not finished (\(standing.liveness.word)): \(standing.sitesDone) of \(standing.sitesTotal) \
                sites done; the findings of the other \(unfinished) are provisional (their crawl has not ended). \
                `govsweep status --db \(stored.db)` says what is left.

                """.utf8))
        }
    }
}
