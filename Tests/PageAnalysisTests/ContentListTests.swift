import GovSweepProtocol
import Testing
@testable import PageAnalysis

@Suite("The content list of a column page")
struct ContentListTests {
    let asOf = CivilDate(year: 2026, month: 12, day: 1)!

    /// A column page in the markup of a province the project had not seen: the side navigation,
    /// breadcrumb, header and related links are lists in boxes whose class names no menu.
    func page(list: String) -> String {
        """
        <html><head><title>公示公告_某县人民政府</title><meta name="ColumnName" content="公示公告"></head><body>
        <ul class="toplink"><li><a href="/"><img src="/images/logo.png" alt="某县人民政府"></a></li>
        <li><a href="/">某县人民政府门户网站</a></li><li><a href="/wzdt/index.html">网站地图导航页面</a></li></ul>
        <ul class="crumb"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开栏目首页</a></li><li>公示公告</li></ul>
        <div class="left"><h3>栏目导航</h3><ul class="lm">
        <li><a href="/zwgk/gzdt/">某县人民政府工作动态</a></li><li><a href="/zwgk/tzgg/index.html">某县人民政府通知公告</a></li>
        <li><a href="/zwgk/zfxxgkzn/list.html">政府信息公开指南</a></li></ul></div>
        <div class="right"><h2>公示公告</h2>\(list)</div>
        <div class="xglj"><h3>相关链接</h3><ul><li><a href="http://www.other.gov.cn/">某省人民政府门户网站</a></li>
        <li><a href="http://www.other2.gov.cn/">某市人民政府门户网站</a></li></ul></div>
        </body></html>
        """
    }

    func analyze(_ html: String) -> PageObservation {
        PageAnalyzer().analyze(PageInput(url: "http://www.a.gov.cn/zwgk/gsgg/index.html", html: html, asOf: asOf))
    }

    @Test("an empty list (a placeholder row, or nothing) gives no items, whatever surrounds it", arguments: [
        "<ul class=\"list\"><li>暂无信息</li></ul>", "<table><tr><td>暂无数据</td></tr></table>",
        "<ul class=\"list\"></ul><p>没有相关信息</p>", "",
    ])
    func blank(list: String) {
        #expect(analyze(page(list: list)).items.isEmpty)
    }

    @Test("a blank column beside dated side boxes (最新信息, 点击排行) has no items")
    func blankBesideDatedSideBoxes() {
        let page = Fixtures.analyze("column-with-dated-sidebar.html", url: "http://www.a.gov.cn/zcjd/list.aspx?id=1023", asOf: asOf)
        #expect(page.items.isEmpty)
    }

    @Test("a stale column's items are its own, not the newer ones of a 热点信息 sidebar")
    func staleBesideDatedSidebar() {
        let page = Fixtures.analyze("column-stale-with-dated-sidebar.html", url: "http://www.a.gov.cn/col/col1004/index.html", asOf: asOf)
        #expect(page.items.compactMap(\.date).map(\.iso) == ["2025-09-25", "2025-08-02"])
    }

    @Test("side-box words count as whole words of the id or class only")
    func asideWords() {
        #expect(LinkClassifier.isAside(id: nil, class: "side-box"))
        #expect(LinkClassifier.isAside(id: "hot_list", class: nil))
        #expect(LinkClassifier.isAside(id: nil, class: "box rank"))
        #expect(!LinkClassifier.isAside(id: nil, class: "inside list"))
        #expect(!LinkClassifier.isAside(id: "shot", class: "main right"))
    }

    @Test("a dated list beside side navigation and link boxes: only the dated list")
    func datedList() {
        let list = """
            <ul class="list"><li><a href="/zwgk/gsgg/202611/t20261120_9.html">关于2026年拟录用公务员的公示</a><span>2026-11-20</span></li>
            <li><a href="/zwgk/gsgg/202610/t20261009_8.html">关于城区道路改造工程的公示</a><span>2026-10-09</span></li></ul>
            """
        let items = analyze(page(list: list)).items
        #expect(items.map(\.url) == ["http://www.a.gov.cn/zwgk/gsgg/202611/t20261120_9.html", "http://www.a.gov.cn/zwgk/gsgg/202610/t20261009_8.html"])
    }

    @Test("an undated list of articles is still the page's content (a column with no dated items)")
    func undatedArticles() {
        let list = """
            <ul class="list"><li><a href="/zwgk/gsgg/content.jsp?id=12">关于城区道路改造工程的公示</a></li>
            <li><a href="/zwgk/gsgg/content.jsp?id=11">关于2026年拟录用公务员的公示</a></li></ul>
            """
        let items = analyze(page(list: list)).items
        #expect(items.map(\.title) == ["关于城区道路改造工程的公示", "关于2026年拟录用公务员的公示"])
        #expect(items.allSatisfy { $0.date == nil })
    }

    @Test("the homepage keeps every list: its blocks are judged on their dates")
    func homepageKeepsItsLists() {
        let html = page(list: "<ul><li><a href=\"/zwgk/gsgg/202611/t20261120_9.html\">关于拟录用公务员的公示</a> 2026-11-20</li></ul>")
        let home = PageAnalyzer().analyze(PageInput(url: "http://www.a.gov.cn/", html: html, asOf: asOf, isHomepage: true))
        #expect(home.items.count > 1)
    }
}
