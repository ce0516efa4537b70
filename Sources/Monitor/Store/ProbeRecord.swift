import GovSweepProtocol

/// How a slot ended.
public enum ProbeOutcome: String, Codable, CaseIterable, Sendable {
    /// The homepage arrived within the timeout.
    case ok
    /// The visit failed: network error, bad status, or no full homepage within the timeout.
    case fail
    /// The monitor was not running when the slot came due; counts neither way.
    case missed
}

/// One stored slot of a run.
public struct ProbeRecord: Hashable, Sendable {
    public var runID: Int64
    public var siteID: String
    public var slot: Int
    /// When the plan put the visit (seconds since 1970).
    public var scheduledAt: Double
    /// When the visit started (seconds since 1970); for a missed slot, when it was recorded missed.
    public var at: Double
    public var outcome: ProbeOutcome
    public var status: Int?
    public var error: NetworkErrorKind?
    /// Seconds to the first byte.
    public var ttfb: Double?
    /// Seconds to the whole homepage.
    public var total: Double?
    /// The fingerprint of the homepage's dated items (`HomepageFingerprint`), for successful visits.
    public var fingerprint: String?

    public init(
        runID: Int64, siteID: String, slot: Int, scheduledAt: Double, at: Double, outcome: ProbeOutcome,
        status: Int? = nil, error: NetworkErrorKind? = nil, ttfb: Double? = nil, total: Double? = nil,
        fingerprint: String? = nil
    ) {
        self.runID = runID
        self.siteID = siteID
        self.slot = slot
        self.scheduledAt = scheduledAt
        self.at = at
        self.outcome = outcome
        self.status = status
        self.error = error
        self.ttfb = ttfb
        self.total = total
        self.fingerprint = fingerprint
    }
}
