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
/// attachments with `GET` and `Range: bytes=0-0`, stopping after the headers when the server
/// ignores the range; images and other non-HTML targets with HEAD, then GET when HEAD fails or
/// is refused. robots.txt applies to ``fetchPage(_:politenessKey:)`` (crawling), not to checking
/// single links the site itself publishes.
public actor LinkChecker {
    /// Tuning for one checker.
    public struct Options: Sendable, Hashable {
        public var retry: RetryPolicy = RetryPolicy()
        /// Obey robots.txt when fetching pages for the crawl.
        public var obeyRobots: Bool = true
        /// Body bytes read from a page target to look for a soft 404.
        public var pageProbeBytes: Int = 256 << 10

        public init() {}

        public init(retry: RetryPolicy, obeyRobots: Bool = true) {
            self.retry = retry
            self.obeyRobots = obeyRobots
        }
    }

    public let engine: FetchEngine
    public let options: Options
    let robots: RobotsCache
    private var outcomes: [String: LinkOutcome] = [:]
    private var inFlight: [String: Task<LinkOutcome, Never>] = [:]

    public init(engine: FetchEngine, options: Options = Options()) {
        self.engine = engine
        self.options = options
        self.robots = RobotsCache(engine: engine)
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
    /// `foundOn` is left empty for the crawler to fill.
    public func check(_ target: String, kind: LinkKind, politenessKey: String?) async -> LinkOutcome {
        if let known = outcomes[target] { return known }
        if let running = inFlight[target] { return await running.value }
        let probe = LinkProbe(engine: engine, options: options)
        let task = Task { await probe.outcome(of: target, kind: kind, politenessKey: politenessKey) }
        inFlight[target] = task
        let outcome = await task.value
        outcomes[target] = outcome
        inFlight[target] = nil
        return outcome
    }

    /// Whether robots.txt lets the crawler fetch `url` (always true when robots are not obeyed).
    public func robotsAllows(_ url: String, politenessKey: String?) async -> Bool {
        guard options.obeyRobots, let parts = URLParts(url) else { return true }
        return await robots.allows(parts, politenessKey: politenessKey)
    }
}
