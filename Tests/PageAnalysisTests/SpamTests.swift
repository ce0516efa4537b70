import GovSweepProtocol
import Testing
@testable import PageAnalysis

@Suite("Spam (暗链) and hijacked titles")
struct SpamTests {
    let page = Fixtures.analyze("spam-hidden.html", url: "https://www.wnx.gov.cn/")

    @Test("hidden off-site gambling links are spam, with their targets; lottery words and plain off-site links are not")
    func hiddenLinks() {
        let targets = Set(page.hits.filter { $0.kind == .spam }.compactMap(\.extra))
        #expect(targets.contains("https://www.bet-example.com/"))
        #expect(page.hits.contains { $0.kind == .spam && $0.extra == "https://www.bet-example.com/" && $0.evidence == "澳门真人娱乐平台" })
        // 竞彩 is the state sports lottery's word, and a hidden link without spam words is not
        // enough for a veto (issue 17: precision over recall).
        #expect(!targets.contains("https://www.lottery-example.net/"))
        #expect(!targets.contains("http://xx-example.cc/"))
    }

    @Test("hidden text with casino words is spam; a visible casino link off-site is spam")
    func hiddenTextAndVisibleLink() {
        #expect(page.hits.contains { $0.kind == .spam && $0.extra == nil && $0.evidence.contains("百家乐") })
        #expect(page.hits.contains { $0.kind == .spam && $0.extra == "https://www.yule-example.com/" })
    }

    @Test("hidden menus of the site (and of a sister government site) and hidden tabs stay clean")
    func negatives() {
        let evidence = page.hits.map(\.evidence)
        #expect(!evidence.contains("今日万年"))
        #expect(!evidence.contains("上饶市政府"))
        #expect(!evidence.contains("关于征求意见的公告"))
        #expect(page.hits.count == 3)
        #expect(page.items.map(\.title) == ["万年县召开经济工作会议", "关于征求意见的公告"])
    }

    @Test("a hijacked title and keywords")
    func hijackedTitle() {
        let hijacked = Fixtures.analyze("spam-title.html", url: "https://www.dxs.gov.cn/")
        #expect(hijacked.hits.filter { $0.kind == .spamTitle }.count == 2)
        #expect(hijacked.hits.first?.evidence == "澳门葡京赌场-百家乐真人娱乐官网")
    }

    @Test("澳门 in a government news title is not a hijack")
    func cleanTitle() {
        let clean = Fixtures.analyze("clean-title.html", url: "https://www.jiangxi.gov.cn/art/2023/12/1/art_1_2.html")
        #expect(clean.hits.isEmpty)
    }

    @Test("CSS hiding rules", arguments: [
        ("display:none", true), ("DISPLAY: NONE !important", true), ("visibility:hidden", true),
        ("position:absolute; left:-9999px", true), ("text-indent:-10000px", true), ("font-size:0", true),
        ("font-size:0px;line-height:0", true), ("width:0;height:0;overflow:hidden", true), ("opacity:0", true),
        ("display:block", false), ("font-size:0.8em", false), ("left:-10px", false), ("line-height:0", false),
        ("margin-left:20px", false), ("", false),
    ])
    func hidingStyles(style: String, hides: Bool) {
        #expect(HiddenStyle.hides(style) == hides)
    }

    @Test("stylesheets: the subject's class or id, not hover menus")
    func stylesheet() {
        let names = HiddenStyle.hiddenNames(inStylesheet: """
            /* injected */ .hd-box{position:absolute;left:-9999px} #x a { font-size:0 }
            .nav li:hover ul { display:block } .nav li ul { display:none } .a, .b{display:none}
            @media print { .noprint { display:none } }
            """)
        #expect(names.classes == ["hd-box", "a", "b", "noprint"])
        #expect(names.ids == ["x"])
    }
}
