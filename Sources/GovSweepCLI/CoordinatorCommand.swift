import ArgumentParser
import Coordinator
import Foundation
import GovSweepProtocol
import Logging

/// `govsweep coordinator`: serves a sweep to workers on other hosts.
struct CoordinatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coordinator",
        abstract: "Serve a sweep to remote workers; exit 0 when it is complete.",
        discussion: """
            Start a new sweep with --inventory, or continue the latest unfinished one with --resume.
            Workers join with `govsweep worker --coordinator HOST:PORT --token-file F`.
            """)

    @Option(help: "The site inventory for a new sweep.")
    var inventory: String?

    @Flag(help: "Continue the latest unfinished sweep in --db instead of starting one.")
    var resume = false

    @Option(help: "The sweep to continue with --resume (default: the latest).")
    var sweep: String?

    @Option(help: "Where workers connect: HOST:PORT (0.0.0.0:7400 for every interface).")
    var listen = HostAndPort(host: "127.0.0.1", port: 7400)

    @Option(help: "File holding the shared token (at least 16 bytes; `openssl rand -hex 32 > token`).")
    var tokenFile: String

    @Option(help: "The database that holds the sweep.")
    var db = "govsweep.db"

    @Option(help: "Where to write the results (default: ./govsweep-out/SWEEP_ID).")
    var out: String?

    @Option(help: "Serve Prometheus metrics on HOST:PORT.")
    var metrics: HostAndPort?

    @Option(help: "Seconds a lease lives without a heartbeat: how soon a dead worker's sites go to another worker.")
    var leaseSeconds = 30.0

    @OptionGroup(title: "TLS (for workers on other hosts)") var tls: CoordinatorTLSOptions
    @OptionGroup var sweepOptions: SweepArguments
    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        guard (inventory != nil) != resume else { throw ValidationError("give either --inventory FILE (a new sweep) or --resume") }
        guard leaseSeconds >= 1 else { throw ValidationError("--lease-seconds must be at least 1") }
    }

    func run() async throws {
        logging.bootstrap()
        let logger = Logger(label: "govsweep.coordinator")
        let token = try SharedToken(contentsOfFile: tokenFile)
        let tlsSettings = try tls.load()
        if tlsSettings == nil, !Self.isLoopback(listen.host) {
            logger.warning("workers connect over plain TCP: give --tls-cert and --tls-key to encrypt the channel across networks (docs/deploy.md)")
        }
        // One database, one coordinator: a second one on the same database is refused here.
        let store = try SweepStore.openForServing(path: db, command: "coordinator", existing: resume, now: Date().timeIntervalSince1970)
        let record: SweepRecord
        if let inventory {
            record = try NewSweep.create(inventory: inventory, options: sweepOptions, store: store, logger: logger)
        } else {
            record = try store.sweep(sweep)
        }
        let ending = record.state == .complete ? .complete : try await SweepRunner(
            store: store, sweep: record, listen: listen, token: token, tls: tlsSettings, metrics: metrics,
            leaseSeconds: leaseSeconds, removeSweepIfStartFails: inventory != nil, logger: logger
        ).run()
        try Finish.report(ending, store: store, sweepID: record.id, db: db, out: out, rules: nil)
    }

    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
