import Foundation
import GovSweepProtocol
import Logging
import Rules
import Testing
import Monitor

@Suite("Monitor service over a simulated week")
struct MonitorServiceTests {
    static let week = MonitorSettings(days: 7, perDay: 24, seed: 42, minimumSpacingSeconds: 3, concurrency: 1)

    static func service(
        _ store: MonitorStore, sites: [Site], prober: FakeProber, clock: any MonitorClock,
        settings: MonitorSettings = week
    ) -> MonitorService {
        MonitorService(store: store, sites: sites, settings: settings, prober: prober, clock: clock,
                       logger: Logger(label: "test.monitor"))
    }

    /// Asserts that every site has each slot `0..<slots` stored exactly once.
    static func expectEverySlotOnce(_ probes: [ProbeRecord], sites: [Site], slots: Int) {
        let bySite = Dictionary(grouping: probes, by: \.siteID)
        for site in sites {
            #expect(bySite[site.id, default: []].map(\.slot).sorted() == Array(0..<slots), "site \(site.id)")
        }
    }

    @Test("a week of visits lands each site on its side of the veto line")
    func week() async throws {
        let sites = Samples.sites(4)
        let prober = FakeProber { site, visit in
            switch site.id {
            case sites[1].id: visit % 24 == 3 ? FakeProber.down() : FakeProber.up()   // 7/168, about 4 %
            case sites[2].id: visit % 17 == 3 ? FakeProber.down() : FakeProber.up()   // 10/168, about 6 %
            case sites[3].id: (50..<80).contains(visit) ? FakeProber.down() : FakeProber.up()
            default: FakeProber.up()
            }
        }
        let store = try MonitorStore(path: Samples.databasePath())
        try await Self.service(store, sites: sites, prober: prober, clock: VirtualClock(start: Samples.start)).run()

        let run = try #require(try store.latestRun())
        #expect(run.finishedAt != nil)
        let probes = try store.probes(runID: run.id)
        Self.expectEverySlotOnce(probes, sites: sites, slots: 168)
        #expect(prober.totalVisits == probes.count)

        let verdicts = try MonitorExport.latestVerdicts(db: store.path)
        #expect(verdicts[sites[0].id]?.findings.isEmpty == true)
        #expect(verdicts[sites[1].id]?.findings.map(\.severity) == [.warning])
        #expect(verdicts[sites[2].id]?.findings.map(\.severity) == [.veto])
        let outage = try #require(verdicts[sites[3].id]?.outages.first)
        #expect(verdicts[sites[3].id]?.outages.count == 1)
        let slots = probes.filter { $0.siteID == sites[3].id }.sorted { $0.slot < $1.slot }
        #expect(outage.start == slots[50].at && outage.lastFailure == slots[79].at && outage.end == slots[80].at)
    }

    @Test("a restart mid-week resumes the same run: each slot once, no visit repeated, none lost")
    func restartWithoutGap() async throws {
        let sites = Samples.sites(5)
        let path = Samples.databasePath()
        let prober = FakeProber()
        let clock = VirtualClock(start: Samples.start, stopAt: Samples.start + 3.5 * 86_400)
        let store = try MonitorStore(path: path)
        try await Self.service(store, sites: sites, prober: prober, clock: clock).run()
        let firstRun = try #require(try store.latestRun())
        #expect(firstRun.finishedAt == nil)
        let stored = try store.probes(runID: firstRun.id).count
        #expect(stored > 0 && stored < 5 * 168)

        clock.restart()
        let reopened = try MonitorStore(path: path)
        // A different inventory on restart is ignored: the unfinished run keeps its own.
        try await Self.service(reopened, sites: Samples.sites(9), prober: prober, clock: clock).run()
        let run = try #require(try reopened.latestRun())
        #expect(run.id == firstRun.id && run.finishedAt != nil && run.sites == sites)
        let probes = try reopened.probes(runID: run.id)
        Self.expectEverySlotOnce(probes, sites: sites, slots: 168)
        #expect(probes.allSatisfy { $0.outcome == .ok })
        #expect(prober.totalVisits == 5 * 168)
    }

