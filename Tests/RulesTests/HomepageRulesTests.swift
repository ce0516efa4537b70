import GovSweepProtocol
import Testing
@testable import Rules

@Suite("Homepage staleness, availability and identity")
struct HomepageRulesTests {
    struct AgeCase: Sendable, CustomTestStringConvertible {
        let age: Int
        let severity: Severity?
        var testDescription: String { "newest item \(age) days old" }
    }

    @Test("homepage window 14 days, warning after 10", arguments: [
        AgeCase(age: 0, severity: nil), AgeCase(age: 10, severity: nil), AgeCase(age: 11, severity: .warning),
        AgeCase(age: 14, severity: .warning), AgeCase(age: 15, severity: .veto), AgeCase(age: 400, severity: .veto),
    ])
    func homepageAge(_ c: AgeCase) {
        let verdict = Evidence.judge(Evidence.evidence([Evidence.homepage([Evidence.ago(c.age), Evidence.ago(c.age + 3), nil])]))
        let found = verdict.findings(.homepageStale)
        #expect(found.map(\.severity) == (c.severity.map { [$0] } ?? []))
        if c.severity != nil { #expect(found[0].date == Evidence.ago(c.age)) }
        #expect(verdict.vetoes == (c.severity == .veto ? [.homepageStale] : []))
    }

    @Test("undated homepage items count as not updated")
    func undatedHomepage() {
        let verdict = Evidence.judge(Evidence.evidence([Evidence.homepage([nil, nil])]))
        #expect(verdict.findings(.homepageStale, .veto).map(\.date) == [nil])
    }

    @Test("a navigation-only homepage is judged by its second-level column pages")
    func navigationHomepage() {
        let fresh = Evidence.evidence([
            Evidence.homepage([]), Evidence.column("gzdt", .news, [Evidence.ago(3)], depth: 1),
            Evidence.column("deep", .news, [Evidence.ago(1)], depth: 2),
        ])
        #expect(Evidence.judge(fresh).findings(.homepageStale).isEmpty)
        let stale = Evidence.evidence([
            Evidence.homepage([]), Evidence.column("tzgg", .notice, [Evidence.ago(20)], depth: 1),
            Evidence.column("deep", .news, [Evidence.ago(1)], depth: 2),
        ])
        let finding = Evidence.judge(stale).findings(.homepageStale, .veto)
        #expect(finding.map(\.date) == [Evidence.ago(20)])
        #expect(finding.first?.detail.contains("导航页") == true)
    }

    @Test("a homepage dated only in the future is stale and its items are future-dated")
    func futureOnlyHomepage() {
        let verdict = Evidence.judge(Evidence.evidence([Evidence.homepage([Evidence.date("2024-02-01")])]))
        #expect(verdict.vetoes == [.homepageStale])
        #expect(verdict.findings(.dateInFuture).map(\.date) == [Evidence.date("2024-02-01")])
    }

    @Test("every probe failed: site_unreachable veto, and the homepage is not judged further")
    func allProbesFail() {
        let report = SiteReport(siteID: Evidence.site.id, pagesFetched: 1, probes: [
            HomepageProbe(at: 1, ok: false, error: .timeout), HomepageProbe(at: 2, ok: false, status: 503),
        ])
        let verdict = Evidence.judge(Evidence.evidence([Evidence.homepage([nil], identity: IdentityMarks())], report: report))
        #expect(verdict.vetoes == [.siteUnreachable])
        #expect(verdict.findings(.siteUnreachable).first?.status == 503)
        #expect(verdict.findings(.homepageStale).isEmpty)
        #expect(verdict.findings(.missingICP).isEmpty)
        #expect(!verdict.passed)
    }

    @Test("some probes failed: a warning, not a veto")
    func someProbesFail() {
        let report = SiteReport(siteID: Evidence.site.id, pagesFetched: 1, probes: [
            HomepageProbe(at: 1, ok: true, status: 200), HomepageProbe(at: 2, ok: false, error: .connect),
            HomepageProbe(at: 3, ok: true, status: 200),
        ])
        let verdict = Evidence.judge(Evidence.evidence([Evidence.freshHomepage], report: report))
        #expect(verdict.findings(.siteUnreachable).map(\.severity) == [.warning])
        #expect(verdict.findings(.siteUnreachable).first?.error == .connect)
        #expect(verdict.passed)
        #expect(verdict.warnings.count == 1)
    }

    @Test("without probes a failed homepage fetch is unreachable")
    func failedHomepageFetch() {
        let page = PageReport(url: Evidence.home, error: .dns, role: .homepage)
        let verdict = Evidence.judge(Evidence.evidence([page]))
        #expect(verdict.vetoes == [.siteUnreachable])
        #expect(verdict.findings(.siteUnreachable).first?.error == .dns)
    }

    @Test("monitoring shares: 5 % veto, 3 % warning")
    func monitoringShares() {
        let rules = RuleSet.builtIn
        #expect(rules.unreachableSeverity(failures: 7, visits: 140) == .veto)
        #expect(rules.unreachableSeverity(failures: 6, visits: 140) == .warning)
        #expect(rules.unreachableSeverity(failures: 5, visits: 140) == .warning)
        #expect(rules.unreachableSeverity(failures: 4, visits: 140) == nil)
        #expect(rules.unreachableSeverity(failures: 0, visits: 0) == nil)
    }

    @Test("identity marks: each missing mark is its own finding with its own severity")
    func identity() {
        let verdict = Evidence.judge(Evidence.evidence([Evidence.homepage([Evidence.ago(1)], identity: IdentityMarks())]))
        #expect(verdict.findings.map(\.check) == [.missingErrorReportEntry, .missingICP, .missingPSBRecord, .missingSiteIDCode])
        #expect(verdict.findings(.missingPSBRecord).first?.severity == .notice)
        #expect(verdict.findings(.missingPSBRecord).first?.points == 0)
        #expect(verdict.deducted == 6)
        #expect(verdict.score == 94)
        let complete = Evidence.judge(Evidence.evidence([Evidence.freshHomepage]))
        #expect(complete.findings.isEmpty)
        #expect(complete.score == 100)
    }

    @Test("TLS, robots and crawl caps are notices")
    func notices() {
        let report = SiteReport(
            siteID: Evidence.site.id, pagesFetched: 3000, cap: CrawlCap(reason: .pages, limit: 3000, example: "\(Evidence.home)x"),
            robotsBlocked: ["\(Evidence.home)b", "\(Evidence.home)a"], tlsError: "certificate has expired")
        let verdict = Evidence.judge(Evidence.evidence([Evidence.freshHomepage], report: report))
        #expect(verdict.findings.map(\.check) == [.crawlCapped, .robotsBlocked, .tlsInvalid])
        #expect(verdict.findings.allSatisfy { $0.severity == .notice && $0.points == 0 })
        #expect(verdict.findings(.robotsBlocked).first?.target == "\(Evidence.home)a")
        #expect(verdict.score == 100)
    }

    @Test("a trap cap names the trapped path, not the query that happened to meet it first")
    func trapCapIsStable() {
        func finding(_ example: String) -> Finding? {
            let report = SiteReport(
                siteID: Evidence.site.id, pagesFetched: 40, cap: CrawlCap(reason: .trap, limit: 0, example: example))
            return Evidence.judge(Evidence.evidence([Evidence.freshHomepage], report: report)).findings(.crawlCapped).first
        }
        let first = finding("\(Evidence.home)calendar/index.html?date=2024-05-08")
        let second = finding("\(Evidence.home)calendar/index.html?date=2024-01-03")
        #expect(first != nil)
        #expect(first == second)
        #expect(first?.target == nil)
        #expect(first?.detail.contains("\(Evidence.home)calendar/index.html，") == true)
    }
}
