import GovSweepProtocol
import Testing
@testable import Rules

@Suite("Policy documents and interpretations: matched by link, then by title, judged within the window")
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

    static func judge(_ pages: [PageReport], rules: RuleSet = .builtIn) -> SiteVerdict {
        Evidence.judge(Evidence.evidence([Evidence.freshHomepage] + pages), rules: rules)
    }

    static let documents = list(policyColumn, [
        ("zcwj/1.html", "关于印发《上饶市优化营商环境若干措施》的通知", 20),
        ("zcwj/2.html", "市政府关于进一步加强安全生产工作的意见", 40),
        ("zcwj/3.html", "关于印发《上饶市数字政府建设方案》的通知", 60),
        ("zcwj/4.html", "关于印发《上饶市老旧小区改造实施办法》的通知", 90),
        ("zcwj/5.html", "关于印发《上饶市河长制工作规定》的通知", 500),
    ])

    /// Every document's page and the pages of `interpretations`, each linking as told.
    static func pages(links: [(document: Int, interpretation: Int, documentLinks: Bool, interpretationLinks: Bool)]) -> [PageReport] {
        (1...5).map { n in
            article("zcwj/\(n).html", interpretations: links.filter { $0.document == n && $0.documentLinks }.map { "zcjd/\($0.interpretation).html" })
        } + links.map { link in
            article("zcjd/\(link.interpretation).html", documents: link.interpretationLinks ? ["zcwj/\(link.document).html"] : [])
        }
    }

    @Test("a document is interpreted by a link either way or by a title in any of its forms; the rest of the window is reported, older documents are not")
    func interpreted() throws {
        let verdict = Self.judge([
            Self.documents,
            Self.list(Self.interpretationColumn, [
                ("zcjd/1.html", "《上饶市优化营商环境若干措施》政策解读", 18),
                ("zcjd/2.html", "“关于进一步加强安全生产工作的意见”解读", 38),
                ("zcjd/3.html", "图解：一图读懂数字政府", 58),
            ]),
        ] + Self.pages(links: [(1, 1, true, true), (2, 2, true, true), (3, 3, false, true)]))
        let missing = verdict.findings(.policyNotInterpreted)
        #expect(missing.map(\.url) == ["\(Self.h)zcwj/4.html"])
        #expect(missing.first?.severity == .deduct)
        let summary = try #require(verdict.policy)
        #expect(summary.documents == 4)
        #expect(summary.interpreted == 3)
        #expect(summary.share == 0.75)
        #expect(summary.interpretationColumn == Self.interpretationColumn.url)
        // zcjd/3 links to its document, whose page does not link back.
        let unlinked = try #require(verdict.findings(.interpretationNotLinked).first)
        #expect(verdict.findings(.interpretationNotLinked).count == 1)
        #expect(unlinked.url == "\(Self.h)zcjd/3.html")
        #expect(unlinked.target == "\(Self.h)zcwj/3.html")
        #expect(unlinked.detail.contains("政策文件页面未链接解读"))
    }

    @Test("a pair matched by title alone, quoted in other brackets, interprets the document and is not linked both ways")
    func titleOnly() throws {
        let verdict = Self.judge([
            Self.documents,
            Self.list(Self.interpretationColumn, [
                ("zcjd/1.html", "《关于〈上饶市优化营商环境若干措施〉的政策解读》", 18),
                ("zcjd/2.html", "视频解读｜市政府关于进一步加强安全生产工作的意见", 38),
            ]),
            Self.article("zcwj/1.html"), Self.article("zcwj/2.html"), Self.article("zcjd/1.html"), Self.article("zcjd/2.html"),
        ])
        #expect(!verdict.findings(.policyNotInterpreted).map(\.url).contains("\(Self.h)zcwj/1.html"))
        #expect(!verdict.findings(.policyNotInterpreted).map(\.url).contains("\(Self.h)zcwj/2.html"))
        let unlinked = verdict.findings(.interpretationNotLinked)
        #expect(unlinked.map(\.url) == ["\(Self.h)zcjd/1.html", "\(Self.h)zcjd/2.html"])
        #expect(unlinked.allSatisfy { $0.detail.contains("二者均未链接对方") })
    }

    @Test("by title alone, an item that does not read as an interpretation, or that came out well before the document, interprets nothing")
    func notByTitle() {
        let verdict = Self.judge([
            Self.documents,
            Self.list(Self.interpretationColumn, [
                ("zcjd/1.html", "关于印发《上饶市优化营商环境若干措施》的通知", 20),
                ("zcjd/3.html", "图解：一图读懂《上饶市数字政府建设方案》", 90),
            ]),
            Self.article("zcjd/1.html"), Self.article("zcjd/3.html"),
        ])
        #expect(verdict.findings(.policyNotInterpreted).map(\.url) == ["zcwj/1.html", "zcwj/2.html", "zcwj/3.html", "zcwj/4.html"].map { "\(Self.h)\($0)" })
        #expect(verdict.findings(.interpretationNotLinked).isEmpty)
    }

    @Test("an interpretation whose page does not link back is reported once, with its document as target")
    func notLinkedBack() throws {
        let verdict = Self.judge([
            Self.documents,
            Self.list(Self.interpretationColumn, [("zcjd/1.html", "解读《上饶市优化营商环境若干措施》", 18)]),
        ] + Self.pages(links: [(1, 1, true, false)]))
        let finding = try #require(verdict.findings(.interpretationNotLinked).first)
        #expect(verdict.findings(.interpretationNotLinked).count == 1)
        #expect(finding.url == "\(Self.h)zcjd/1.html")
        #expect(finding.target == "\(Self.h)zcwj/1.html")
        #expect(finding.detail.contains("解读页面未链接政策文件"))
        #expect(verdict.policy?.notLinkedBack == 1)
    }

    @Test("pages linked both ways, an interpretation whose page was not fetched and one of a national document are not reported")
    func notReported() {
        let verdict = Self.judge([
            Self.documents,
            Self.list(Self.interpretationColumn, [
                ("zcjd/1.html", "《上饶市优化营商环境若干措施》政策解读", 18),
                ("zcjd/2.html", "《市政府关于进一步加强安全生产工作的意见》政策解读", 38),
                ("zcjd/9.html", "解读《国务院办公厅关于推进数字政府高质量发展的指导意见》", 30),
            ]),
            Self.article("zcwj/1.html", interpretations: ["zcjd/1.html"]), Self.article("zcjd/1.html", documents: ["zcwj/1.html"]),
            Self.article("zcjd/9.html"),
        ])
        #expect(verdict.findings(.interpretationNotLinked).isEmpty)
    }

    @Test("a box of the latest interpretations beside every document links no document to them")
    func boxLinks() {
        let box = ["zcjd/7.html", "zcjd/8.html"]
        let verdict = Self.judge([
            Self.documents,
            Self.list(Self.interpretationColumn, [("zcjd/7.html", "图解：一图读懂年度亮点", 5), ("zcjd/8.html", "政策问答十则", 6)]),
        ] + (1...4).map { Self.article("zcwj/\($0).html", interpretations: box) })
        #expect(verdict.findings(.policyNotInterpreted).count == 4)
        #expect(verdict.findings(.interpretationNotLinked).isEmpty)
    }

    @Test("a document page's link to the 政策解读 column's list is no interpretation")
    func columnLink() {
        let verdict = Self.judge([
            Self.documents,
            Self.list(Self.interpretationColumn, [("zcjd/9.html", "解读《国务院办公厅关于推进数字政府高质量发展的指导意见》", 30)]),
            Self.article("zcwj/1.html", interpretations: ["col/zcjd/index.html"]),
        ])
        #expect(verdict.findings(.policyNotInterpreted).map(\.url).contains("\(Self.h)zcwj/1.html"))
        #expect(verdict.findings(.interpretationNotLinked).isEmpty)
    }

    @Test("a site without any 政策解读 column is one finding, not one per document")
    func noColumn() throws {
        let verdict = Self.judge([Self.documents])
        #expect(verdict.findings(.interpretationColumnMissing).count == 1)
        #expect(verdict.findings(.policyNotInterpreted).isEmpty)
        #expect(verdict.policy?.interpretationColumn == nil)
    }

    @Test("a site whose policy column was not read is not judged")
    func notJudged() {
        let verdict = Self.judge([Self.list(Self.interpretationColumn, [("zcjd/1.html", "《某某办法》政策解读", 3)])])
        #expect(verdict.policy == nil)
        #expect(!verdict.findings.contains { [.policyNotInterpreted, .interpretationNotLinked, .interpretationColumnMissing].contains($0.check) })
    }

    @Test("odd evidence is judged without trapping: duplicate pages, items without address or date, empty and bracket-only titles")
    func oddEvidence() {
        let odd = PageReport(url: Self.policyColumn.url, status: 200, role: .column, kind: .columnList, column: Self.policyColumn, items: [
            DatedItem(url: nil, title: "关于印发《无地址》的通知", date: Evidence.ago(3)),
            DatedItem(url: "\(Self.h)zcwj/x.html", title: "", date: nil),
            DatedItem(url: "\(Self.h)zcwj/y.html", title: "《》", date: Evidence.ago(4)),
            DatedItem(url: "\(Self.h)zcwj/y.html", title: "〈", date: Evidence.ago(4)),
        ])
        let verdict = Self.judge([
            odd, odd, Self.list(Self.interpretationColumn, [("zcjd/1.html", "》《", 2), ("zcjd/1.html", "", 2)]),
            Self.article("zcwj/y.html", interpretations: ["zcwj/y.html"]), Self.article("zcwj/y.html", documents: ["zcjd/1.html"]),
            Self.article("zcjd/1.html", documents: ["zcwj/y.html", "zcwj/y.html"]),
        ])
        #expect(verdict.policy?.documents == 1)
    }

    @Test("a document's linked interpretations, read backwards from the links, are those found by asking every page either way")
    func linkedBackwards() {
        // Forty pages linking at random (a fixed seed), some redirected to another address, one address fetched twice.
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        let addresses = (0..<40).map { "\(Self.h)p/\($0).html" }
        var pages = addresses.map { url in
            var page = PageReport(url: url, status: 200, role: .article, kind: .article)
            page.policyLinks = PolicyLinks(interpretations: (0..<next(4)).map { _ in addresses[next(40)] },
                                           documents: (0..<next(3)).map { _ in addresses[next(40)] })
            if next(5) == 0 { page.finalURL = "\(url)?landed" }
            return page
        }
        var twice = PageReport(url: addresses[3], status: 200, role: .article, kind: .article)
        twice.policyLinks = PolicyLinks(interpretations: addresses, documents: addresses)
        pages.append(twice)
        let site = PolicyPages(pages, boxLinkPages: 6)
        let everyAddress = Set(addresses + pages.compactMap(\.finalURL))
        for document in everyAddress {
            let asked = everyAddress.filter { interpretation in
                (site.interpretationLinks(of: document).contains(interpretation) && site.links(from: document, to: interpretation))
                    || site.links(from: interpretation, to: document)
            }
            #expect(site.linkedInterpretations(of: document) == asked, "\(document)")
        }
    }

    @Test("title keys: brackets, 关于, 印发, 的通知 / 的意见 and interpretation forms are set aside")
    func titles() throws {
        let name = try #require(PolicyTitle("关于印发《上饶市优化营商环境若干措施》的通知"))
        for form in ["《关于〈上饶市优化营商环境若干措施〉的政策解读》", "解读《上饶市优化营商环境若干措施》", "图解：一图读懂《上饶市优化营商环境若干措施》",
                     "视频解读｜上饶市优化营商环境若干措施", "【图解】上饶市优化营商环境若干措施", "“上饶市优化营商环境若干措施”政策解读"] {
            #expect(PolicyTitle(form).map(name.names) == true, "\(form)")
        }
        let opinion = try #require(PolicyTitle("上饶市人民政府关于进一步加强安全生产工作的意见"))
        #expect(PolicyTitle("《关于进一步加强安全生产工作的意见》解读").map(opinion.names) == true)
        #expect(PolicyTitle("关于印发《上饶市数字政府建设方案》的通知").map(name.names) == false)
        #expect(PolicyTitle("解读《国务院办公厅关于推进营商环境高质量发展的指导意见》").map(name.names) == false)
        #expect(PolicyTitle("图解") == nil)
        #expect(PolicyTitle("《》") == nil)
        #expect(PolicyTitle("") == nil)
    }

    @Test("the window and the box line are rules; unusable values are refused")
    func lines() {
        var rules = RuleSet.builtIn
        rules.policy = PolicyRules(windowMonths: 1)
        let verdict = Self.judge([Self.documents, Self.list(Self.interpretationColumn, [("zcjd/9.html", "图解：年度亮点", 3)])], rules: rules)
        #expect(verdict.policy?.documents == 1)
        rules.policy = PolicyRules(windowMonths: 0)
        #expect(rules.firstProblem()?.0 == "policy.window_months")
        rules.policy = PolicyRules(windowMonths: 12, boxLinkPages: 1)
        #expect(rules.firstProblem()?.0 == "policy.box_link_pages")
        rules.policy = PolicyRules(windowMonths: 12, interpretationLeadDays: -1)
        #expect(rules.firstProblem()?.0 == "policy.interpretation_lead_days")
    }
}
