import GovSweepProtocol
import Testing
@testable import Rules

@Suite("Column staleness, blank columns and their veto lines")
struct ColumnRulesTests {
    struct WindowCase: CustomTestStringConvertible, Sendable {
        let category: ColumnCategory
        let latest: String
        let stale: Bool
        var testDescription: String { "\(category.rawValue) latest \(latest) stale=\(stale)" }
    }

    /// As-of 2024-01-15: the last fresh day of each window, and the day before it.
    static let windowCases: [WindowCase] = [
        .init(category: .news, latest: "2024-01-01", stale: false),
        .init(category: .news, latest: "2023-12-31", stale: true),
        .init(category: .notice, latest: "2023-07-15", stale: false),
        .init(category: .notice, latest: "2023-07-14", stale: true),
        .init(category: .policy, latest: "2023-07-15", stale: false),
        .init(category: .policy, latest: "2023-07-14", stale: true),
        .init(category: .interpretation, latest: "2023-07-15", stale: false),
        .init(category: .interpretation, latest: "2023-07-14", stale: true),
        .init(category: .plan, latest: "2023-01-15", stale: false),
        .init(category: .plan, latest: "2023-01-14", stale: true),
        .init(category: .personnel, latest: "2023-01-15", stale: false),
        .init(category: .personnel, latest: "2023-01-14", stale: true),
        .init(category: .other, latest: "2015-01-01", stale: false),
    ]

    @Test("each category's window, on its edge day", arguments: windowCases)
    func window(_ c: WindowCase) {
        let page = Evidence.column("gzdt", c.category, [Evidence.date(c.latest), Evidence.date("2010-05-01")])
        let verdict = Evidence.judge(Evidence.evidence([Evidence.freshHomepage, page]))
        let stale = verdict.findings(.columnStale)
        #expect(stale.count == (c.stale ? 1 : 0))
        if c.stale {
            #expect(stale[0].severity == .deduct)
            #expect(stale[0].date == Evidence.date(c.latest))
            #expect(stale[0].points == RuleSet.builtIn.rule(for: c.category).points)
            #expect(stale[0].url == page.column?.url)
            #expect(stale[0].category == c.category)
        }
    }

    @Test("a column whose items carry no date is stale, with no date")
    func undatedColumn() {
        let verdict = Evidence.judge(Evidence.evidence([Evidence.freshHomepage, Evidence.column("tzgg", .notice, [nil, nil])]))
        #expect(verdict.findings(.columnStale).map(\.date) == [nil])
        #expect(verdict.columns.first?.items == 0)
    }

    @Test("a future-dated item does not make a column fresh")
    func futureItemDoesNotRefresh() {
        let page = Evidence.column("gzdt", .news, [Evidence.date("2024-03-01"), Evidence.ago(40)])
        let verdict = Evidence.judge(Evidence.evidence([Evidence.freshHomepage, page]))
        #expect(verdict.findings(.columnStale).first?.date == Evidence.ago(40))
        #expect(verdict.columns.first?.latest == Evidence.date("2024-03-01"))
        #expect(verdict.findings(.dateInFuture).count == 1)
    }

    struct CountCase: CustomTestStringConvertible, Sendable {
        let label: String
        let stale: [(ColumnCategory, Int)]
        let vetoed: Bool
        let warned: Bool
        var testDescription: String { label }
    }

    static let countCases: [CountCase] = [
        .init(label: "4 news: deduct only", stale: [(.news, 4)], vetoed: false, warned: false),
        .init(label: "5 news: veto", stale: [(.news, 5)], vetoed: true, warned: false),
        .init(label: "3 news + 2 policy: veto", stale: [(.news, 3), (.policy, 2)], vetoed: true, warned: false),
        .init(label: "2 notice + 2 policy + 2 interpretation: 6, no warning", stale: [(.notice, 2), (.policy, 2), (.interpretation, 2)], vetoed: false, warned: false),
        .init(label: "4 news + 3 plan: 7 stale, warning", stale: [(.news, 4), (.plan, 3)], vetoed: false, warned: true),
        .init(label: "9 plan/personnel: warning", stale: [(.plan, 5), (.personnel, 4)], vetoed: false, warned: true),
        .init(label: "10 plan/personnel: veto", stale: [(.plan, 5), (.personnel, 5)], vetoed: true, warned: false),
    ]

