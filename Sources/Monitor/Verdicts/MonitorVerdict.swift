import GovSweepProtocol

/// The monitor's judgement of one site over a window: availability (站点无法访问) and homepage
/// updates (首页不更新), with the contract findings they give.
public struct MonitorVerdict: Codable, Hashable, Sendable {
    public var site: Site
    /// The monitoring run the verdict comes from.
    public var runID: Int64
    /// The visits considered: first and last (seconds since 1970).
    public var from: Double?
    public var to: Double?
    /// Visits made (successful plus failed); missed slots are not visits.
    public var visits: Int
    public var failures: Int
    /// Slots that passed while the monitor was not running.
    public var missed: Int
    /// `failures / visits` (0 without visits).
    public var failureShare: Double
    /// The rules' severity for the failure share (veto at the veto line, warning at the warning line).
    public var unreachable: Severity?
    /// Runs of consecutive failures, by start.
    public var outages: [Outage]
    public var homepage: HomepageTrend
    /// `site_unreachable` and `homepage_stale` findings, in export order.
    public var findings: [Finding]

    public init(
        site: Site, runID: Int64, from: Double?, to: Double?, visits: Int, failures: Int, missed: Int,
        failureShare: Double, unreachable: Severity?, outages: [Outage], homepage: HomepageTrend, findings: [Finding]
    ) {
        self.site = site
        self.runID = runID
        self.from = from
        self.to = to
        self.visits = visits
        self.failures = failures
        self.missed = missed
        self.failureShare = failureShare
        self.unreachable = unreachable
        self.outages = outages
        self.homepage = homepage
        self.findings = findings
    }

    /// The longest outage, if any.
    public var longestOutage: Outage? { outages.max { $0.duration < $1.duration } }

    enum CodingKeys: String, CodingKey {
        case site, runID = "run_id", from, to, visits, failures, missed, failureShare = "failure_share", unreachable,
            outages, homepage, findings
    }
}
