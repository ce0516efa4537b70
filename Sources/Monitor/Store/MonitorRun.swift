import GovSweepProtocol

/// One monitoring run: its settings, its start and the inventory it monitors, as stored.
public struct MonitorRun: Hashable, Sendable {
    public var id: Int64
    /// Seconds since 1970: the window starts here.
    public var startedAt: Double
    public var settings: MonitorSettings
    /// The inventory as it was when the run started; a resumed run keeps it.
    public var sites: [Site]
    /// Set when every slot has been probed or recorded missed.
    public var finishedAt: Double?

    public init(id: Int64, startedAt: Double, settings: MonitorSettings, sites: [Site], finishedAt: Double? = nil) {
        self.id = id
        self.startedAt = startedAt
        self.settings = settings
        self.sites = sites
        self.finishedAt = finishedAt
    }

    /// The run's plan: the same for every process that opens the run.
    public var plan: ProbePlan { ProbePlan(sites: sites, start: startedAt, settings: settings) }

    /// Seconds since 1970 where the window ends.
    public var windowEnd: Double { startedAt + settings.windowSeconds }
}
