import GovSweepProtocol

/// How gently one host (or one shared platform) is treated.
public struct PolitenessRules: Sendable, Hashable {
    /// Requests in flight at once to one host.
    public var perHostConcurrency: Int = 2
    /// Least time between the starts of two requests to one host.
    public var minimumGap: Duration = .milliseconds(250)
    /// Consecutive failures (connect errors, timeouts, resets, 5xx) before the host is backed off.
    public var failureThreshold: Int = 3
    /// The first back-off pause; it doubles with each further failure.
    public var failureBackoff: Duration = .seconds(5)
    /// The longest pause imposed by failures or by a server's Retry-After.
    public var maximumPause: Duration = .seconds(120)
    /// The pause after a 429 or 503 that names no Retry-After.
    public var defaultRetryAfter: Duration = .seconds(10)
    /// How many times a slowed-down host's gap may be doubled.
    public var maximumGapDoublings: Int = 3
    /// Keys the operator gave a budget of their own (`host_concurrency`, `host_gap_ms` in the
    /// inventory): their concurrency and gap replace ``perHostConcurrency`` and ``minimumGap``.
    public var budgets: [String: PolitenessBudget] = [:]

    /// The defaults: 2 concurrent requests, 250 ms apart.
    public init() {}

    /// Rules with the given concurrency and gap, other values at their defaults.
    public init(perHostConcurrency: Int, minimumGap: Duration) {
        self.perHostConcurrency = perHostConcurrency
        self.minimumGap = minimumGap
    }
}

extension PolitenessRules {
    /// Requests in flight at once to `key`: its own budget's, else ``perHostConcurrency``.
    public func concurrency(for key: String) -> Int {
        max(1, budgets[key]?.concurrency ?? perHostConcurrency)
    }

    /// Least time between two starts to `key`: its own budget's, else ``minimumGap``.
    public func gap(for key: String) -> Duration {
        guard let budget = budgets[key] else { return minimumGap }
        return .milliseconds(max(0, budget.gapMilliseconds))
    }
}

extension PolitenessRules {
    /// Rules for a caller that paces its own requests, as the availability monitor's plan does:
    /// no gap between starts, no back-off after failures and no pause for a 429 or 503, so that
    /// every request starts when it is asked for; at most `concurrency` in flight to one host.
    ///
    /// A monitoring visit must happen at its slot or count as missed: queued behind a failing
    /// host's back-off, visits pile up and every later slot comes too late.
    public static func selfPaced(concurrency: Int) -> PolitenessRules {
        var rules = PolitenessRules(perHostConcurrency: max(1, concurrency), minimumGap: .zero)
        rules.failureThreshold = .max
        rules.maximumPause = .zero
        rules.defaultRetryAfter = .zero
        rules.maximumGapDoublings = 0
        return rules
    }
}
