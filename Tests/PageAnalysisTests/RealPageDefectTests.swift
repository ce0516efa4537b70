import GovSweepProtocol
import Testing
@testable import PageAnalysis

/// The defects real government pages showed (issue 17), each held by a small page written the
/// way the real ones are.
@Suite("Real-page defects")
struct RealPageDefectTests {
    func page(_ body: String, head: String = "", url: String = "https://www.a.gov.cn/") -> PageObservation {
        Fixtures.analyze(html: "<html><head><meta charset=utf-8>\(head)</head><body>\(body)</body></html>", url: url)
    }

    @Test("ICP numbers of every province, in both abbreviations", arguments: [
        "京", "津", "沪", "渝", "冀", "豫", "云", "滇", "辽", "黑", "湘", "皖", "鲁", "新", "苏", "浙", "赣", "鄂", "桂",
        "甘", "陇", "晋", "蒙", "陕", "吉", "闽", "贵", "黔", "粤", "青", "藏", "川", "蜀", "宁", "琼",
    ])
    func icpProvinces(province: String) {
        let marks = page("<p>\(province)ICP备05000393号-1</p>").identity
        #expect(marks.icp == "\(province)ICP备05000393号-1")
    }

    @Test("ICP wording variants: a colon or space before the number, no 号, ICP证")
    func icpVariants() {
        #expect(page("<p>陇ICP备：05000393号</p>").identity.icp == "陇ICP备 05000393号")
        #expect(page("<p>黔ICP备 05002301号</p>").identity.icp == "黔ICP备 05002301号")
        #expect(page("<p>滇ICP备2021004015 </p>").identity.icp == "滇ICP备2021004015")
        #expect(page("<p>京ICP备案号：京ICP备05070602号</p>").identity.icp == "京ICP备05070602号")
        #expect(page("<p>ICP备2023年度</p>").identity.icp == nil)
        #expect(page("<p>京ICP备2023年</p>").identity.icp == nil)
    }

    @Test("公安 records: no 号, a colon (half- and full-width), and the 公安备案号 wording")
    func psbVariants() {
        #expect(page("<p>京公网安备11010502000000</p>").identity.psbRecord == "京公网安备11010502000000")
        #expect(page("<p>京公网安备:110105000000</p>").identity.psbRecord == "京公网安备 110105000000")
        #expect(page("<p>冀公网安备： 13030202002230</p>").identity.psbRecord == "冀公网安备 13030202002230")
        #expect(page("<p>黔公网安备 52010302000000号</p>").identity.psbRecord == "黔公网安备 52010302000000号")
        #expect(page("<p>公安备案号 36010202000000</p>").identity.psbRecord == "公安备案号 36010202000000")
        #expect(page("<p>公安机关备案号：43010302000524</p>").identity.psbRecord == "公安机关备案号 43010302000524")
        #expect(page("<p>京公网安备案号：11010502000000号</p>").identity.psbRecord == "京公网安备 11010502000000号")
        #expect(page("<p>京公网安备 2023</p>").identity.psbRecord == nil)
        #expect(page("<p>公安备案号：请见页脚</p>").identity.psbRecord == nil)
    }

    @Test("the 党政机关 badge written by document.write(unescape(…))")
    func scriptedBadge() {
        let body = """
        <div class="img img1"><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='http://dcs.conac.cn/js/05/107/0000/41468768/CA051070000414687680001.js' type='text/javascript'%3E%3C/script%3E"));</script></div>
        """
        #expect(page(body).identity.conacBadge)
        #expect(!page("<script>var conac = 'none';</script>").identity.conacBadge)
    }

