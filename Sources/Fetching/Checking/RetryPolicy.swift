/// How transient failures are retried: a few attempts, spaced by exponential back-off with jitter.
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts after the first.
    public var retries: Int = 2
    /// The pause before the first retry; each further retry doubles it.
    public var baseDelay: Duration = .seconds(1)
    /// The longest pause.
    public var maximumDelay: Duration = .seconds(20)
    /// Share of the pause that is randomised (0.5: between 50 % and 100 % of it).
    public var jitter: Double = 0.5

    /// Two retries, 1 s then 2 s (each minus up to half at random).
    public init() {}

    public init(retries: Int, baseDelay: Duration, maximumDelay: Duration = .seconds(20), jitter: Double = 0.5) {
        self.retries = retries
        self.baseDelay = baseDelay
        self.maximumDelay = maximumDelay
        self.jitter = jitter
    }

    /// The pause before retry number `retry` (1-based); `random` is a number in 0..<1.
    public func delay(beforeRetry retry: Int, random: Double) -> Duration {
        let full = min(baseDelay * (1 << min(max(retry - 1, 0), 20)), maximumDelay)
        let factor = 1 - min(max(jitter, 0), 1) * min(max(random, 0), 1)
        return full * factor
    }

    /// True when an answer is worth another attempt: network trouble, 5xx, 429, 999.
    public static func isTransient(status: Int?, error: FetchError?) -> Bool {
        if let error { return error.isTransient }
        guard let status else { return false }
        return status >= 500 || status == 429 || status == 999
    }
}
