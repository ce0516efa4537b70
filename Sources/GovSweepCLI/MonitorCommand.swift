import ArgumentParser
import Coordinator
import Fetching
import Foundation
import GovSweepProtocol
import Logging
import Monitor
import Rules
import ServiceLifecycle
import UnixSignals

/// `govsweep monitor`: watches every homepage of the inventory over a window (a week by default)
/// as the indicator's availability monitoring does, storing each visit in the database.
///
/// The command's options and its whole run live here; it becomes a subcommand once a real
/// `HomepageProbing` is wired: `MonitorCommand+Prober.swift` adds `AsyncParsableCommand`
/// with `run()` calling `run(prober: makeProber(allowPrivate: allowPrivate))` (see docs/monitor.md).
struct MonitorCommand: ParsableArguments {
    static let configuration = CommandConfiguration(
        commandName: "monitor",
        abstract: "Monitor the inventory's homepages for a week (站点无法访问, 首页不更新).",
        discussion: """
            Visits every homepage --per-day times a day for --days days, spread over the day and never
            two sites of one host or platform at the same instant. A visit that has not received the
            homepage within --timeout seconds fails. Every visit is stored in --db as it completes;
            started again with the same --db, the monitor resumes its unfinished run. When the window
            ends it prints the verdicts; `govsweep export --db PATH --out DIR` writes them as findings.
            """
    )

    @Option(help: "The inventory CSV (site_id, name, url, ...).")
    var inventory: String

    @Option(help: "The SQLite database (the sweeps' file may be reused).")
    var db: String

    @Option(help: "Length of the monitoring window in days.")
    var days: Double = 7

    @Option(name: .customLong("per-day"), help: "Visits to each homepage per day (the indicator asks for 20 or more).")
    var perDay: Int = 24

    @Option(help: "Seconds a visit may take before it fails.")
    var timeout: Double = 15

    @Flag(name: .customLong("allow-private"), help: "Allow homepages on private or loopback addresses (tests, intranets).")
    var allowPrivate = false

    @Option(name: .customLong("allow-address"), help: ArgumentHelp(
        "Allow homepages in this CIDR range although it is not public (e.g. 127.0.0.0/8); repeatable.",
        valueName: "CIDR"))
    var allowAddress: [String] = []

    /// The `--allow-address` ranges, parsed.
    func allowedRanges() throws -> [AddressRange] {
        try AddressRange.parsingOptions(allowAddress)
    }

    @Option(help: "Seed of the per-site offsets and jitter (the same seed plans the same times).")
    var seed: UInt64 = 0

    @Option(help: ArgumentHelp(
        "Visits in flight at once.",
        discussion: "By default enough for every visit of the plan to run to its timeout without a slot coming late."))
    var concurrency: Int?

    @Option(help: "A rules file (JSON) overriding the built-in thresholds; see `govsweep rules`.")
    var rules: String?

    /// The settings the options give for `sites` sites (the concurrency follows the plan unless given).
    func settings(sites: Int) -> MonitorSettings {
        var settings = MonitorSettings(days: days, perDay: perDay, timeoutSeconds: timeout, seed: seed)
        settings.concurrency = concurrency ?? settings.suggestedConcurrency(sites: sites)
        return settings
    }

    func validate() throws {
        _ = try allowedRanges()
        if let problem = settings(sites: 1).problem { throw ValidationError(problem) }
    }

    /// Runs (or resumes) the monitoring run with `prober`, then prints the verdicts.
    func run(prober: any HomepageProbing) async throws {
        let logger = Logger(label: "govsweep.monitor")
        let ruleSet = try rules.map { try RuleSet.load(overridesAt: $0) } ?? .builtIn
        let loaded = try InventoryLoader.load(path: inventory, strict: false)
        for problem in loaded.problems {
            logger.warning("inventory row skipped or loaded with a remark", metadata: ["problem": "\(problem)"])
        }
        let store = try MonitorStore(path: db)
        let service = MonitorService(
            store: store, sites: loaded.sites, settings: settings(sites: loaded.sites.count), prober: prober,
            logger: logger)
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(
            services: [.init(service: service, successTerminationBehavior: .gracefullyShutdownGroup)],
            gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()

        guard let run = try store.latestRun() else { return }
        guard run.finishedAt != nil else {
            print("Monitoring run \(run.id) stopped before its window ended; run the same command again to resume it.")
            return
        }
        let verdicts = try MonitorExport.latestVerdicts(db: db, rules: ruleSet)
        print(Self.summary(run: run, verdicts: verdicts))
    }

    /// A few lines for the operator: what was monitored and which sites crossed a line.
    static func summary(run: MonitorRun, verdicts: [String: MonitorVerdict]) -> String {
        let findings = verdicts.values.flatMap(\.findings).sorted(by: Finding.exportOrder)
        var lines = [
            "Monitoring run \(run.id): \(run.sites.count) sites, \(run.settings.slotsPerSite) visits each over \(run.settings.days) days.",
            "site_unreachable: \(findings.count { $0.check == .siteUnreachable && $0.severity != .warning }) vetoes, "
                + "\(findings.count { $0.check == .siteUnreachable && $0.severity == .warning }) warnings; "
                + "homepage_stale: \(findings.count { $0.check == .homepageStale && $0.severity != .warning }) vetoes, "
                + "\(findings.count { $0.check == .homepageStale && $0.severity == .warning }) warnings.",
        ]
        for finding in findings { lines.append("  \(finding.siteID) \(finding.check.rawValue) \(finding.severity.rawValue): \(finding.detail)") }
        return lines.joined(separator: "\n")
    }
}