    @Test("literal writes: concatenation, \\x and \\u escapes, writeln, innerHTML")
    func literalWrites() {
        let concatenated = #"<script>document.writeln("<span id=" + '"_ideConac"' + "></span>");</script>"#
        #expect(page(concatenated).identity.conacBadge)
        let escaped = #"<script>document.write("\x3ca href='https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=5300000002'\x3e\u6211\u4e3a\u653f\u5e9c\u7f51\u7ad9\u627e\u9519</a>");</script>"#
        #expect(page(escaped).identity.errorReportEntry)
        let inner = #"<div id="f"></div><script>document.getElementById('f').innerHTML = '<p>网站标识码：5300000002 滇ICP备05000393号</p>';</script>"#
        let marks = page(inner).identity
        #expect(marks.siteIDCode == "5300000002")
        #expect(marks.icp == "滇ICP备05000393号")
        // A script that only mentions the words, in a comparison or a variable, writes nothing.
        #expect(!page(#"<script>if (a == "我为政府网站找错") { b = 1 }</script>"#).identity.errorReportEntry)
    }

    @Test("a 找错 entry that is only an image link to the national form counts")
    func jiucuoImageLink() {
        let body = #"<a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=4403000004&amp;url=http%3A%2F%2Famr.sz.gov.cn%2F" target="_blank"><img src="/images/jiucuo.png"></a>"#
        #expect(page(body).identity.errorReportEntry)
    }

    @Test("clean hidden content is not spam: a 澳门 headline, share widgets, a 找错 link to an IP, the Hanweb credit, IP pop-ups")
    func cleanHidden() {
        let bodies = [
            #"<ul class="menu"><li><div style="display:none"><a href="/art/2019/12/20/art_1_1.html">省长会见澳门特别行政区行政长官一行</a></div></li></ul>"#,
            #"<div style="display:none"><a href="http://www.bshare.cn/share">分享到</a><a href="http://service.weibo.com/share/share.php?url=x">新浪微博</a></div>"#,
            #"<div style="display:none"><a href="http://121.43.68.40/exposure/jiucuo.html?site_code=1200000052">我为政府网站找错</a></div>"#,
            #"<a href='http://www.hanweb.com' style='display:none'>Produced By 大汉网络 大汉版通发布系统</a>"#,
            #"<div id="pop" style="display:none"><a href="http://59.255.8.10/">网上办事</a><a href="http://59.255.8.11:8080/x">政务服务大厅</a></div>"#,
            #"<div style="display:none"><a href="https://mp.weixin.qq.com/s/abc">严厉打击跨境赌博宣传</a></div>"#,
            #"<a href="https://mp.weixin.qq.com/s/x">远离黄赌毒 防范网络赌博</a>"#,
        ]
        for body in bodies {
            #expect(page(body).hits.filter { $0.kind == .spam }.isEmpty, "\(body)")
        }
    }

    @Test("real 暗链 are still caught: hidden gambling links off-site, also when a script writes them")
    func realSpam() {
        let hidden = #"<div style="position:absolute;left:-9999px"><a href="http://www.xpj888.com/">澳门新葡京娱乐城</a><a href="http://bet.example.com/">真人娱乐开户</a></div>"#
        #expect(page(hidden).hits.filter { $0.kind == .spam }.count == 2)
        let written = #"<script>document.write('<div style="display:none"><a href="http://www.bc365.net/">百家乐在线</a></div>');</script>"#
        #expect(page(written).hits.filter { $0.kind == .spam }.count == 1)
        // Hidden gambling links to the site's own host (a parasite page, the demo province's form).
        let parasite = #"<div style="position:absolute;left:-9999px"><a href="http://127.0.0.1:8099/casino/index.html">澳门新葡京娱乐场</a></div>"#
        #expect(page(parasite, url: "http://127.0.0.1:8001/site/").hits.filter { $0.kind == .spam }.count == 1)
        // Campaign wording is the site's own news, hidden in a tab or not.
        #expect(page(#"<div style="display:none"><a href="/zt/dbd.html">百家乐诈骗案警示</a></div>"#).hits.isEmpty)
    }

