import GovSweepProtocol
import Rules
import Testing
import Monitor

@Suite("Availability verdicts")
struct AvailabilityVerdictTests {
    /// A week of hourly visits to one site, failing at the visit numbers in `failing`.
    static func verdict(failing: Set<Int>, missing: Set<Int> = [], rules: RuleSet = .builtIn) -> MonitorVerdict {
        let visits = (0..<168).map { n in
            ProbeRecord(
                runID: 1, siteID: "3611000001", slot: n, scheduledAt: Samples.start + Double(n) * 3600,
                at: Samples.start + Double(n) * 3600,
                outcome: missing.contains(n) ? .missed : failing.contains(n) ? .fail : .ok,
                status: failing.contains(n) ? 503 : 200)
        }
        return MonitorJudge(rules: rules).verdict(site: Samples.sites(1)[0], runID: 1, visits: visits, snapshots: [:])
    }

    @Test("4 % of visits failed is a warning, 6 % a veto, under the built-in rules")
    func shares() throws {
        let four = Self.verdict(failing: Set(stride(from: 3, to: 168, by: 24)))
        #expect(four.failures == 7 && four.visits == 168)
        let warning = try #require(four.findings.first)
        #expect(warning.check == .siteUnreachable && warning.severity == .warning)
        #expect(warning.detail.hasPrefix("预警：监测期内首页访问失败7/168次（4.2%）"))

        let six = Self.verdict(failing: Set(stride(from: 3, to: 168, by: 17)))
        #expect(six.failures == 10)
        let veto = try #require(six.findings.first)
        #expect(veto.severity == .veto && veto.points == 0 && veto.status == 503)
        #expect(veto.detail.hasPrefix("监测期内首页访问失败10/168次（6%），超过5%的单项否决线"))
    }

    @Test("failures among too few visits made only warn: the monitor's own missed slots never make a veto")
    func coverageBelowTheRulesLineOnlyWarns() throws {
        // 40 visits made of 168 planned (24 %), 3 of them failed (7.5 %, above the veto share).
        let sparse = Self.verdict(failing: [10, 20, 30], missing: Set(40..<168))
        #expect(sparse.visits == 40 && sparse.failures == 3 && sparse.missed == 128)
        let warning = try #require(sparse.findings.first)
        #expect(warning.severity == .warning)
        #expect(warning.detail.contains("达到5%的单项否决线，但监测覆盖不足（实际访问40/计划168次，低于90%），不作否决"))

        // The same failures with nearly every slot visited (160 of 168, 95 %) still veto at 10 failures.
        let covered = Self.verdict(failing: Set(stride(from: 3, to: 160, by: 16)), missing: Set(160..<168))
        #expect(covered.failures == 10 && covered.visits == 160)
        #expect(covered.findings.first?.severity == .veto)

        // The line comes from the rules.
        var rules = RuleSet.builtIn
        rules.homepage.monitorMinimumCoverage = 0.2
        #expect(Self.verdict(failing: [10, 20, 30], missing: Set(40..<168), rules: rules).findings.first?.severity == .veto)
    }

    @Test("the default concurrency lets every visit run to its timeout without a slot coming late")
    func suggestedConcurrencyFollowsThePlan() {
        // 1000 sites every 2 minutes (720 a day), 15 s timeout: 8.3 visits a second × 16 s × 2.
        let everyTwoMinutes = MonitorSettings(days: 1, perDay: 720, timeoutSeconds: 15)
        #expect(everyTwoMinutes.suggestedConcurrency(sites: 1000) == 267)
        // The indicator's week of 24 visits a day to 60 sites needs few; the floor is 8.
        #expect(MonitorSettings().suggestedConcurrency(sites: 60) == 8)
        #expect(MonitorSettings(perDay: 10_000).suggestedConcurrency(sites: 100_000) == 1024)
    }

    @Test("under the warning line there is no finding")
    func healthy() {
        #expect(Self.verdict(failing: [10, 90]).findings.isEmpty)
    }

    @Test("thresholds come from the rules")
    func rulesShares() {
        var rules = RuleSet.builtIn
        rules.homepage.unreachableVetoShare = 0.1
        rules.homepage.unreachableWarningShare = 0.05
        let six = Self.verdict(failing: Set(stride(from: 3, to: 168, by: 17)), rules: rules)
        #expect(six.findings.map(\.severity) == [.warning])
        #expect(six.findings[0].detail.contains("未达10%的单项否决线"))
    }

    @Test("one long interval of failures is one outage with its start and recovery")
    func longOutage() throws {
        let verdict = Self.verdict(failing: Set(50..<80))
        #expect(verdict.outages.count == 1)
        let outage = try #require(verdict.outages.first)
        #expect(outage.start == Samples.start + 50 * 3600)
        #expect(outage.lastFailure == Samples.start + 79 * 3600)
        #expect(outage.end == Samples.start + 80 * 3600)
        #expect(outage.failures == 30)
        #expect(verdict.findings[0].detail.contains("最长一次中断自2026-11-16 02:00起连续失败30次至2026-11-17 08:00恢复"))
    }

    @Test("missed slots are not visits and do not split an outage")
    func missedSlots() throws {
        let verdict = Self.verdict(failing: Set(100..<110), missing: [105, 106])
        #expect(verdict.visits == 166 && verdict.missed == 2 && verdict.failures == 8)
        #expect(verdict.outages.count == 1)
        #expect(verdict.findings[0].detail.contains("另有2次因监测中断未访问"))
    }

    @Test("an outage still open at the end has no recovery")
    func openOutage() throws {
        let verdict = Self.verdict(failing: Set(160..<168))
        let outage = try #require(verdict.outages.first)
        #expect(outage.end == nil && outage.failures == 8)
        #expect(verdict.findings[0].detail.contains("监测结束时仍未恢复"))
    }
}