    @Test("count thresholds of the 栏目不更新 veto and the stale warning", arguments: countCases)
    func staleCounts(_ c: CountCase) {
        let oldDate = Evidence.date("2022-06-01")
        let pages = c.stale.flatMap { Evidence.columns($0.1, $0.0, oldDate) }
        let verdict = Evidence.judge(Evidence.evidence([Evidence.freshHomepage] + pages))
        let total = c.stale.reduce(0) { $0 + $1.1 }
        #expect(verdict.findings(.columnStale).filter { $0.column != nil }.count == total)
        #expect(verdict.vetoes.contains(.columnStale) == c.vetoed)
        #expect(verdict.findings(.columnStale, .warning).count == (c.warned ? 1 : 0))
        #expect(verdict.passed == !c.vetoed)
        if c.vetoed { #expect(verdict.score == 0) }
        #expect(verdict.findings.allSatisfy { $0.detail.hasSuffix("。") && $0.detail.count(where: { $0 == "。" }) == 1 })
    }

    @Test("the veto applies to the group that passed its line, not to other stale columns")
    func vetoOnlyInGroup() {
        let old = Evidence.date("2022-06-01")
        let pages = Evidence.columns(5, .news, old) + Evidence.columns(1, .plan, old)
        let verdict = Evidence.judge(Evidence.evidence([Evidence.freshHomepage] + pages))
        #expect(verdict.findings(.columnStale, .veto).count == 5)
        #expect(verdict.findings(.columnStale, .deduct).map(\.category) == [.plan])
    }

    struct BlankCase: Sendable, CustomTestStringConvertible {
        let count: Int
        let warned: Bool
        let vetoed: Bool
        var testDescription: String { "\(count) blank" }
    }

    @Test("blank columns: more than 2 warn, 5 veto", arguments: [
        BlankCase(count: 2, warned: false, vetoed: false), BlankCase(count: 3, warned: true, vetoed: false),
        BlankCase(count: 4, warned: true, vetoed: false), BlankCase(count: 5, warned: false, vetoed: true),
    ])
    func blankCounts(_ c: BlankCase) {
        let (count, warned, vetoed) = (c.count, c.warned, c.vetoed)
        let pages = Evidence.columns(count, .notice, nil).map { page -> PageReport in
            var page = page
            page.items = []
            return page
        }
        let verdict = Evidence.judge(Evidence.evidence([Evidence.freshHomepage] + pages))
        #expect(verdict.findings(.columnBlank).filter { $0.column != nil }.count == count)
        #expect(verdict.findings(.columnBlank, .warning).count == (warned ? 1 : 0))
        #expect(verdict.vetoes.contains(.columnBlank) == vetoed)
        #expect(verdict.findings.allSatisfy { $0.detail.count(where: { $0 == "。" }) == 1 })
        #expect(verdict.findings(.columnStale).isEmpty)
    }

    @Test("a column is blank only when none of its fetched pages lists an item; failed pages are not judged")
    func blankNeedsAFetchedEmptyPage() {
        var failed = Evidence.column("ldzc", .policy, [])
        failed.status = 404
        let empty = Evidence.column("zcjd", .interpretation, [])
        let otherCategory = Evidence.column("ldjj", .other, [])
        let laterPage = Evidence.column("gzdt", .news, [Evidence.ago(2)], role: .pagination, page: 1)
        let firstPage = Evidence.column("gzdt", .news, [])
        let verdict = Evidence.judge(Evidence.evidence([Evidence.freshHomepage, failed, empty, otherCategory, firstPage, laterPage]))
        #expect(verdict.findings(.columnBlank).map(\.column) == ["zcjd"])
        #expect(verdict.columns.map(\.name) == ["gzdt", "ldjj", "ldzc", "zcjd"])
    }

    @Test("configured columns are recorded as inventory and take the operator's name and category")
    func configuredColumns() {
        let page = Evidence.column("bmwj", .other, [Evidence.date("2023-01-01")], name: "部门文件（发现）")
        let configured = [
            ColumnRef(name: "部门文件", url: page.column!.url, category: .policy),
            ColumnRef(name: "人事任免", url: "\(Evidence.home)col/rsrm/index.html", category: .personnel),
        ]
        let verdict = Evidence.judge(Evidence.evidence([Evidence.freshHomepage, page], configured: configured))
        #expect(verdict.columns.map(\.source) == [.inventory, .inventory])
        #expect(verdict.columns[0].name == "部门文件")
        #expect(verdict.columns[0].category == .policy)
        #expect(verdict.columns[0].items == 1)
        #expect(verdict.columns[1].latest == nil)
        #expect(verdict.findings(.columnStale).map(\.column) == ["部门文件"])
    }

    @Test("items repeated on later pages count once; the record's latest is the newest date")
    func recordCounts() {
        let first = Evidence.column("gzdt", .news, [Evidence.ago(1), Evidence.ago(2), nil])
        var again = Evidence.column("gzdt", .news, [], role: .pagination, page: 1)
        again.items = first.items + [DatedItem(url: nil, title: "旧闻", date: Evidence.ago(300))]
        let verdict = Evidence.judge(Evidence.evidence([Evidence.freshHomepage, first, again]))
        #expect(verdict.columns.count == 1)
        #expect(verdict.columns[0].items == 3)
        #expect(verdict.columns[0].latest == Evidence.ago(1))
        #expect(verdict.columns[0].source == .discovered)
    }
}
