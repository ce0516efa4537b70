import ArgumentParser
import Coordinator
import Foundation
import GovSweepProtocol
import Logging
import Rules

/// `govsweep sweep`: one machine, one command: coordinator and local workers sweep the inventory.
struct SweepCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Sweep an inventory with local worker processes, then write findings and reports.",
        discussion: "Exit status 0 when the sweep completed; 3 when it was interrupted (continue it with `govsweep resume`).")

    @Option(help: "The site inventory (CSV: site_id,name,url[,unit,region,level,host_group] or the Chinese headers; UTF-8 or GBK).")
    var inventory: String

    @Option(help: "Worker processes to start on this machine.")
    var workers = 2

    @Option(help: "Sites each worker crawls at once (default: what politeness lets its share of the cores keep busy, 8 to 256; docs/deploy.md).")
    var capacity: Int?

    @Option(help: "The database (SQLite) that holds the sweep.")
    var db = "govsweep.db"

    @Option(help: "Where to write findings.jsonl, columns.jsonl and the reports (default: ./govsweep-out/SWEEP_ID).")
    var out: String?

    @Option(help: "Serve Prometheus metrics on HOST:PORT.")
    var metrics: HostAndPort?

    @OptionGroup var sweepOptions: SweepArguments
    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        guard workers >= 1 else { throw ValidationError("--workers must be at least 1") }
        guard (capacity ?? 1) >= 1 else { throw ValidationError("--capacity must be at least 1") }
    }

    func run() async throws {
        logging.bootstrap()
        let logger = Logger(label: "govsweep.sweep")
        let store = try SweepStore.openForServing(path: db, command: "sweep", existing: false, now: Date().timeIntervalSince1970)
        let sweep = try NewSweep.create(
            inventory: inventory, options: sweepOptions, store: store, logger: logger)
        let tokenFile = try TokenFile.make()
        defer { tokenFile.remove() }
        let ending = try await SweepRunner(
            store: store, sweep: sweep, listen: HostAndPort(host: "127.0.0.1", port: 0), token: tokenFile.token,
            localWorkers: workers, localTokenFile: tokenFile.path, capacity: capacity, metrics: metrics,
            removeSweepIfStartFails: true, logger: logger
        ).run()
        try Finish.report(ending, store: store, sweepID: sweep.id, db: db, out: out, rules: sweepOptions.rules)
    }
}

/// Creating a sweep from the operator's files (shared by `sweep` and `coordinator`).
enum NewSweep {
    static func create(inventory: String, options: SweepArguments, store: SweepStore, logger: Logger) throws -> SweepRecord {
        if let rules = options.rules { _ = try RuleSet.load(overridesAt: rules) }
        var recheckFindings: [Finding]?
        var recheckSiteIDs: Set<String>?
        if let earlier = options.recheck {
            let previous = try store.sweep(earlier)
            let verdicts = try SweepResults.verdicts(store: store, sweep: previous, rulesOverride: options.rules).verdicts
            switch options.recheckScope {
            case .findings: recheckFindings = verdicts.flatMap(\.findings)
            case .failed: recheckSiteIDs = Set(verdicts.filter { !$0.passed }.map(\.site.id))
            }
        }
        let plan = try SweepPlanner.plan(SweepPlanner.Request(
            inventoryPath: inventory, columnsPath: options.columns, typosPath: options.typos, strict: options.strict,
            sample: options.sample, seed: options.seed, recheckFindings: recheckFindings,
            recheckSiteIDs: recheckSiteIDs))
        for problem in plan.problems { logger.warning("\(inventory): \(problem)") }
        let now = Date().timeIntervalSince1970
        var settings = try options.settings(typos: plan.typos)
        settings.hostBudgets = PolitenessOverride.budgets(plan.politeness, over: settings)
        for (key, budget) in (settings.hostBudgets ?? [:]).sorted(by: { $0.key < $1.key }) {
            logger.info("politeness of \(key): \(budget.concurrency) in flight, \(budget.gapMilliseconds) ms apart (inventory)")
        }
        let sweep = SweepRecord(
            id: SweepPlanner.newSweepID(now: now), createdAt: now, state: .running,
            settings: settings,
            options: Coordinator.SweepOptions(
                inventoryPath: inventory, columnsPath: options.columns, typosPath: options.typos, rulesPath: options.rules,
                sample: options.sample, seed: options.sample == nil ? nil : options.seed, recheckOf: options.recheck,
                inventoryCountsByRegion: plan.inventoryCountsByRegion))
        try store.createSweep(sweep, sites: plan.sites, columns: plan.columns)
        print("sweep \(sweep.id): \(plan.sites.count) sites (inventory \(plan.encoding)), as of \(sweep.settings.asOf)")
        return sweep
    }
}

/// What every sweep-running command prints and returns at the end.
enum Finish {
    static func report(_ ending: SweepService.Ending, store: SweepStore, sweepID: String, db: String, out: String?, rules: String?) throws {
        let sweep = try store.sweep(sweepID)
        guard ending == .complete else {
            print("sweep \(sweepID) interrupted; everything reported so far is stored in \(db).")
            print("continue it with: govsweep resume --db \(db) --sweep \(sweepID)")
            throw ExitCode(3)
        }
        let directory = out ?? SweepResults.defaultDirectory(for: sweepID)
        // The crawl's memory goes before the judging's comes: SQLite's page caches, then what the crawl freed.
        store.releaseMemory()
        FreedMemory.giveBack()
        let paths = try SweepResults.writeAll(store: store, sweep: sweep, rulesOverride: rules, to: directory)
        let summary = try store.counts(sweepID: sweepID)
        print("sweep \(sweepID) complete: \(summary.pages) pages stored in \(db)")
        for path in paths { print("  \(path)") }
    }
}
