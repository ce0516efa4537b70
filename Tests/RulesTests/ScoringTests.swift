import GovSweepProtocol
import Testing
@testable import Rules

@Suite("Caps, score and the pass line")
struct ScoringTests {
    @Test("deductions under one indicator never exceed its cap; later findings get what is left")
    func columnCap() {
        // 政策解读 is in no veto group: 9 stale columns × 4 points = 36, capped at 30.
        let pages = Evidence.columns(9, .interpretation, Evidence.date("2023-01-01"))
        let verdict = Evidence.judge(Evidence.evidence([Evidence.freshHomepage] + pages))
        let points = verdict.findings(.columnStale, .deduct).map(\.points)
        #expect(points == [4, 4, 4, 4, 4, 4, 4, 2, 0])
        #expect(verdict.deducted == 30)
        #expect(verdict.score == 70)
        #expect(verdict.passed)
    }

    @Test("the pass line: 60 passes, below 60 fails")
    func passLine() {
        let stale = Evidence.columns(9, .interpretation, Evidence.date("2023-01-01"))
        let links = (0..<50).map {
            LinkOutcome(target: "https://www.zgsr.gov.cn/m/\($0)", kind: .page, verdict: .broken, status: 404, foundOn: ["\(Evidence.home)x"])
        }
        let atLine = Evidence.judge(Evidence.evidence([Evidence.freshHomepage] + stale, links: links))
        #expect(atLine.score == 60)
        #expect(atLine.passed)

        var future = Evidence.column("gzdt", .news, [Evidence.ago(1), Evidence.date("2024-06-01")])
        future.column?.name = "工作动态"
        let below = Evidence.judge(Evidence.evidence([Evidence.freshHomepage, future] + stale, links: links))
        #expect(below.score == 58)
        #expect(!below.passed)
        #expect(below.vetoes.isEmpty)
    }

    @Test("a vetoed site scores 0 and keeps its deductions for the record")
    func vetoScoresZero() {
        let pages = Evidence.columns(2, .interpretation, Evidence.date("2023-01-01"))
        let verdict = Evidence.judge(Evidence.evidence([Evidence.homepage([Evidence.ago(30)])] + pages))
        #expect(verdict.vetoes == [.homepageStale])
        #expect(verdict.score == 0)
        #expect(verdict.deducted == 8)
        #expect(!verdict.passed)
    }

    @Test("findings and columns come out in export order")
    func exportOrder() {
        let pages = [Evidence.column("b", .news, [Evidence.ago(30)]), Evidence.column("a", .news, [Evidence.ago(40)])]
        let verdict = Evidence.judge(Evidence.evidence([Evidence.homepage([Evidence.ago(1)], identity: IdentityMarks())] + pages))
        #expect(verdict.findings == verdict.findings.sorted(by: Finding.exportOrder))
        #expect(verdict.columns.map(\.name) == ["a", "b"])
        #expect(verdict.findings.allSatisfy { $0.detail.hasSuffix("。") && $0.siteID == Evidence.site.id })
    }

    @Test("an operator's points and caps change the score")
    func configuredPoints() throws {
        var rules = RuleSet.builtIn
        rules.categories["interpretation"]?.points = 10
        rules.indicators["column_update"]?.cap = 15
        let pages = Evidence.columns(2, .interpretation, Evidence.date("2023-01-01"))
        let verdict = Evidence.judge(Evidence.evidence([Evidence.freshHomepage] + pages), rules: rules)
        #expect(verdict.findings(.columnStale).map(\.points) == [10, 5])
        #expect(verdict.score == 85)
    }
}
