import GovSweepProtocol
import Rules
import Testing
import Monitor

@Suite("Homepage updates judged from what changed")
struct HomepageTrendTests {
    /// One successful visit a day for `days` days from `Samples.start`, each showing `homepage(day)`.
    static func verdict(days: Int, rules: RuleSet = .builtIn, homepage: (Int) -> [DatedItem]) -> MonitorVerdict {
        var visits: [ProbeRecord] = []
        var snapshots: [String: [DatedItem]] = [:]
        for day in 0..<days {
            let items = homepage(day)
            let fingerprint = HomepageFingerprint(items).value
            snapshots[fingerprint] = items
            visits.append(ProbeRecord(
                runID: 1, siteID: "3611000001", slot: day, scheduledAt: Samples.start + Double(day) * 86_400 + 600,
                at: Samples.start + Double(day) * 86_400 + 600, outcome: .ok, status: 200, fingerprint: fingerprint))
        }
        return MonitorJudge(rules: rules).verdict(
            site: Samples.sites(1)[0], runID: 1, visits: visits, snapshots: snapshots)
    }

    static let oldList = [
        Samples.item("关于开展安全生产检查的通知", "2026-09-03"),
        Samples.item("县政府召开常务会议", "2026-08-28"),
    ]

    @Test("new items with old printed dates are updates: the homepage is not stale")
    func itemsChanging() {
        let verdict = Self.verdict(days: 20) { day in
            day % 3 == 0 ? Self.oldList : [Samples.item("第\(day)期工作简报", "2026-09-01")] + Self.oldList
        }
        #expect(!verdict.homepage.updates.isEmpty)
        #expect(verdict.homepage.lastUpdate?.observed == true)
        #expect(verdict.findings.isEmpty)
    }

    @Test("a static list with old dates is stale (veto) and says so in Chinese")
    func staticOldList() throws {
        let verdict = Self.verdict(days: 7) { _ in Self.oldList }
        #expect(verdict.homepage.updates.isEmpty)
        let finding = try #require(verdict.findings.first)
        #expect(finding.check == .homepageStale && finding.severity == .veto)
        #expect(finding.date == CivilDate(iso: "2026-09-03"))
        #expect(finding.detail.contains("未发现新增信息") && finding.detail.contains("14天内未更新"))
    }

    @Test("a static list printed recently is fresh, and turns into a warning as it ages")
    func printedDates() throws {
        let fresh = Self.verdict(days: 3) { _ in [Samples.item("全县秋冬季农业生产会议召开", "2026-11-13")] }
        #expect(fresh.findings.isEmpty)
        let ageing = Self.verdict(days: 7) { _ in [Samples.item("全县秋冬季农业生产会议召开", "2026-11-08")] }
        let warning = try #require(ageing.findings.first)
        #expect(warning.severity == .warning && warning.detail.hasPrefix("预警"))
    }

    @Test("undated items never count: changing undated links are not updates and are not judged stale")
    func undatedItems() {
        let verdict = Self.verdict(days: 20) { day in
            [DatedItem(url: "http://site.example.gov.cn/zt/\(day).html", title: "专题\(day)", date: nil)]
        }
        #expect(verdict.homepage.updates.isEmpty)
        #expect(!verdict.homepage.hasDatedItems)
        #expect(verdict.findings.isEmpty, "a navigation-only homepage is left to the sweep's second-level pages")
    }

    @Test("undated churn beside an old dated list does not rescue it")
    func undatedChurnBesideOldList() {
        let verdict = Self.verdict(days: 7) { day in
            Self.oldList + [DatedItem(url: nil, title: "滚动图片\(day)", date: nil)]
        }
        #expect(verdict.homepage.updates.isEmpty)
        #expect(verdict.findings.map(\.severity) == [.veto])
    }

    @Test("the window comes from the rules")
    func rulesWindow() throws {
        var rules = RuleSet.builtIn
        rules.homepage.windowDays = 120
        rules.homepage.warningDays = 60
        let verdict = Self.verdict(days: 7, rules: rules) { _ in Self.oldList }
        let finding = try #require(verdict.findings.first)
        #expect(finding.severity == .warning && finding.detail.contains("超过120天"))
    }

    @Test("the fingerprint ignores order and undated items, and sees a redated item")
    func fingerprint() {
        let a = HomepageFingerprint(Self.oldList)
        #expect(a == HomepageFingerprint(Self.oldList.reversed() + [DatedItem(url: nil, title: "导航", date: nil)]))
        var redated = Self.oldList
        redated[0].date = CivilDate(iso: "2026-09-04")
        #expect(a != HomepageFingerprint(redated))
        #expect(a.value.count == 16)
    }
}
