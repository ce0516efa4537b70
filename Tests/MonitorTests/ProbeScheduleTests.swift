import GovSweepProtocol
import Testing
import Monitor

@Suite("Probe schedule")
struct ProbeScheduleTests {
    /// Drives `schedule` from its plan's start to the end, jumping to each wake-up, until `stop`.
    static func drive(_ schedule: inout ProbeSchedule, from start: Double, until stop: Double = .infinity)
        -> (probes: [ScheduledProbe], missed: [ScheduledProbe], now: Double)
    {
        var now = start
        var probes: [ScheduledProbe] = []
        var missed: [ScheduledProbe] = []
        while now < stop {
            var next: Double?
            for action in schedule.advance(now: now) {
                switch action {
                case .probe(let probe): probes.append(probe)
                case .missed(let probe): missed.append(probe)
                case .wake(let time): next = time
                case .finished: break
                }
            }
            guard let next else { break }
            #expect(next > now, "a wake-up is always in the future")
            now = min(next, stop)
        }
        return (probes, missed, now)
    }

    @Test("every site gets each slot once, one per interval, at a per-site offset")
    func slotsPerInterval() {
        let settings = MonitorSettings(days: 1, perDay: 24, seed: 7)
        let plan = ProbePlan(sites: Samples.sites(20), start: Samples.start, settings: settings)
        var schedule = ProbeSchedule(plan: plan)
        let run = Self.drive(&schedule, from: Samples.start)
        #expect(run.missed.isEmpty)
        #expect(run.probes.count == 20 * 24)
        for site in plan.sites {
            let mine = run.probes.filter { $0.site.id == site.id }
            #expect(mine.map(\.slot) == Array(0..<24))
            for probe in mine {
                let offset = probe.scheduledAt - Samples.start - Double(probe.slot) * 3600
                #expect((0..<3600).contains(offset), "slot \(probe.slot) stays in its own hour")
            }
        }
        let firstOffsets = Set(run.probes.filter { $0.slot == 0 }.map { Int($0.scheduledAt - Samples.start) })
        #expect(firstOffsets.count == 20, "sites are spread, not probed together")
        #expect((firstOffsets.max()! - firstOffsets.min()!) > 1800)
    }

    @Test("the same seed plans the same times; another seed moves them")
    func deterministic() {
        let sites = Samples.sites(5)
        let a = ProbePlan(sites: sites, start: Samples.start, settings: MonitorSettings(days: 2, seed: 1))
        let b = ProbePlan(sites: sites, start: Samples.start, settings: MonitorSettings(days: 2, seed: 1))
        let c = ProbePlan(sites: sites, start: Samples.start, settings: MonitorSettings(days: 2, seed: 2))
        #expect(a.entries == b.entries)
        #expect(a.entries != c.entries)
    }

    @Test("sites sharing a politeness key are never probed within the minimum spacing of each other")
    func politeness() {
        let shared = Samples.sites(40, group: "jiangxi-platform")
        let own = Samples.sites(5, prefix: "36120")
        let settings = MonitorSettings(days: 1, perDay: 48, seed: 3, minimumSpacingSeconds: 5)
        var schedule = ProbeSchedule(plan: ProbePlan(sites: shared + own, start: Samples.start, settings: settings))
        let run = Self.drive(&schedule, from: Samples.start)
        #expect(run.probes.count == 45 * 48)
        let times = run.probes.filter { $0.site.hostGroup != nil }.map(\.issuedAt).sorted()
        let gaps = zip(times.dropFirst(), times).map { $0 - $1 }
        #expect(gaps.min()! >= 5 - 1e-9)
    }

    @Test("a restart resumes without a gap and without repeating a slot")
    func restart() {
        let settings = MonitorSettings(days: 7, perDay: 24, seed: 11)
        let plan = ProbePlan(sites: Samples.sites(12), start: Samples.start, settings: settings)
        var first = ProbeSchedule(plan: plan)
        let middle = Samples.start + 3.3 * 86_400
        let before = Self.drive(&first, from: Samples.start, until: middle)
        let done = Set(before.probes.map(\.key))
        var second = ProbeSchedule(plan: plan, completed: done)
        let after = Self.drive(&second, from: middle)
        #expect(before.missed.isEmpty && after.missed.isEmpty)
        let all = (before.probes + after.probes).map(\.key)
        #expect(all.count == Set(all).count, "no slot is handed out twice")
        for site in plan.sites {
            #expect(all.filter { $0.siteID == site.id }.map(\.slot).sorted() == Array(0..<168))
        }
    }

    @Test("slots that passed during downtime are recorded missed, once, and the rest resume")
    func downtime() {
        let settings = MonitorSettings(days: 1, perDay: 24, seed: 5)
        let plan = ProbePlan(sites: Samples.sites(6), start: Samples.start, settings: settings)
        var first = ProbeSchedule(plan: plan)
        let stop = Samples.start + 6 * 3600
        let before = Self.drive(&first, from: Samples.start, until: stop)
        let back = stop + 5 * 3600
        var second = ProbeSchedule(plan: plan, completed: Set(before.probes.map(\.key)))
        let after = Self.drive(&second, from: back)
        let all = (before.probes + after.probes + after.missed).map(\.key)
        #expect(all.count == 6 * 24 && Set(all).count == 6 * 24, "every slot ends exactly once")
        #expect(!after.missed.isEmpty)
        for missed in after.missed {
            #expect(missed.scheduledAt >= stop && missed.scheduledAt < back - second.lateness)
        }
        for probe in after.probes {
            #expect(probe.scheduledAt >= back - second.lateness, "nothing older than the lateness is probed late")
        }
    }

    @Test("catch-up visits after a short stop keep the politeness spacing")
    func catchUpSpacing() {
        let settings = MonitorSettings(days: 1, perDay: 24, seed: 9, minimumSpacingSeconds: 4)
        let plan = ProbePlan(sites: Samples.sites(30, group: "platform"), start: Samples.start, settings: settings)
        var schedule = ProbeSchedule(plan: plan, lateness: 1800)
        // Started 20 minutes late: the slots planned in those minutes are all due at once.
        let run = Self.drive(&schedule, from: Samples.start + 1200)
        let times = run.probes.map(\.issuedAt).sorted()
        #expect(zip(times.dropFirst(), times).allSatisfy { $0 - $1 >= 4 - 1e-9 })
        #expect(run.probes.count + run.missed.count == 30 * 24)
    }

    @Test("a fractional window plans its slots inside it")
    func fractionalWindow() {
        let settings = MonitorSettings(days: 0.0005, perDay: 100_000, seed: 1, minimumSpacingSeconds: 0.01)
        let plan = ProbePlan(sites: Samples.sites(3), start: Samples.start, settings: settings)
        #expect(settings.slotsPerSite == 50)
        #expect(plan.entries.count == 150)
        #expect(plan.entries.allSatisfy { $0.at >= Samples.start && $0.at < Samples.start + 43.2 })
    }

    @Test("settings that cannot drive a run say which option to change")
    func settingsProblems() {
        #expect(MonitorSettings().problem == nil)
        #expect(MonitorSettings().slotsPerSite == 168)
        #expect(MonitorSettings(days: 0).problem?.contains("--days") == true)
        #expect(MonitorSettings(days: .nan).problem?.contains("--days") == true)
        #expect(MonitorSettings(perDay: 0).problem?.contains("--per-day") == true)
        #expect(MonitorSettings(timeoutSeconds: -1).problem?.contains("--timeout") == true)
        #expect(MonitorSettings(days: 1e9, perDay: 1000).problem?.contains("million") == true)
    }
}
