import GovSweepProtocol

/// Visits a homepage once, as the indicator's monitoring does: the visit fails unless the whole
/// homepage arrived within the timeout.
///
/// The production implementation fetches with the libcurl engine and reads the dated items with
/// the libxml2 analyzer; tests use a fake. An implementation returns (never throws) and returns
/// promptly when its task is cancelled; the monitor discards the result of a cancelled visit.
public protocol HomepageProbing: Sendable {
    /// Visits `site`'s homepage, giving up after `timeoutSeconds`.
    func probe(_ site: Site, timeoutSeconds: Double) async -> ProbeResult
}

/// What one visit to a homepage saw.
public struct ProbeResult: Hashable, Sendable {
    /// The homepage arrived in full, with a 2xx status, within the timeout.
    public var ok: Bool
    /// The last HTTP status; nil after a network error.
    public var status: Int?
    public var error: NetworkErrorKind?
    /// Seconds until the first byte of the response.
    public var ttfb: Double?
    /// Seconds until the whole homepage had arrived (or the visit gave up).
    public var total: Double?
    /// The homepage's list items, in page order (empty when the visit failed).
    public var items: [DatedItem]

    public init(
        ok: Bool, status: Int? = nil, error: NetworkErrorKind? = nil, ttfb: Double? = nil, total: Double? = nil,
        items: [DatedItem] = []
    ) {
        self.ok = ok
        self.status = status
        self.error = error
        self.ttfb = ttfb
        self.total = total
        self.items = items
    }
}
