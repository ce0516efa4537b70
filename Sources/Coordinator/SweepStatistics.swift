/// Running totals for progress lines and metrics.
public struct SweepStatistics: Sendable, Hashable {
    public var startedAt: Double = 0
    /// Pages stored for the sweep, earlier runs included.
    public var pages = 0
    /// Pages stored by this coordinator process.
    public var pagesThisRun = 0
    /// Sites finished by this coordinator process.
    public var sitesDone = 0
    public var failingLinks = 0
    /// Link targets checked under link-check leases by this coordinator process.
    public var linkChecksDone = 0
    /// Worker batches this coordinator process wrote (stored, resent or failed), and the
    /// transactions that held them (several batches share one: ``SweepCoordinator`` groups them).
    public var batchesWritten = 0
    public var batchTransactions = 0
}
