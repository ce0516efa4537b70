import ArgumentParser
import Coordinator
import Foundation
import Logging

/// `govsweep resume`: continues an interrupted sweep with local workers. Refused while another
/// process serves the database; the leases of the coordinator that stopped are void at once.
struct ResumeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "Continue an interrupted sweep (the latest by default) with local worker processes.")

    @Option(help: "The database that holds the sweep.")
    var db = "govsweep.db"

    @Option(help: "The sweep to continue (default: the latest).")
    var sweep: String?

    @Option(help: "Worker processes to start on this machine.")
    var workers = 2

    @Option(help: "Sites each worker crawls at once (default: what politeness lets its share of the cores keep busy, 8 to 256; docs/deploy.md).")
    var capacity: Int?

    @Option(help: "Where to write the results (default: ./govsweep-out/SWEEP_ID).")
    var out: String?

    @Option(help: "Serve Prometheus metrics on HOST:PORT.")
    var metrics: HostAndPort?

    @OptionGroup var logging: LoggingOptions

    func run() async throws {
        logging.bootstrap()
        let logger = Logger(label: "govsweep.resume")
        let store = try SweepStore.openForServing(path: db, command: "resume", existing: true, now: Date().timeIntervalSince1970)
        let record = try store.sweep(sweep)
        let tokenFile = try TokenFile.make()
        defer { tokenFile.remove() }
        if record.state == .complete { print("sweep \(record.id) is already complete; writing its results") }
        let ending = record.state == .complete ? .complete : try await SweepRunner(
            store: store, sweep: record, listen: HostAndPort(host: "127.0.0.1", port: 0), token: tokenFile.token,
            localWorkers: workers, localTokenFile: tokenFile.path, capacity: capacity, metrics: metrics, logger: logger
        ).run()
        try Finish.report(ending, store: store, sweepID: record.id, db: db, out: out, rules: nil)
    }
}
