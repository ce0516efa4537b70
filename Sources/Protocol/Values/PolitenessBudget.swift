/// How hard the operator lets GovSweep press one host or one shared platform (集约化平台): requests
/// in flight at once and the least time between two starts.
///
/// The sweep's `--per-host` and `--gap-ms` are the budget of every key the operator names no
/// budget for; an inventory row's `host_concurrency` and `host_gap_ms` cells set the budget of
/// the row's politeness key (``Site/politenessKey``: its `host_group`, else its homepage's host).
public struct PolitenessBudget: Codable, Hashable, Sendable {
    /// Requests in flight at once to the key.
    public var concurrency: Int
    /// Least milliseconds between the starts of two requests to the key.
    public var gapMilliseconds: Int

    /// The most requests in flight an operator may give one key: above it a crawler stops being a
    /// visitor and becomes a load test, whatever the platform's owner agreed to.
    public static let maximumConcurrency = 32
    /// The longest gap an operator may set (one minute): a slower key would hold its sites for days.
    public static let maximumGapMilliseconds = 60_000

    public init(concurrency: Int, gapMilliseconds: Int) {
        self.concurrency = concurrency
        self.gapMilliseconds = gapMilliseconds
    }

    /// Requests per second the budget allows at most when a request takes `latency` seconds:
    /// `min(concurrency ÷ latency, 1000 ÷ gap)`; a gap of 0 leaves only the first term.
    public func requestsPerSecond(latency: Double) -> Double {
        let byConcurrency = latency > 0 ? Double(concurrency) / latency : .infinity
        let byGap = gapMilliseconds > 0 ? 1000 / Double(gapMilliseconds) : .infinity
        return min(byConcurrency, byGap)
    }

    enum CodingKeys: String, CodingKey {
        case concurrency
        case gapMilliseconds = "gap_ms"
    }
}

extension SweepSettings {
    /// The budget of politeness `key`: the operator's when the inventory names one, otherwise the
    /// sweep's `perHostConcurrency` and `perHostGapMilliseconds`.
    public func budget(for key: String) -> PolitenessBudget {
        hostBudgets?[key] ?? PolitenessBudget(concurrency: perHostConcurrency, gapMilliseconds: perHostGapMilliseconds)
    }
}
