import Foundation
import GovSweepProtocol
import Testing
@testable import PageAnalysis

@Suite("Side boxes that only their heading marks (最新信息, 热点信息, 推荐阅读 …)")
struct SideBoxHeadingTests {
    let asOf = CivilDate(year: 2026, month: 11, day: 20)!

    /// A column page whose dated 最新信息 box sits in a `<div class="box2">`: a class naming nothing.
    func page(title: String = "公示公告_某县人民政府", crumb: String = "公示公告", box: String = "最新信息",
              boxClass: String = "box2", heading: String = "公示公告", list: String) -> String {
        """
        <html><head><title>\(title)</title></head><body>
        <div class="\(boxClass)"><h3>\(box)</h3><ul class="l2">
        <li><a href="/zwgk/gzdt/202611/t20261119_31.html">县政府召开常务会议研究部署冬季供暖工作</a><span>2026-11-19</span></li>
        <li><a href="/zwgk/gzdt/202611/t20261112_30.html">全县秋冬季森林防火工作会议召开</a><span>2026-11-12</span></li>
        </ul></div>
        <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; \(crumb)</div>
        <div class="left"><h3>栏目导航</h3><ul><li><a href="/zwgk/gzdt/">工作动态</a></li><li><a href="/zwgk/tzgg/">通知公告</a></li></ul></div>
        <div class="right"><h2>\(heading)</h2>\(list)</div>
        </body></html>
        """
    }

    func analyze(_ html: String, url: String = "http://www.a.gov.cn/zwgk/gsgg/index.html") -> PageObservation {
        PageAnalyzer().analyze(PageInput(url: url, html: html, asOf: asOf))
    }

    let ownList = """
        <ul class="list"><li><a href="/zwgk/gsgg/202605/t20260512_9.html">关于城区道路改造工程的公示</a><span>2026-05-12</span></li>
        <li><a href="/zwgk/gsgg/202603/t20260309_8.html">关于2026年拟录用公务员的公示</a><span>2026-03-09</span></li></ul>
        """

    @Test("a full list beside a heading-named 最新信息 box: only the list's own items and dates")
    func besideFullList() {
        let items = analyze(page(list: ownList)).items
        #expect(items.compactMap(\.date).map(\.iso) == ["2026-05-12", "2026-03-09"])
    }

    @Test("a stale column beside a 最新信息 box in a plain box2 keeps its own latest date")
    func staleFixture() {
        let page = Fixtures.analyze("column-stale-beside-heading-box.html", url: "http://www.a.gov.cn/col/tzgg/index.html", asOf: asOf)
        #expect(page.items.compactMap(\.date).map(\.iso) == ["2026-03-17", "2026-02-26"])
    }

    @Test("an empty list (暂无信息, or nothing) beside a heading-named dated box gives no items", arguments: [
        "<ul class=\"list\"><li>暂无信息</li></ul>", "<ul class=\"list\"></ul>", "<table><tr><td>暂无数据</td></tr></table>", "",
    ])
    func besideEmptyList(list: String) {
        #expect(analyze(page(list: list)).items.isEmpty)
    }

    @Test("every side-box heading is recognised", arguments: ["最新动态", "热点信息", "热门文章", "推荐阅读", "相关文章", "点击排行", "图片新闻", "友情链接"])
    func otherHeadings(box: String) {
        #expect(analyze(page(box: box, list: "<ul class=\"list\"><li>暂无信息</li></ul>")).items.isEmpty)
    }

    @Test("a box whose heading is the column's own name is the content list (named by title, crumb or meta)", arguments: [
        ("最新动态_某县人民政府", "最新动态"), ("某县人民政府", "最新动态"), ("某县人民政府门户网站", "首页"),
    ])
    func headingIsColumnName(title: String, crumb: String) {
        var html = page(title: title, crumb: crumb, box: "最新动态", heading: "", list: "")
        if crumb == "首页" { html = html.replacingOccurrences(of: "<head>", with: "<head><meta name=\"ColumnName\" content=\"最新动态\">") }
        let items = analyze(html, url: "http://www.a.gov.cn/zwgk/zxdt/index.html").items
        #expect(items.compactMap(\.date).map(\.iso) == ["2026-11-19", "2026-11-12"])
    }

    @Test("a heading-named box that holds the page's pagination is the content list")
    func boxWithPagination() {
        let html = page(crumb: "工作动态", heading: "", list: "")
            .replacingOccurrences(of: "</ul></div>\n<div class=\"crumb\">", with: "</ul><div class=\"page\"><a href=\"index_1.html\">下一页</a></div></div>\n<div class=\"crumb\">")
        #expect(analyze(html).items.count == 2)
    }

