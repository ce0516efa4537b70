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

    /// The defaults: 2 concurrent requests, 250 ms apart.
    public init() {}

    public init(perHostConcurrency: Int, minimumGap: Duration) {
        self.perHostConcurrency = perHostConcurrency
        self.minimumGap = minimumGap
    }
}
