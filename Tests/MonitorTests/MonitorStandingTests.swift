import GovSweepProtocol
import Logging
@testable import Monitor
import Testing

@Suite("Where a monitoring run stands (status) and its progress lines")
struct MonitorStandingTests {
    /// Two sites, 4 visits each over one hour.
    static let run = MonitorRun(
        id: 3, startedAt: Samples.start, settings: MonitorSettings(days: 1.0 / 24, perDay: 96, seed: 7),
        sites: Samples.sites(2))

    static func record(_ entry: ProbePlan.Entry, _ outcome: ProbeOutcome) -> ProbeRecord {
        ProbeRecord(
            runID: run.id, siteID: run.sites[entry.siteIndex].id, slot: entry.slot, scheduledAt: entry.at, at: entry.at,
            outcome: outcome)
    }

    @Test("counts what is due, stored and behind at a moment, and the sites failing so far")
    func standingHalfway() {
        let entries = Self.run.plan.entries
        #expect(entries.count == 8)
        let now = entries[5].at
        // Due by now: 6 slots; stored: 5 of them, one of which failed and one missed.
        let stored = [
            Self.record(entries[0], .ok), Self.record(entries[1], .fail), Self.record(entries[2], .ok),
            Self.record(entries[3], .missed), Self.record(entries[4], .ok),
        ]
        let standing = MonitorStanding(run: Self.run, stored: stored, now: now, warningShare: 0.03)
        #expect(standing.planned == 8 && standing.due == 6 && standing.stored == 5 && standing.behind == 1)
        #expect(standing.ok == 3 && standing.failed == 1 && standing.missed == 1)
        #expect(standing.sitesFailing == 1)
        let lines = standing.lines(now: now + 10, time: { "t\(Int($0 - Samples.start))" })
        let age = Int(now + 10 - entries[4].at)
        #expect(lines[0] == "monitoring run 3  running (last visit stored \(age) s ago)")
        #expect(lines[3] == "  stored    5 (62 %): 3 ok, 1 failed, 1 missed; 1 due but not stored")
    }

    @Test("a run whose monitor stopped is told to resume, and one past its window to finish")
    func stoppedRuns() {
        let entries = Self.run.plan.entries
        let stored = [Self.record(entries[0], .ok)]
        let stopped = MonitorStanding(run: Self.run, stored: stored, now: entries[0].at + 600, warningShare: 0.03)
        #expect(stopped.lines(now: entries[0].at + 600, time: { _ in "" })[0].contains("stopped before its window ended"))
        let late = Self.run.plan.end + 60
        let over = MonitorStanding(run: Self.run, stored: stored, now: late, warningShare: 0.03)
        #expect(over.behind == 7)
        #expect(over.lines(now: late, time: { _ in "" })[0].contains("its window has ended"))
    }

    @Test("progress lines come once per interval and count slots stored before a restart")
    func progressLines() throws {
        var log = ProgressLog(plan: Self.run.plan, alreadyStored: 2, interval: 60, startedAt: 1000)
        let first = log.due(now: 1030, handedOut: 1)
        #expect(first == nil)
        log.missed = 1
        let due = log.due(now: 1061, handedOut: 2)
        let line = try #require(due)
        #expect(line["slots_done"] == "4" && line["slots_planned"] == "8" && line["percent"] == "50" && line["missed"] == "1")
        let early = log.due(now: 1100, handedOut: 3)
        #expect(early == nil)
        let next = log.due(now: 1121, handedOut: 3)
        #expect(next != nil)
    }
}