    @Test("list dates beside the link: a year-less date after it in <dd>, a full date glued to it")
    func listDatesBesideLink() {
        let dd = page("""
            <dl class="list"><dd><a href="/art/2024/3/14/art_1_1.html" title="关于做好春季森林防火工作的通知">关于做好春季森林防火工作的通知</a>
             03-14</dd><dd><a href="/art/2024/3/2/art_1_2.html">全县安全生产工作会议召开</a>
             03-02</dd></dl>
            """, url: "https://www.a.gov.cn/col/col1/index.html")
        #expect(dd.items.map(\.date) == [Fixtures.date("2023-03-14"), Fixtures.date("2023-03-02")])
        let glued = page("""
            <ul><li><a href="/xwzx/201802/t20180205_1.html">春节前安全生产大检查</a>2018-02-05</li>
            <li><a href="/xwzx/201802/t20180201_2.html">全市经济工作会议召开</a>2018-02-01</li></ul>
            """, url: "https://www.a.gov.cn/xwzx/")
        #expect(glued.items.map(\.date) == [Fixtures.date("2018-02-05"), Fixtures.date("2018-02-01")])
        #expect(glued.items.map(\.title) == ["春节前安全生产大检查", "全市经济工作会议召开"])
    }

    @Test("a date inside a headline is what the news is about, not the item's date")
    func headlineDateIsNotItemDate() {
        let list = page("""
            <ul><li><a href="/hygq/201803/t20180303_1.html">3月25日起银川河东国际机场新增25条航线航班</a></li>
            <li><a href="/hygq/201802/t20180228_2.html">关于2018年3月1日全市会议的通知</a></li>
            <li><a href="/hygq/201802/t20180227_3.html">全市经济工作会议召开 2018-02-27</a></li>
            <li><a href="/hygq/201802/t20180226_4.html">[2018-02-26] 春季植树造林动员大会</a></li></ul>
            """, url: "https://www.a.gov.cn/hygq/")
        #expect(list.items.map(\.date) == ["2018-03-03", "2018-02-28", "2018-02-27", "2018-02-26"].map { Fixtures.date($0) })
        #expect(list.items.first?.title == "3月25日起银川河东国际机场新增25条航线航班")
    }

    @Test("a subsite homepage with PageCategory=index at /xxszf/index.shtml")
    func subsiteHomepage() {
        let items = (1...6).map { "<li><a href=\"/xxszf/a/\($0).shtml\">新闻标题第\($0)条</a><span>2023-12-0\($0)</span></li>" }.joined()
        let home = page("<ul>\(items)</ul>", head: "<meta name=\"PageCategory\" content=\"index\">",
                        url: "https://www.a.gov.cn/xxszf/index.shtml")
        #expect(home.kind == .homepage)
    }

    @Test("an article whose only date is an unlabelled date-and-time line, whatever its URL", arguments: [
        "https://www.a.gov.cn/xwzx/2018/0419/123.html", "https://www.a.gov.cn/list/news.jsp?id=123", "https://www.a.gov.cn/n123/c456/index.html",
    ])
    func dateLineArticle(url: String) {
        let body = """
            <div class="title"><h1>市政府召开常务会议</h1></div><div class="info"><span>2018-04-19 17:32:17</span><span>来源：市政府办</span></div>
            <div class="content"><p>4月19日，市政府召开常务会议，研究部署近期重点工作。</p></div>
            <ul class="related"><li><a href="/a/1.html">相关新闻一则标题</a></li></ul>
            """
        let article = page(body, url: url)
        #expect(article.kind == .article)
        #expect(article.published == Fixtures.date("2018-04-19"))
    }

    @Test("a login page is not a column list")
    func loginPage() {
        let body = """
            <form action="/login.do" method="post"><input type="text" name="user"><input type="password" name="pwd"><input type="submit" value="登录"></form>
            <ul><li><a href="/list/tzgg/1.html">关于系统升级维护的通知</a></li><li><a href="/list/tzgg/2.html">用户注册须知说明</a></li></ul>
            """
        // A column-shaped URL (Hanweb's /col/) is only a hint: the password field says login form.
        #expect(page(body, url: "https://www.a.gov.cn/col/col5/index.html").kind == .other)
    }

    @Test("several date-and-time lines are a list's, not one article's date")
    func manyDateLines() {
        let rows = (1...5).map { "<div class=\"row\"><a href=\"/n/\($0).html\">消息标题\($0)</a><span>2018-04-1\($0) 09:00</span></div>" }.joined()
        let list = page(rows, url: "https://www.a.gov.cn/n/")
        #expect(list.published == nil)
        #expect(list.kind != .article)
    }
}
