import GovSweepProtocol

/// How many sites a worker holds at once by default: as many as politeness lets its share of the
/// CPU keep busy.
///
/// A site is crawled no faster than its politeness key allows, `min(concurrency ÷ latency,
/// 1 ÷ gap)` requests per second (``PolitenessBudget/requestsPerSecond(latency:)``): 4 per second
/// at the defaults (2 in flight, 250 ms apart) whenever pages take under 500 ms. A worker's cores
/// analyse about `cores ÷ CPU per page` pages per second. The worker keeps them busy when it
/// holds
///
///     capacity = ⌈(cores ÷ CPU seconds per page) ÷ per-site requests per second⌉
///
/// sites, kept within ``range``: at least 8, and at most 256, where a worker's memory stays under
/// 150 MB (BENCHMARKS.md measured 130–138 MB at 260 sites). With 2.5 ms of CPU per page and one
/// core that is ⌈400 ÷ 4⌉ = 100 sites. Holding more sites than that only queues their pages for the
/// CPU; holding fewer leaves the CPU idle while every site waits out its gap, which is what a
/// fixed 64 did on a 300-site province (2 workers at 70 % of the politeness bound, CPU to spare).
/// `--capacity` still sets it by hand.
public enum WorkerCapacity {
    /// Worker CPU seconds per page stored (fetch, analysis, batching), from the 1000-site benchmark.
    public static let cpuSecondsPerPage = 0.0025
    /// The page latency assumed when a budget lets concurrency bind (a gap of 0, or a long latency).
    public static let expectedLatencySeconds = 0.2
    /// The capacities a default may take.
    public static let range = 8...256

    /// The default capacity of a worker with `cores` cores to itself whose sites have `budget`.
    /// - Parameters:
    ///   - cores: the cores this worker may use (a machine's cores shared by the workers it runs).
    ///   - budget: the politeness budget of the sweep's typical key (`--per-host`, `--gap-ms`).
    ///   - latency: seconds a request takes.
    ///   - cpuSecondsPerPage: CPU one page costs the worker.
    public static func sitesAtOnce(
        cores: Double, budget: PolitenessBudget, latency: Double = expectedLatencySeconds,
        cpuSecondsPerPage: Double = cpuSecondsPerPage
    ) -> Int {
        let perSite = budget.requestsPerSecond(latency: latency)
        // No CPU to speak of, or a site with no limit at all: the fewest sites keep it busy.
        guard cores > 0, cpuSecondsPerPage > 0, perSite.isFinite else { return range.lowerBound }
        guard perSite > 0 else { return range.upperBound }
        let sites = (cores / cpuSecondsPerPage / perSite).rounded(.up)
        guard sites.isFinite else { return range.upperBound }
        return min(max(Int(min(sites, Double(range.upperBound))), range.lowerBound), range.upperBound)
    }
}
