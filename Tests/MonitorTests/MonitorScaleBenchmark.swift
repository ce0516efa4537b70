import GovSweepProtocol
import Logging
import Testing
import Monitor

/// A simulated day of a province: 1000 sites × 24 visits. Asserts behaviour only; its cost is
/// measured by scripts/bench-monitor (release build under /usr/bin/time) and recorded in BENCHMARKS.md.
@Suite("MonitorScaleBenchmark")
struct MonitorScaleBenchmark {
    @Test("1000 sites × 24 visits over a simulated day: all 24,000 slots stored, each once")
    func provinceDay() async throws {
        // Ten platforms host 300 of the sites; the rest have their own hosts.
        let platformed = (0..<10).flatMap { group in
            Samples.sites(30, prefix: "3\(group)1\(group)0", group: "platform-\(group)")
        }
        let sites = platformed + Samples.sites(700, prefix: "36110")
        #expect(Set(sites.map(\.id)).count == 1000)
        let prober = FakeProber { site, visit in
            let items = [Samples.item("\(site.id)-\(visit / 8)", "2026-11-1\(visit / 8)")]
            return visit % 50 == 7 ? FakeProber.down() : FakeProber.up(items)
        }
        let settings = MonitorSettings(days: 1, perDay: 24, seed: 2026, minimumSpacingSeconds: 2, concurrency: 64)
        let store = try MonitorStore(path: Samples.databasePath())
        try await MonitorService(
            store: store, sites: sites, settings: settings, prober: prober, clock: VirtualClock(start: Samples.start),
            logger: Logger(label: "bench.monitor")
        ).run()

        let probes = try store.probes(runID: 1)
        #expect(probes.count == 24_000)
        #expect(Set(probes.map { SlotKey(siteID: $0.siteID, slot: $0.slot) }).count == 24_000)
        #expect(prober.totalVisits == 24_000)
        let verdicts = try MonitorExport.latestVerdicts(db: store.path)
        #expect(verdicts.count == 1000)
        #expect(verdicts.values.allSatisfy { $0.visits == 24 && $0.failures == 1 })
    }
}
