/// Where a live sweep stands, as its coordinator writes it into the database's lock file for
/// `govsweep status` (which reads the rest from the database).
public struct PublishedProgress: Codable, Hashable, Sendable {
    public var sweepID: String
    /// When the coordinator wrote it (seconds since 1970).
    public var updatedAt: Double
    public var sitesDone: Int
    public var sitesTotal: Int
    public var sitesInProgress: Int
    public var linkChecksWaiting: Int
    public var workers: Int
    public var pagesPerSecond: Double
    /// Seconds left at the recent pace; nil when unknown (``ProgressEstimator``).
    public var etaSeconds: Double?

    public init(sweepID: String, snapshot: SweepSnapshot, at now: Double) {
        self.sweepID = sweepID
        self.updatedAt = now
        self.sitesDone = snapshot.progress.done
        self.sitesTotal = snapshot.progress.total
        self.sitesInProgress = snapshot.progress.leased
        self.linkChecksWaiting = snapshot.linkChecksWaiting
        self.workers = snapshot.workers
        self.pagesPerSecond = snapshot.pagesPerSecond
        self.etaSeconds = snapshot.etaSeconds
    }
}
