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
