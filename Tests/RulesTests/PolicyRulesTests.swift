import Foundation
import GovSweepProtocol
import Testing
@testable import Rules

@Suite("Policy documents and interpretations: matched by title and link, judged within the window")
struct PolicyRulesTests {
    static let h = Evidence.home
    static let policyColumn = ColumnRef(name: "政策文件", url: "\(h)col/zcwj/index.html", category: .policy, source: .discovered)
    static let interpretationColumn = ColumnRef(name: "政策解读", url: "\(h)col/zcjd/index.html", category: .interpretation, source: .discovered)

    static func list(_ column: ColumnRef, _ items: [(String, String, Int)]) -> PageReport {
        PageReport(url: column.url, status: 200, role: .column, kind: .columnList, column: column,
                   items: items.map { DatedItem(url: "\(h)\($0.0)", title: $0.1, date: Evidence.ago($0.2)) })
    }

    static func article(_ path: String, interpretations: [String] = [], documents: [String] = []) -> PageReport {
        var page = PageReport(url: "\(h)\(path)", status: 200, role: .article, kind: .article)
        if !interpretations.isEmpty || !documents.isEmpty {
            page.policyLinks = PolicyLinks(interpretations: interpretations.map { "\(h)\($0)" }, documents: documents.map { "\(h)\($0)" })
        }
        return page
    }

    static func judge(_ pages: [PageReport]) -> SiteVerdict {
        Evidence.judge(Evidence.evidence([Evidence.freshHomepage] + pages))
    }

    static let documents = list(policyColumn, [
        ("zcwj/1.html", "关于印发《上饶市优化营商环境若干措施》的通知", 20),
        ("zcwj/2.html", "市政府关于进一步加强安全生产工作的意见", 40),
        ("zcwj/3.html", "关于印发《上饶市数字政府建设方案》的通知", 60),
        ("zcwj/4.html", "关于印发《上饶市老旧小区改造实施办法》的通知", 90),
        ("zcwj/5.html", "关于印发《上饶市河长制工作规定》的通知", 500),
    ])

    @Test("documents are interpreted by title (three forms) or by a link either way; the rest of the window is reported, older ones are not")
    func matched() throws {
        let verdict = Self.judge([
            Self.documents,
            Self.list(Self.interpretationColumn, [
                ("zcjd/1.html", "《上饶市优化营商环境若干措施》政策解读", 18),
                ("zcjd/2.html", "《关于〈市政府关于进一步加强安全生产工作的意见〉的政策解读》", 38),
                ("zcjd/3.html", "图解：一图读懂数字政府", 58),
            ]),
            Self.article("zcwj/3.html", interpretations: ["zcjd/3.html"]),
            Self.article("zcjd/3.html", documents: ["zcwj/3.html"]),
        ])
        let missing = verdict.findings.filter { $0.check == .policyNotInterpreted }
        #expect(missing.map(\.url) == ["\(Self.h)zcwj/4.html"])
        #expect(missing.first?.severity == .deduct)
        let summary = try #require(verdict.policy)
        #expect(summary.documents == 4)
        #expect(summary.interpreted == 3)
        #expect(summary.share == 0.75)
        #expect(summary.interpretationColumn == Self.interpretationColumn.url)
        #expect(!verdict.findings.contains { $0.check == .interpretationNotLinked })
    }

    @Test("an interpretation page naming its document without linking back is reported, with the document as target")
    func notLinkedBack() throws {
        let verdict = Self.judge([
            Self.documents,
            Self.list(Self.interpretationColumn, [("zcjd/1.html", "解读《上饶市优化营商环境若干措施》", 18)]),
            Self.article("zcwj/1.html", interpretations: ["zcjd/1.html"]),
            Self.article("zcjd/1.html"),
        ])
        let finding = try #require(verdict.findings.first { $0.check == .interpretationNotLinked })
        #expect(finding.url == "\(Self.h)zcjd/1.html")
        #expect(finding.target == "\(Self.h)zcwj/1.html")
        #expect(verdict.policy?.notLinkedBack == 1)
    }

    @Test("a site without any 政策解读 column is one finding, not one per document")
    func noColumn() throws {
        let verdict = Self.judge([Self.documents])
        #expect(verdict.findings.filter { $0.check == .interpretationColumnMissing }.count == 1)
        #expect(!verdict.findings.contains { $0.check == .policyNotInterpreted })
        #expect(verdict.policy?.interpretationColumn == nil)
    }

    @Test("a site whose policy columns were not found is not judged")
    func notJudged() {
        let verdict = Self.judge([Self.list(Self.interpretationColumn, [("zcjd/1.html", "《某某办法》政策解读", 3)])])
        #expect(verdict.policy == nil)
        #expect(!verdict.findings.contains { [.policyNotInterpreted, .interpretationNotLinked, .interpretationColumnMissing].contains($0.check) })
    }

    @Test("title keys: the innermost 〈〉 or 《》, else the title without 解读 words")
    func keys() {
        #expect(PolicyJudgement.key("关于印发《上饶市优化营商环境若干措施》的通知") == "上饶市优化营商环境若干措施")
        #expect(PolicyJudgement.key("《关于〈上饶市优化营商环境若干措施〉的政策解读》") == "上饶市优化营商环境若干措施")
        #expect(PolicyJudgement.key("解读《上饶市优化营商环境若干措施》") == "上饶市优化营商环境若干措施")
        #expect(PolicyJudgement.key("图解") == nil)
    }

    @Test("the window is a rule; an unusable window is refused")
    func window() {
        var rules = RuleSet.builtIn
        rules.policy = PolicyRules(windowMonths: 1)
        let verdict = Evidence.judge(Evidence.evidence([Evidence.freshHomepage, Self.documents,
                                                        Self.list(Self.interpretationColumn, [("zcjd/9.html", "图解：年度亮点", 3)])]), rules: rules)
        #expect(verdict.policy?.documents == 1)
        rules.policy = PolicyRules(windowMonths: 0)
        #expect(rules.firstProblem()?.0 == "policy.window_months")
    }
}
