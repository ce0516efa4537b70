import GovSweepProtocol

/// The least time the sites still waiting need, whatever the number of workers: each politeness
/// key's sites are crawled one after another, each request at least the key's gap after the one
/// before, so a key with `n` sites of `p` pages each needs at least `n × p × gap`. The busiest key
/// (usually a shared platform's many channels) bounds the rest of the sweep. Pure.
///
/// The operator's budget of a key (``SweepSettings/hostBudgets``) counts where there is one, the
/// sweep's `--gap-ms` elsewhere; a key whose gap is 0 sets no floor (its pace depends on latency
/// and concurrency, which the pace estimate sees). The sites being crawled are left out (part of
/// their pages is done), so the floor never overstates.
public enum PolitenessFloor {
    /// Seconds the waiting sites need at least; 0 when none waits or the pages per site are unknown.
    /// - Parameters:
    ///   - waitingSitesByKey: sites not yet leased, by politeness key (``LeaseScheduler/waitingSitesByKey``).
    ///   - pagesPerSite: pages a finished site took on average.
    ///   - settings: the sweep's settings, with the operator's per-key budgets.
    public static func seconds(waitingSitesByKey: [String: Int], pagesPerSite: Double, settings: SweepSettings) -> Double {
        guard pagesPerSite > 0, pagesPerSite.isFinite else { return 0 }
        var longest = 0.0
        for (key, sites) in waitingSitesByKey where sites > 0 {
            let gap = Double(settings.budget(for: key).gapMilliseconds) / 1000
            longest = max(longest, Double(sites) * pagesPerSite * gap)
        }
        return longest
    }
}
