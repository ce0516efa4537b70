import GovSweepProtocol
import Testing

@testable import Worker

@Suite("Default worker capacity follows politeness")
struct WorkerCapacityTests {
    private let defaults = PolitenessBudget(concurrency: 2, gapMilliseconds: 250)

    @Test("one core at the default politeness: 400 pages/s over 4 requests/s per site is 100 sites")
    func defaultPoliteness() {
        #expect(WorkerCapacity.sitesAtOnce(cores: 1, budget: defaults) == 100)
        #expect(WorkerCapacity.sitesAtOnce(cores: 2, budget: defaults) == 200)
        // Latency does not matter while the gap binds (under 500 ms a page at 2 in flight).
        #expect(WorkerCapacity.sitesAtOnce(cores: 1, budget: defaults, latency: 0.45) == 100)
    }

    @Test("slower sites (a slow link, a longer gap) need more sites to keep a core busy")
    func slowerSitesMoreOfThem() {
        // 2 in flight at 1 s a page: 2 requests/s per site → 200 sites.
        #expect(WorkerCapacity.sitesAtOnce(cores: 1, budget: defaults, latency: 1) == 200)
        // A gap of a second: 1 request/s per site → 400, capped at 256.
        #expect(WorkerCapacity.sitesAtOnce(cores: 1, budget: PolitenessBudget(concurrency: 2, gapMilliseconds: 1000)) == 256)
    }

    @Test("a wider budget makes each site busier, so fewer sites fill the cores")
    func widerBudgetFewerSites() {
        // 8 in flight, no gap, 200 ms: 40 requests/s per site → 10 sites.
        #expect(WorkerCapacity.sitesAtOnce(cores: 1, budget: PolitenessBudget(concurrency: 8, gapMilliseconds: 0)) == 10)
        // 32 in flight, no gap: 160 requests/s → 3, raised to the floor of 8.
        #expect(WorkerCapacity.sitesAtOnce(cores: 1, budget: PolitenessBudget(concurrency: 32, gapMilliseconds: 0)) == 8)
    }

    @Test("a share of a core counts: two workers on one core hold half as many")
    func coreShares() {
        #expect(WorkerCapacity.sitesAtOnce(cores: 0.5, budget: defaults) == 50)
        #expect(WorkerCapacity.sitesAtOnce(cores: 1, budget: defaults, cpuSecondsPerPage: 0.005) == 50)
    }

    @Test("degenerate inputs never crash and stay in range")
    func degenerate() {
        #expect(WorkerCapacity.sitesAtOnce(cores: 0, budget: defaults) == 8)
        #expect(WorkerCapacity.sitesAtOnce(cores: 1, budget: PolitenessBudget(concurrency: 2, gapMilliseconds: 0), latency: 0) == 8)
        #expect(WorkerCapacity.sitesAtOnce(cores: 1_000_000, budget: defaults) == 256)
        #expect(WorkerCapacity.range.contains(WorkerCapacity.sitesAtOnce(cores: 3, budget: defaults, latency: 7)))
    }
}
