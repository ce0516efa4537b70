import GovSweepProtocol

/// A run of consecutive failed visits to one homepage.
public struct Outage: Codable, Hashable, Sendable {
    /// The first failed visit (seconds since 1970).
    public var start: Double
    /// The last failed visit of the run.
    public var lastFailure: Double
    /// The first successful visit after it; nil when the homepage was still down at the last visit.
    public var end: Double?
    /// Failed visits in the run.
    public var failures: Int
    /// The last failure's HTTP status and network error.
    public var status: Int?
    public var error: NetworkErrorKind?

    public init(start: Double, lastFailure: Double, end: Double?, failures: Int, status: Int?, error: NetworkErrorKind?) {
        self.start = start
        self.lastFailure = lastFailure
        self.end = end
        self.failures = failures
        self.status = status
        self.error = error
    }

    /// Seconds from the first failure to recovery, or to the last failure while still down.
    public var duration: Double { (end ?? lastFailure) - start }

    /// The outages in `visits` (visits of one site, by time; missed slots left out): each run of
    /// failures ends at the next successful visit.
    static func find(in visits: [ProbeRecord]) -> [Outage] {
        var outages: [Outage] = []
        var current: Outage?
        for visit in visits where visit.outcome != .missed {
            if visit.outcome == .fail {
                if current == nil {
                    current = Outage(start: visit.at, lastFailure: visit.at, end: nil, failures: 0, status: nil, error: nil)
                }
                current?.lastFailure = visit.at
                current?.failures += 1
                current?.status = visit.status
                current?.error = visit.error
            } else if var open = current {
                open.end = visit.at
                outages.append(open)
                current = nil
            }
        }
        if let current { outages.append(current) }
        return outages
    }

    enum CodingKeys: String, CodingKey {
        case start, lastFailure = "last_failure", end, failures, status, error
    }
}
