import GovSweepProtocol
import Testing

@testable import Coordinator

@Suite("Politeness floor of the time left")
struct PolitenessFloorTests {
    private var settings: SweepSettings {
        var settings = SweepSettings(asOf: CivilDate(year: 2024, month: 1, day: 8)!, perHostConcurrency: 2, perHostGapMilliseconds: 250)
        settings.hostBudgets = ["group:fast": PolitenessBudget(concurrency: 8, gapMilliseconds: 50),
                                "group:none": PolitenessBudget(concurrency: 4, gapMilliseconds: 0)]
        return settings
    }

    @Test("the busiest key bounds the rest: sites × pages × its gap")
    func busiestKeyBounds() {
        // 40 channels of 100 pages at 250 ms: 1000 s; 10 sites elsewhere: 250 s at most.
        let floor = PolitenessFloor.seconds(
            waitingSitesByKey: ["group:platform": 40, "a:80": 10], pagesPerSite: 100, settings: settings)
        #expect(floor == 1000)
    }

    @Test("a key's own budget sets its gap; a gap of 0 sets no floor")
    func budgetsCount() {
        #expect(PolitenessFloor.seconds(waitingSitesByKey: ["group:fast": 40], pagesPerSite: 100, settings: settings) == 200)
        #expect(PolitenessFloor.seconds(waitingSitesByKey: ["group:none": 40], pagesPerSite: 100, settings: settings) == 0)
        #expect(PolitenessFloor.seconds(waitingSitesByKey: [:], pagesPerSite: 100, settings: settings) == 0)
        #expect(PolitenessFloor.seconds(waitingSitesByKey: ["a:80": 3], pagesPerSite: 0, settings: settings) == 0)
    }

    @Test("link checks waiting on a key count as its requests: the host every page links to bounds the end of the sweep")
    func linkChecksCount() {
        // The crawls are over; 900 checks into the national services host at 250 ms: 225 s.
        #expect(PolitenessFloor.seconds(
            waitingSitesByKey: [:], pagesPerSite: 100, waitingLinkChecksByKey: ["www.gov.cn:443": 900], settings: settings) == 225)
        // A key's sites and checks add up; the pages per site are unknown early on, the checks still count.
        #expect(PolitenessFloor.seconds(
            waitingSitesByKey: ["group:fast": 2], pagesPerSite: 100, waitingLinkChecksByKey: ["group:fast": 1000], settings: settings) == 60)
        #expect(PolitenessFloor.seconds(
            waitingSitesByKey: ["a:80": 5], pagesPerSite: 0, waitingLinkChecksByKey: ["a:80": 40], settings: settings) == 10)
    }

    @Test("the link-check queue reports its waiting targets per key, without those out on a lease")
    func queueFeedsIt() {
        var queue = LinkCheckQueue(batchSize: 2)
        for index in 0..<5 { _ = queue.add(LinkTarget(target: "https://www.gov.cn/\(index).png", kind: .image), key: "www.gov.cn:443") }
        _ = queue.add(LinkTarget(target: "https://b.gov.cn/x", kind: .page), key: "b.gov.cn:443")
        #expect(queue.waitingByKey == ["www.gov.cn:443": 5, "b.gov.cn:443": 1])
        _ = queue.take(for: "lease-1", key: "www.gov.cn:443")
        #expect(queue.waitingByKey == ["www.gov.cn:443": 3, "b.gov.cn:443": 1])
        _ = queue.take(for: "lease-2", key: "b.gov.cn:443")
        #expect(queue.waitingByKey == ["www.gov.cn:443": 3])
    }

    @Test("the estimate never falls below the floor, and keeps its pace above it")
    func estimateKeepsTheFloor() {
        var estimator = ProgressEstimator(window: 300)
        var first = ProgressEstimatorTests.snapshot(done: 0, sitesDone: 0)
        first.politenessFloorSeconds = 900
        _ = estimator.estimate(first, at: 0)
        // The pace says 100 s (5 sites in 100 s, 5 left); the platform's channels need 900.
        var second = ProgressEstimatorTests.snapshot(done: 5, sitesDone: 5)
        second.politenessFloorSeconds = 900
        #expect(estimator.estimate(second, at: 100) == 900)
        second.politenessFloorSeconds = 30
        #expect(estimator.estimate(second, at: 100) == 100)
    }

    @Test("a coordinator's snapshot counts the sites waiting per key with the budgets")
    func leaseSchedulerFeedsIt() {
        let entries = (0..<4).map { LeaseScheduler.Entry(siteID: "p\($0)", politenessKey: "group:fast") }
            + [LeaseScheduler.Entry(siteID: "s", politenessKey: "s:80")]
        var scheduler = LeaseScheduler(sites: entries, leaseSeconds: 30, leasePrefix: "t")
        scheduler.workerConnected("w", capacity: 5)
        _ = scheduler.assign(now: 0)
        #expect(scheduler.waitingSitesByKey == ["group:fast": 3])
        #expect(PolitenessFloor.seconds(waitingSitesByKey: scheduler.waitingSitesByKey, pagesPerSite: 10, settings: settings) == 1.5)
    }
}
