import ArgumentParser
import Coordinator
import Fetching
import Foundation
import GovSweepProtocol

/// The options that define a new sweep, shared by `sweep` and `coordinator`.
struct SweepArguments: ParsableArguments {
    @Option(help: "Columns file (CSV site_id,name,url,category) naming columns to judge whether or not the crawler finds them.")
    var columns: String?

    @Option(name: .customLong("as-of"), help: "监测时间点 YYYY-MM-DD: staleness and future dates are judged against it (default: today in Asia/Shanghai).")
    var asOf: String?

    @Flag(help: "Allow every private, loopback and link-local target: shorthand for allowing all non-public ranges (demo and tests only).")
    var allowPrivate = false

    @Option(name: .customLong("allow-address"), help: ArgumentHelp(
        "Allow targets in this CIDR range although it is not public (e.g. 127.0.0.0/8); repeatable. Links and redirects into other private ranges stay refused.",
        valueName: "CIDR"))
    var allowAddress: [String] = []

    @Option(help: "Sweep only this share of the sites (0 < FRACTION ≤ 1), stratified by region and level; portals always included.")
    var sample: Double?

    @Option(help: "Seed for --sample.")
    var seed: UInt64 = 1

    @Option(
        name: .customLong("recheck"), parsing: .upToNextOption,
        help: ArgumentHelp(
            "Sweep again the sites of an earlier sweep (整改复查): SWEEP [findings|failed]. `findings` (default) takes every site with a scored or warning finding, `failed` only the sites that did not pass.",
            valueName: "sweep"))
    var recheckArguments: [String] = []

    /// The sweep `--recheck` names.
    var recheck: String? { recheckArguments.first }

    /// Which of its sites `--recheck` takes.
    var recheckScope: RecheckSelection.Scope {
        recheckArguments.dropFirst().first.flatMap(RecheckSelection.Scope.init(rawValue:)) ?? .findings
    }

    @Option(help: "The province's own serious-error list (UTF-8; wrong phrase, optionally TAB and the correct form).")
    var typos: String?

    @Option(help: "A rules file (JSON) overriding the built-in rules; see `govsweep rules`.")
    var rules: String?

    @Flag(help: "Refuse an inventory with any bad row instead of loading the good rows.")
    var strict = false

    @Flag(help: "Do not fetch or obey robots.txt.")
    var ignoreRobots = false

    @Option(help: "Most pages crawled per site.")
    var maxPages = 3000

    @Option(help: "Most links followed from the homepage.")
    var maxDepth = 6

    @Option(help: "Requests at once to one host (or host_group).")
    var perHost = 2

    @Option(help: "Least milliseconds between two requests to one host.")
    var gapMs = 250

    @Option(help: "Seconds between the first and last homepage probe when a probe fails.")
    var probeSpread = 30.0

    @Option(help: "Seconds allowed for one request (each redirect hop).")
    var timeout = 30.0

    @Option(help: "Seconds allowed to open a connection.")
    var connectTimeout = 10.0

    @Option(help: "Retries of a transient failure (timeout, reset, 5xx, 429) before a link counts as broken.")
    var retries = 2

    /// The as-of date: `--as-of`, or today in Asia/Shanghai.
    func asOfDate() throws -> CivilDate {
        guard let text = asOf else { return CivilDate(shanghaiTime: Date().timeIntervalSince1970) }
        guard let date = CivilDate(iso: text) else {
            throw ValidationError("--as-of wants a date as YYYY-MM-DD, got \"\(text)\"")
        }
        return date
    }

    func settings(typos: [TypoEntry]) throws -> SweepSettings {
        SweepSettings(
            asOf: try asOfDate(), allowPrivate: allowPrivate, obeyRobots: !ignoreRobots, maxPagesPerSite: maxPages,
            maxDepth: maxDepth, perHostConcurrency: perHost, perHostGapMilliseconds: gapMs,
            connectTimeoutSeconds: connectTimeout, totalTimeoutSeconds: timeout, retries: retries,
            probeSpreadSeconds: probeSpread, typos: typos, allowedAddresses: try allowedRanges().map(\.description))
    }

    /// The `--allow-address` ranges, parsed.
    func allowedRanges() throws -> [AddressRange] {
        try AddressRange.parsingOptions(allowAddress)
    }

    func validate() throws {
        _ = try allowedRanges()
        if recheckArguments.count > 2 || (recheckArguments.count == 2 && RecheckSelection.Scope(rawValue: recheckArguments[1]) == nil) {
            throw ValidationError("--recheck wants SWEEP and optionally `findings` or `failed`, got \(recheckArguments.joined(separator: " "))")
        }
        if let sample, !(sample > 0 && sample <= 1) { throw ValidationError("--sample wants a share in (0, 1], got \(sample)") }
        if maxPages < 1 || maxDepth < 0 || perHost < 1 || gapMs < 0 || retries < 0 {
            throw ValidationError("--max-pages, --per-host must be at least 1; --max-depth, --gap-ms, --retries at least 0")
        }
        if perHost > PolitenessBudget.maximumConcurrency || gapMs > PolitenessBudget.maximumGapMilliseconds {
            throw ValidationError(
                "--per-host may be at most \(PolitenessBudget.maximumConcurrency) and --gap-ms at most \(PolitenessBudget.maximumGapMilliseconds), the limits of an operator's budget (docs/inventory.md)")
        }
        if timeout <= 0 || connectTimeout <= 0 { throw ValidationError("--timeout and --connect-timeout must be positive") }
        if let asOf, CivilDate(iso: asOf) == nil { throw ValidationError("--as-of wants a date as YYYY-MM-DD, got \"\(asOf)\"") }
    }
}
