import ArgumentParser
import Coordinator
import Foundation

/// `govsweep status`: where the sweeps in a database stand.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "Show where the sweeps in a database stand.")

    @Option(help: "The database.")
    var db = "govsweep.db"

    @Option(help: "Only this sweep (default: every sweep, newest first).")
    var sweep: String?

    func run() throws {
        let store = try SweepStore.openExisting(path: db)
        let sweeps = try sweep.map { [try store.sweep($0)] } ?? store.sweeps()
        guard !sweeps.isEmpty else { throw StoreError.noSweep(path: db) }
        for record in sweeps {
            let sites = try store.sites(of: record.id)
            let counts = try store.counts(sweepID: record.id)
            let done = sites.filter { $0.state == .done }.count
            let leased = sites.filter { $0.state == .leased }.count
            print("sweep \(record.id)  \(record.state.rawValue)  as of \(record.settings.asOf)")
            print("  started   \(Self.time(record.createdAt))" + (record.finishedAt.map { "   finished \(Self.time($0))" } ?? ""))
            print("  sites     \(done)/\(sites.count) done, \(leased) leased, \(sites.count - done - leased) pending")
            print("  pages     \(counts.pages) stored in \(counts.batches) batches; \(counts.failingLinks) failing or blocked links")
            if let inventory = record.options.inventoryPath { print("  inventory \(inventory)") }
            if record.state == .running { print("  continue with: govsweep resume --db \(db) --sweep \(record.id)") }
        }
    }

    static func time(_ seconds: Double) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        return formatter.string(from: Date(timeIntervalSince1970: seconds)) + " (Asia/Shanghai)"
    }
}
