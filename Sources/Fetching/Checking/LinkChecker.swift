import GovSweepProtocol

/// Decides whether link targets work, and fetches pages for the crawler, on top of a ``FetchEngine``.
///
/// "Broken" is a strong word in an inspection report, so the checker is careful before using it:
/// transient failures (network errors, 5xx, 429) are retried with back-off; 401/403/429/999
/// that persist mean `.blocked`, never `.broken`; a 200 page that says the page does not exist
/// (a soft 404, also at the end of a redirect) is `.broken` with a note. Every distinct target is
/// checked once per checker; concurrent checks of one target share one probe.
///
/// How targets are probed: pages and iframes with GET (the first 256 KiB, for the soft-404 check);
/// documents (attachments, and any target whose URL names a file) with HEAD, then a `GET` with
/// `Range: bytes=0-0` when HEAD fails or is refused, never fetched whole nor judged on size;
/// images with HEAD, then GET when HEAD fails or is refused. robots.txt applies to ``fetchPage(_:politenessKey:)`` (crawling), not to checking
/// single links the site itself publishes.
public actor LinkChecker {
    /// Tuning for one checker.
    public struct Options: Sendable, Hashable {
        /// Retries of transient failures.
        public var retry: RetryPolicy = RetryPolicy()
        /// Obey robots.txt when fetching pages for the crawl.
        public var obeyRobots: Bool = true
        /// Body bytes read from a page target to look for a soft 404.
        public var pageProbeBytes: Int = 256 << 10
        /// How hosts that cannot be reached are judged as hosts (tries per host, verdict lifetime).
        public var hostRules = HostHealth.Rules()

        /// Two retries, robots.txt obeyed, 256 KiB read from page targets.
        public init() {}

        /// Options with the given retries and robots.txt switch.
        public init(retry: RetryPolicy, obeyRobots: Bool = true) {
            self.retry = retry
            self.obeyRobots = obeyRobots
        }

        /// The options a sweep's settings ask for (retries and robots.txt).
        public init(settings: SweepSettings) {
            retry.retries = max(0, settings.retries)
            obeyRobots = settings.obeyRobots
            hostRules = HostHealth.Rules(retries: retry.retries)
        }
    }

    /// The engine every probe goes through.
    public let engine: FetchEngine
    /// How this checker retries and whether it obeys robots.txt.
    public let options: Options
    let robots: RobotsCache
    private var outcomes: [String: LinkOutcome] = [:]
    private var inFlight: [String: SharedProbe] = [:]
    /// What the checker's probes learned about each host: unreachable hosts are judged once.
    let hosts: HostGate

    /// A checker on `engine`; share one per worker so each target is checked once.
    public init(engine: FetchEngine, options: Options = Options()) {
        self.engine = engine
        self.options = options
        self.robots = RobotsCache(engine: engine)
        self.hosts = HostGate(rules: options.hostRules)
    }

    /// Preloads verdicts already known (from an earlier batch or a resumed sweep); they are not checked again.
    public func seed(_ known: [LinkOutcome]) {
        for outcome in known {
            var stored = outcome
            stored.foundOn = []
            outcomes[outcome.target] = stored
        }
    }

    /// Targets checked or seeded so far.
    public var knownCount: Int { outcomes.count }

    /// The verdict on `target` (absolute, normalised), checking it the first time it is asked for.
    /// `foundOn` is left empty for the crawler to fill. Nil when the check was cancelled or cut short
    /// before a verdict: a cancelled fetch is never a verdict, and the target stays pending.
    public func check(_ target: String, kind: LinkKind, politenessKey: String?) async -> LinkOutcome? {
        while !Task.isCancelled {
            if let known = outcomes[target] { return known }
            let shared: SharedProbe
            if let running = inFlight[target], !running.isCancelled {
                shared = running
            } else {
                let probe = LinkProbe(engine: engine, options: options, hosts: hosts)
                shared = SharedProbe { await probe.outcome(of: target, kind: kind, politenessKey: politenessKey) }
                inFlight[target] = shared
            }
            // nil: the probe was cancelled when its other waiters left; unless this check is
            // cancelled too, it starts a new one.
            guard let outcome = await shared.outcome() else {
                // Ended without a verdict though its waiters stayed (the engine shut down): no verdict.
                if !shared.isCancelled {
                    if inFlight[target] === shared { inFlight[target] = nil }
                    return nil
                }
                continue
            }
            if inFlight[target] === shared { inFlight[target] = nil }
            outcomes[target] = outcome
            return outcome
        }
        if let running = inFlight[target], running.isCancelled { inFlight[target] = nil }
        return nil
    }

    /// Whether robots.txt lets the crawler fetch `url` (always true when robots are not obeyed).
    public func robotsAllows(_ url: String, politenessKey: String?) async -> Bool {
        guard options.obeyRobots, let parts = URLParts(url) else { return true }
        return await robots.allows(parts, politenessKey: politenessKey)
    }
}
