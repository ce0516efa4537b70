import Foundation

/// Where a running sweep stands, for progress lines, metrics and `status`.
public struct SweepSnapshot: Sendable, Hashable {
    public var progress: LeaseScheduler.Progress
    public var statistics: SweepStatistics
    public var workers: Int
    /// Seconds since this coordinator process started the sweep.
    public var elapsed: Double
    /// Links into other sites' hosts waiting for (or out on) a link-check lease.
    public var linkChecksWaiting: Int
    /// Seconds left, counting the sites to crawl and the link checks waiting, at the recent pace
    /// (``ProgressEstimator``); nil when that pace is not known.
    public var etaSeconds: Double?
    /// The least time the sites not yet leased need at their keys' politeness (``PolitenessFloor``);
    /// the estimate is never below it.
    public var politenessFloorSeconds: Double

    public init(
        progress: LeaseScheduler.Progress, statistics: SweepStatistics, workers: Int, elapsed: Double, linkChecksWaiting: Int = 0,
        etaSeconds: Double? = nil, politenessFloorSeconds: Double = 0
    ) {
        self.politenessFloorSeconds = politenessFloorSeconds
        self.progress = progress
        self.statistics = statistics
        self.workers = workers
        self.elapsed = elapsed
        self.linkChecksWaiting = linkChecksWaiting
        self.etaSeconds = etaSeconds
    }

    /// Pages per second since the start.
    public var pagesPerSecond: Double { elapsed > 0 ? Double(statistics.pagesThisRun) / elapsed : 0 }

    /// Every site crawled and every link check made.
    public var isFinished: Bool { progress.done == progress.total && linkChecksWaiting == 0 }

    /// One line: `sites 12/60 (3 in progress) · pages 1,234 · 45.2 pages/s · failing links 23 · workers 2 · ETA 0:41`.
    public var line: String {
        var parts = [
            "sites \(progress.done)/\(progress.total) (\(progress.leased) in progress)",
            "pages \(statistics.pages)",
            String(format: "%.1f pages/s", pagesPerSecond),
            "failing links \(statistics.failingLinks)",
            "workers \(workers)",
        ]
        if linkChecksWaiting > 0 { parts.insert("links to check \(linkChecksWaiting)", at: 4) }
        if let eta = etaSeconds {
            parts.append("ETA " + Self.clock(eta))
        } else if !isFinished {
            parts.append("ETA unknown")
        }
        return parts.joined(separator: " · ")
    }

    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let hours = total / 3600
        let minutes = total / 60 % 60
        let secs = total % 60
        return hours > 0 ? String(format: "%d:%02d:%02d", hours, minutes, secs) : String(format: "%d:%02d", minutes, secs)
    }
}
