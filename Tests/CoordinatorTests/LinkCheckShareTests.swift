import GovSweepProtocol
import Testing
@testable import Coordinator

/// Link checks into a host every site links to must not wait for the last site to go out: that
/// host's checks can take as long as the whole crawl at its politeness rate.
@Suite("Lease scheduler: link checks run alongside the crawls")
struct LinkCheckShareTests {
    static func sites(_ count: Int) -> [LeaseScheduler.Entry] {
        (0..<count).map { .init(siteID: "s\($0)", politenessKey: "h\($0)") }
    }

    @Test("besides its sites, a worker takes an eighth of its capacity in link checks, most waiting first")
    func allowanceBesidesSites() {
        var s = LeaseScheduler(sites: Self.sites(100), leaseSeconds: 30, leasePrefix: "t")
        s.workerConnected("w1", capacity: 8)
        s.workerConnected("w2", capacity: 8)
        let leases = s.assign(now: 0, linkCheckKeys: ["services", "other", "third"])
        #expect(leases.compactMap(\.siteID).count == 16, "every site slot crawls")
        #expect(leases.filter { $0.work == .linkChecks }.map(\.politenessKey) == ["services", "other"],
                "one more lease each for link checks, in the order given")
        #expect(Set(leases.filter { $0.work == .linkChecks }.map(\.workerID)) == ["w1", "w2"])
        // A link-check lease ending frees room for the next link checks.
        let services = leases.first { $0.politenessKey == "services" }!
        #expect(s.completeLinkChecks(services.id) != nil)
        let next = s.assign(now: 15, linkCheckKeys: ["services", "third"])
        #expect(next.map(\.politenessKey) == ["services"])
        // A site ending frees its slot for a site, never for a link check.
        let site = leases.first { $0.siteID != nil }!
        #expect(s.complete(site.id) != nil)
        let after = s.assign(now: 16, linkCheckKeys: ["third"])
        #expect(after.count == 1 && after[0].siteID != nil)
    }

    @Test("link checks beyond the allowance use site slots only when no site is ready")
    func leftoverSlots() {
        var s = LeaseScheduler(sites: Self.sites(2), leaseSeconds: 30, leasePrefix: "t")
        s.workerConnected("w1", capacity: 8)
        let leases = s.assign(now: 0, linkCheckKeys: ["a", "b", "c", "d"])
        #expect(leases.compactMap(\.siteID).count == 2)
        #expect(leases.filter { $0.work == .linkChecks }.count == 4, "6 site slots are free, the allowance is 1")
    }

    @Test("below 8 slots a worker takes no link checks besides its sites, as before")
    func smallCapacityCrawlsFirst() {
        var s = LeaseScheduler(sites: Self.sites(10), leaseSeconds: 30, leasePrefix: "t")
        s.workerConnected("w1", capacity: 4)
        let leases = s.assign(now: 0, linkCheckKeys: ["services"])
        #expect(leases.allSatisfy { $0.siteID != nil } && leases.count == 4)
        #expect(LeaseScheduler.linkCheckAllowance(ofCapacity: 7) == 0)
        #expect(LeaseScheduler.linkCheckAllowance(ofCapacity: 100) == 12)
    }

    /// A small sweep on a fake clock: 160 sites (each its own host, 10 s to crawl) on 16 slots; each
    /// finished site leaves 2 links into one services host, checked at 4 a second (60 a lease).
    /// The services host must be busy whenever it has targets waiting, from the first site's end on.
    @Test("the busiest link-check host never idles with targets waiting while sites are crawled")
    func busiestHostRunsDuringCrawls() {
        var scheduler = LeaseScheduler(sites: Self.sites(160), leaseSeconds: 1000, leasePrefix: "t")
        scheduler.workerConnected("w1", capacity: 8)
        scheduler.workerConnected("w2", capacity: 8)
        var queue = LinkCheckQueue(batchSize: 60)
        var ends: [String: Double] = [:]  // lease → when its work ends
        var taken: [String: Set<String>] = [:]  // link-check lease → its targets
        var idleWithWork = 0
        var checksDuringCrawls = 0
        var now = 0.0
        func dispatch() {
            for lease in scheduler.assign(now: now, linkCheckKeys: queue.keysByMostWaiting) {
                switch lease.work {
                case .site: ends[lease.id] = now + 10
                case .linkChecks:
                    let targets = queue.take(for: lease.id, key: lease.politenessKey)
                    taken[lease.id] = Set(targets.map(\.target))
                    ends[lease.id] = now + Double(targets.count) / 4
                }
            }
        }
        dispatch()
        while !(scheduler.isComplete && queue.isEmpty) && now < 10_000 {
            now += 0.25
            for (id, end) in ends.sorted(by: { $0.key < $1.key }) where end <= now {
                ends[id] = nil
                if let site = scheduler.complete(id) {
                    for n in 0..<2 { queue.add(LinkTarget(target: "http://services/\(site)/\(n)", kind: .page), key: "services") }
                } else if scheduler.completeLinkChecks(id) != nil {
                    queue.finished(id, checked: taken.removeValue(forKey: id) ?? [])
                }
            }
            dispatch()
            let crawling = scheduler.progress.pending > 0
            let servicesBusy = scheduler.leases.values.contains { $0.politenessKey == "services" }
            if crawling, queue.waitingCount("services") > 0, !servicesBusy { idleWithWork += 1 }
            if crawling, servicesBusy { checksDuringCrawls += 1 }
        }
        #expect(scheduler.isComplete && queue.isEmpty, "the sweep ends")
        #expect(idleWithWork == 0, "the services host waited with targets while sites were still pending")
        #expect(checksDuringCrawls > 0)
        // 16 slots crawl 160 sites in 10 rounds (100 s); the 320 checks (80 s at 4/s) keep pace,
        // leaving the last round's 32 targets: about 108 s. Checked only after the crawls, 180 s.
        #expect(now <= 110, "the sweep ended at \(now) s")
    }

    /// The services host is fed 3 targets per finished site (4.8 a second, faster than its 4) and
    /// starts first; two hosts with 2,000 targets each become free to check 15 s in. With one
    /// link-check slot per worker, the services host must keep its slot, not queue behind them.
    @Test("a key whose link checks run keeps its slot while targets wait, ahead of keys with more waiting")
    func runningKeyKeepsItsSlot() {
        var scheduler = LeaseScheduler(sites: Self.sites(160), leaseSeconds: 1000, leasePrefix: "t")
        scheduler.workerConnected("w1", capacity: 8)
        scheduler.workerConnected("w2", capacity: 8)
        var queue = LinkCheckQueue(batchSize: 60)
        var ends: [String: Double] = [:]
        var taken: [String: Set<String>] = [:]
        var idleWithWork = 0
        var now = 0.0
        func dispatch() {
            for lease in scheduler.assign(now: now, linkCheckKeys: queue.keysByMostWaiting) {
                switch lease.work {
                case .site: ends[lease.id] = now + 10
                case .linkChecks:
                    let targets = queue.take(for: lease.id, key: lease.politenessKey)
                    taken[lease.id] = Set(targets.map(\.target))
                    ends[lease.id] = now + Double(targets.count) / 4
                }
            }
        }
        dispatch()
        while scheduler.progress.pending > 0 {
            now += 0.25
            if now == 15 {
                for big in ["big1", "big2"] {
                    for n in 0..<2000 { queue.add(LinkTarget(target: "http://\(big)/\(n)", kind: .page), key: big) }
                }
            }
            for (id, end) in ends.sorted(by: { $0.key < $1.key }) where end <= now {
                ends[id] = nil
                if let site = scheduler.complete(id) {
                    for n in 0..<3 { queue.add(LinkTarget(target: "http://services/\(site)/\(n)", kind: .page), key: "services") }
                } else if scheduler.completeLinkChecks(id) != nil {
                    queue.finished(id, checked: taken.removeValue(forKey: id) ?? [])
                }
            }
            dispatch()
            let servicesBusy = scheduler.leases.values.contains { $0.politenessKey == "services" }
            if queue.waitingCount("services") > 0, !servicesBusy { idleWithWork += 1 }
        }
        #expect(idleWithWork == 0, "the services host waited \(idleWithWork) quarter-seconds with targets")
        #expect(scheduler.leases.values.contains { $0.politenessKey == "big1" || $0.politenessKey == "big2" },
                "the other slot checks the big hosts")
    }
}
