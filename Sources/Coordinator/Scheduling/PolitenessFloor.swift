import GovSweepProtocol

/// The least time the work still waiting needs, whatever the number of workers: each politeness
/// key's requests go one after another, each at least the key's gap after the one before, so a
/// key with `n` sites of `p` pages each and `c` link checks waiting needs at least
/// `(n × p + c) × gap`. The busiest key (a shared platform's many channels, or the host that every
/// page links to) bounds the rest of the sweep. Pure.
///
/// The operator's budget of a key (``SweepSettings/hostBudgets``) counts where there is one, the
/// sweep's `--gap-ms` elsewhere; a key whose gap is 0 sets no floor (its pace depends on latency
/// and concurrency, which the pace estimate sees). Sites being crawled and checks out on a lease
/// are left out (part of them is done), so the floor never overstates.
public enum PolitenessFloor {
    /// Seconds the waiting work needs at least; 0 when none waits.
    /// - Parameters:
    ///   - waitingSitesByKey: sites not yet leased, by politeness key (``LeaseScheduler/waitingSitesByKey``).
    ///   - pagesPerSite: pages a finished site took on average (sites count for nothing while unknown).
    ///   - waitingLinkChecksByKey: link checks not yet leased, by key (``LinkCheckQueue/waitingByKey``).
    ///   - settings: the sweep's settings, with the operator's per-key budgets.
    public static func seconds(
        waitingSitesByKey: [String: Int], pagesPerSite: Double, waitingLinkChecksByKey: [String: Int] = [:],
        settings: SweepSettings
    ) -> Double {
        let pages = pagesPerSite > 0 && pagesPerSite.isFinite ? pagesPerSite : 0
        var requests: [String: Double] = [:]
        for (key, sites) in waitingSitesByKey where sites > 0 { requests[key, default: 0] += Double(sites) * pages }
        for (key, checks) in waitingLinkChecksByKey where checks > 0 { requests[key, default: 0] += Double(checks) }
        var longest = 0.0
        for (key, count) in requests {
            let gap = Double(settings.budget(for: key).gapMilliseconds) / 1000
            longest = max(longest, count * gap)
        }
        return longest
    }
}