    @Test("a list right after a side box that ends in an empty 相关链接 list is still the content list", arguments: [
        "<div class=\"list\"><ul><li><a href=\"/zhengce/content/2026-11/13/content_1008.htm\">开展安全生产大检查</a><span class=\"date\">2026-11-13</span></li></ul></div>",
        "<table class=\"list\"><tr><td class=\"t\"><a href=\"/content.aspx?id=1076\">开展安全生产大检查</a></td><td class=\"d\">2026.11.13</td></tr></table>",
    ])
    func afterSideBoxEndingInHeading(list: String) {
        let html = """
            <html><head><title>工作动态_某省人民政府</title></head><body>
            <div class="crumb">当前位置：<a href="/">首页</a> &gt; 工作动态</div>
            <div class="side"><h3>栏目导航</h3><ul><li><a href="/col/other0/index.html">机构职能</a></li></ul><h3>相关链接</h3><ul class="xglj"></ul></div>
            \(list)
            </body></html>
            """
        #expect(analyze(html, url: "http://www.a.gov.cn/xxgk/gzdt/index.htm").items.compactMap(\.date).map(\.iso) == ["2026-11-13"])
    }

    @Test("a dated box that nothing names loses to the list the pagination follows; with no pagination both count")
    func paginationPicksTheList() {
        let box = """
            <div class="mk"><ul><li><a href="/zwgk/gzdt/202611/t20261119_31.html">县政府召开常务会议研究部署冬季供暖工作</a><span>2026-11-19</span></li></ul></div>
            """
        let paged = page(box: "", list: ownList + "<div class=\"page\"><a href=\"index_1.html\">下一页</a> <a href=\"index_3.html\">尾页</a></div>")
            .replacingOccurrences(of: "<div class=\"crumb\">", with: box + "<div class=\"crumb\">")
        #expect(analyze(paged).items.compactMap(\.date).map(\.iso) == ["2026-05-12", "2026-03-09"])
        let unpaged = page(box: "", list: ownList).replacingOccurrences(of: "<div class=\"crumb\">", with: box + "<div class=\"crumb\">")
        #expect(analyze(unpaged).items.compactMap(\.date).map(\.iso).contains("2026-11-19"))
    }

    @Test("TRS: a 热点信息 box whose title sits in the box before the list's, beside a paged list")
    func trsShape() {
        let page = Fixtures.analyze("trs-column-heading-box.html", url: "http://www.a.gov.cn/zwgk/zcjd/index.html", asOf: asOf)
        #expect(page.items.compactMap(\.date).map(\.iso) == ["2026-05-12", "2026-04-20", "2026-03-03"])
    }

    @Test("Hanweb: the data island is the content; a 推荐阅读 box with a title div beside it is not")
    func hanwebShape() {
        let url = "http://www.a.gov.cn/col/col2201/index.html"
        let page = Fixtures.analyze("hanweb-column-heading-box.html", url: url, asOf: asOf)
        #expect(page.items.compactMap(\.date).map(\.iso) == ["2026-04-02", "2026-01-15"])

        let empty = String(decoding: Fixtures.bytes("hanweb-column-heading-box.html"), as: UTF8.self)
            .replacingOccurrences(of: #"<record><!\[CDATA\[.*\]\]></record>\n"#, with: "", options: .regularExpression)
        #expect(!empty.contains("<record>"))
        #expect(PageAnalyzer().analyze(PageInput(url: url, html: empty, asOf: asOf)).items.isEmpty)
    }

    @Test("a heading is the nearest short text before the list in its box, never another list's item")
    func headings() {
        var html = """
            <div class="a"><ul><li><a href="/x.html">相关文章</a></li></ul><ul id="second"><li>x</li></ul></div>
            <div class="b"><div class="t">推荐阅读<a href="/more/">更多</a></div><div><ol><li>y</li></ol></div></div>
            """
        let snapshot = html.withUTF8 { HTMLSnapshot.parse($0, limits: .default) }
        let lists = snapshot.nodes.indices.filter { index in
            snapshot.nodes[index].end > Int32(index + 1) && snapshot.nodes[Int(index) + 1].tag == .li
        }
        #expect(lists.count == 3)
        #expect(lists.map { SideBoxHeading.heading(ofList: $0, in: snapshot) } == [nil, nil, "推荐阅读"])
        #expect(!SideBoxHeading.namesSideBox("关于做好最新信息报送工作的通知"))
    }
}
