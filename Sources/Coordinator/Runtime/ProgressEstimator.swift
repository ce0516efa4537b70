/// Estimates the seconds a sweep has left from its recent pace: sites finished and link checks
/// made over the last ``window`` seconds. Pure: fed snapshots with the time they were taken.
///
/// Sites left take `sites left ÷ sites per second`; once every site is done, the link checks left
/// take `checks left ÷ checks per second`. While sites are crawled, a host's link checks wait for
/// its crawls, so their pace is not measured then. Work left whose pace is unknown (nothing of its kind finished within the
/// window) makes the estimate unknown rather than zero; a sweep with nothing left has 0 s to go.
/// The estimate is never below the snapshot's politeness floor (``PolitenessFloor``): early in a
/// sweep the many small sites finish fast while a platform's channels, one after another at the
/// platform's budget, set when it ends.
public struct ProgressEstimator: Sendable {
    /// Seconds of history the pace is measured over.
    public let window: Double
    private var samples: [Sample] = []

    private struct Sample: Sendable {
        var time: Double
        var sites: Int
        var linkChecks: Int
    }

    public init(window: Double = 300) {
        self.window = window
    }

    /// Records `snapshot`, taken at `now`, and returns the seconds left; nil when unknown.
    public mutating func estimate(_ snapshot: SweepSnapshot, at now: Double) -> Double? {
        let sample = Sample(time: now, sites: snapshot.statistics.sitesDone, linkChecks: snapshot.statistics.linkChecksDone)
        samples.append(sample)
        // Keep the newest sample at least `window` old, so the pace spans the whole window.
        while samples.count > 2, samples[1].time <= now - window { samples.removeFirst() }
        let sitesLeft = snapshot.progress.total - snapshot.progress.done
        let checksLeft = snapshot.linkChecksWaiting
        if sitesLeft <= 0, checksLeft <= 0 { return 0 }
        let oldest = samples[0]
        let span = now - oldest.time
        guard span > 0 else { return nil }
        var longest = 0.0
        if sitesLeft > 0 {
            let perSecond = Double(sample.sites - oldest.sites) / span
            guard perSecond > 0 else { return nil }
            longest = max(longest, Double(sitesLeft) / perSecond)
        }
        if checksLeft > 0, sitesLeft == 0 {
            let perSecond = Double(sample.linkChecks - oldest.linkChecks) / span
            // Only link checks are left and none finished lately: no pace to go by.
            guard perSecond > 0 else { return nil }
            longest = max(longest, Double(checksLeft) / perSecond)
        }
        // While sites are crawled, their hosts' link checks wait for the crawls to end (pages
        // before checks on a host), so the checks' pace then is a trickle that says nothing of
        // how fast they go once the crawls end: the sites' pace stands for both meanwhile. (At
        // 234 of 250 sites, the trickle once gave an ETA of 66 minutes; the sweep ended 4 later.)
        // However fast the recent pace, the busiest politeness key still has its sites to crawl.
        return max(longest, snapshot.politenessFloorSeconds)
    }
}