    @Test("after downtime the slots that passed are stored missed, once each")
    func restartAfterDowntime() async throws {
        let sites = Samples.sites(3)
        let path = Samples.databasePath()
        let prober = FakeProber()
        let clock = VirtualClock(start: Samples.start, stopAt: Samples.start + 2 * 86_400)
        try await Self.service(try MonitorStore(path: path), sites: sites, prober: prober, clock: clock).run()
        clock.restart(after: 10 * 3600)
        let store = try MonitorStore(path: path)
        try await Self.service(store, sites: sites, prober: prober, clock: clock).run()
        let probes = try store.probes(runID: 1)
        Self.expectEverySlotOnce(probes, sites: sites, slots: 168)
        let missed = probes.filter { $0.outcome == .missed }
        #expect(missed.count >= 3 * 9 && missed.count <= 3 * 11)
        #expect(prober.totalVisits + missed.count == 3 * 168)
        let verdicts = try MonitorExport.latestVerdicts(db: path)
        #expect(verdicts[sites[0].id]?.missed == missed.count { $0.siteID == sites[0].id })
    }

    @Test("sites on one platform are never visited at the same instant")
    func politeness() async throws {
        let sites = Samples.sites(30, group: "platform-a") + Samples.sites(10, prefix: "36120")
        let settings = MonitorSettings(days: 1, perDay: 24, seed: 1, minimumSpacingSeconds: 3, concurrency: 8)
        let store = try MonitorStore(path: Samples.databasePath())
        try await Self.service(store, sites: sites, prober: FakeProber(), clock: VirtualClock(start: Samples.start),
                               settings: settings).run()
        let probes = try store.probes(runID: 1)
        #expect(probes.count == 40 * 24)
        let shared = Set(sites.prefix(30).map(\.id))
        let times = probes.filter { shared.contains($0.siteID) }.map(\.at).sorted()
        #expect(zip(times.dropFirst(), times).allSatisfy { $0 - $1 >= 3 - 1e-9 })
    }

    @Test("homepage updates are stored as distinct snapshots and judged over the week")
    func homepageSnapshots() async throws {
        let sites = Samples.sites(2)
        let old = [Samples.item("关于印发工作要点的通知", "2026-08-01")]
        let prober = FakeProber { site, visit in
            site.id == sites[0].id
                ? FakeProber.up(old)
                : FakeProber.up(old + [Samples.item("第\(visit / 30)期政务信息", "2026-08-02")])
        }
        let store = try MonitorStore(path: Samples.databasePath())
        try await Self.service(store, sites: sites, prober: prober, clock: VirtualClock(start: Samples.start)).run()
        let snapshots = try store.snapshots(runID: 1)
        #expect(snapshots[sites[0].id]?.count == 1)
        #expect(snapshots[sites[1].id]?.count == 6)
        let verdicts = try MonitorExport.latestVerdicts(db: store.path)
        #expect(verdicts[sites[0].id]?.findings.map(\.check) == [.homepageStale])
        #expect(verdicts[sites[1].id]?.homepage.updates.count == 5)
        #expect(verdicts[sites[1].id]?.findings.isEmpty == true)
    }

    @Test("a homepage that arrived after the timeout is a failed visit")
    func slowHomepage() async throws {
        let sites = Samples.sites(1)
        let prober = FakeProber { _, visit in
            visit == 0 ? ProbeResult(ok: true, status: 200, ttfb: 9, total: 16.5) : FakeProber.up()
        }
        let settings = MonitorSettings(days: 1, perDay: 24, timeoutSeconds: 15, concurrency: 1)
        let store = try MonitorStore(path: Samples.databasePath())
        try await Self.service(store, sites: sites, prober: prober, clock: VirtualClock(start: Samples.start),
                               settings: settings).run()
        let first = try #require(try store.probes(runID: 1).min { $0.slot < $1.slot })
        #expect(first.outcome == .fail && first.error == .timeout && first.status == 200 && first.total == 16.5)
        #expect(first.fingerprint == nil)
    }

    @Test("graceful shutdown stops the run unfinished, and a visit cut short is not stored")
    func cancellation() async throws {
        let sites = Samples.sites(2)
        let store = try MonitorStore(path: Samples.databasePath())
        let task = Task {
            try await Self.service(store, sites: sites, prober: FakeProber(), clock: SlowClock()).run()
        }
        try await Task.sleep(for: .milliseconds(50))
        task.cancel()
        try await task.value
        #expect(try store.latestRun()?.finishedAt == nil)
    }
}

/// A clock whose sleeps last until cancelled: the monitor waits for its first visit.
struct SlowClock: MonitorClock {
    func now() -> Double { Samples.start }
    func sleep(until deadline: Double) async throws { try await Task.sleep(for: .seconds(3600)) }
}
