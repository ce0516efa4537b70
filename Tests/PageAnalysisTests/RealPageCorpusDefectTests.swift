import GovSweepProtocol
import Testing
@testable import PageAnalysis

/// The defects the larger real-page corpus showed (issue 17, second round), each held by a small
/// page written the way the real ones are.
@Suite("Real-page corpus defects")
struct RealPageCorpusDefectTests {
    func page(_ body: String, head: String = "", url: String = "https://www.a.gov.cn/real/page.html") -> PageObservation {
        Fixtures.analyze(html: "<html><head><meta charset=utf-8>\(head)</head><body>\(body)</body></html>", url: url)
    }

    @Test("the 找错 entry as an icon opened by onclick, and as the slot or widget a script fills", arguments: [
        // 青岛: the national script's Link('sitecode') on the icon, inside a javascript: link.
        #"<a href="javascript:;"><img src="/images/jiucuo.png" alt="" onclick="Link('3702000025')" /></a>"#,
        // 武汉: window.open of the form from a javascript: link around the icon.
        #"<a href="javascript:;" onclick="window.open('https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=4201000011')"><img src="/images/jiucuo.png" /></a>"#,
        // 常州: a city redirect to the form, icon named bottom_jiucuo.
        #"<a href='#' onclick='window.open("http://www.changzhou.gov.cn/api/jiucuo.php?site_code=3204110029");return false;'><img src='/images/bottom_jiucuo.png' border='0' /></a>"#,
        // 安徽 (Hanweb): the 找错 widget its footer script fills.
        #"<div class="jiucuo j-jiucuo ex-find-wrong" data-setting="{sitecode:3401040018}"></div>"#,
        // The national snippet's slot, its script loaded elsewhere.
        #"<span id="_span_jiucuo"></span>"#,
    ])
    func errorReportEntryForms(footer: String) {
        #expect(page("<p>正文</p><div class=\"footer\">\(footer)</div>").identity.errorReportEntry)
    }

    @Test("Hanweb's 党政机关 badge widget is the badge; a div merely classed dzjg is not")
    func conacWidget() {
        #expect(page(#"<div class="footer"><div class="dzjg j-gov ex-gov-mark" data-setting="{sitecode:'541442B448864F73E053012819ACB626'}"></div></div>"#).identity.conacBadge)
        #expect(page(#"<div class="footer"><div class="dzjg j-gov fl" data-setting="{sitecode:'0ADF13855B3F222BE053012819AC6888'}"></div></div>"#).identity.conacBadge)
        #expect(!page(#"<div class="footer"><div class="dzjg"></div></div>"#).identity.conacBadge)
    }

    @Test("the 找错 entry as an icon whose onclick calls the page's Link(site_code), which opens the form")
    func errorReportEntryByLinkFunction() {
        let footer = """
            <div class="other"><a onclick="Link('4201000003')" target="_blank"><img src="static/picture/pic01.png" alt="" /></a></div>
            <script>
            function Link(site_code) {
                var url = getCurrUrl();
                window.open("http://121.43.68.40/exposure/jiucuo.html?site_code=" + site_code + "&url=" + encodeURIComponent(url));
            }
            </script>
            """
        #expect(page(footer).identity.errorReportEntry)
        #expect(!page(#"<script>var jiucuo = "/exposure/jiucuo.html"; console.log(jiucuo);</script>"#).identity.errorReportEntry)
    }

    @Test("an ordinary image, a class merely named jiucuo, or jQuery restyling a slot is no 找错 entry")
    func notErrorReportEntries() {
        #expect(!page(#"<div class="footer"><a href="/"><img src="/images/logo.png"></a></div>"#).identity.errorReportEntry)
        #expect(!page(#"<div class="jiucuo"></div>"#).identity.errorReportEntry)
        #expect(!page(#"<script>$(".bottom span#_span_jiucuo").css({'top':'25px'});</script>"#).identity.errorReportEntry)
    }

    @Test("an old-style 公安 record keeps its serial after the dash")
    func oldStylePSBRecord() {
        let footer = #"<div class="footer">政府网站标识码：1508000002&nbsp;<a href="https://beian.miit.gov.cn/">公安机关备案号：15081599004-00001</a></div>"#
        #expect(page(footer).identity.psbRecord == "公安机关备案号 15081599004-00001")
        #expect(page(#"<div class="footer">公安机关备案号：43010302000524</div>"#).identity.psbRecord == "公安机关备案号 43010302000524")
    }

    @Test("a byline in a list item of its own, with 时/分, outranks a PubDate meta that disagrees")
    func bylineInListItem() {
        let body = """
            <h2>四川省医药健康产业供需对接活动在成都举行</h2>
            <ul id="articleattribute"><li style="width:180px;">
               2024年12月07日 08时01分
            </li><li style="width:300px;">来源:
                四川日报
            </li></ul><div id="content"><p>12月6日，活动在成都举行。</p></div>
            """
        let article = page(body, head: #"<meta name="ArticleTitle" content="x"><meta name="PubDate" content="2024-12-10 08:23:48"/>"#)
        #expect(article.kind == .article)
        #expect(article.published == Fixtures.date("2024-12-07"))
    }

    @Test("an unlabelled date and time followed by 来源 is an article's byline")
    func bylineWithSource() {
        let body = """
            <div class="content"><h1>河北青年优秀美术作品展启幕</h1>
            <div class="post_source">2022-05-07&#32;00:00\u{3000}来源：河北省文化和旅游厅机关党委</div>
            <div class="text"><p>为喜迎党的二十大胜利召开……</p></div></div>
            """
        let article = page(body)
        #expect(article.kind == .article)
        #expect(article.published == Fixtures.date("2022-05-07"))
    }

    @Test("date lines: Chinese hours and minutes, a trailing byline; not a date inside a sentence")
    func dateTimeLines() {
        #expect(DateParsing.dateTimeLine("2024年12月07日 08时01分") == Fixtures.date("2024-12-07"))
        #expect(DateParsing.dateTimeLine("2020年09月15日 09时32分05秒") == Fixtures.date("2020-09-15"))
        #expect(DateParsing.dateTimeLine("2023-06-11 16:20:01 | 来源：投资武汉") == Fixtures.date("2023-06-11"))
        #expect(DateParsing.dateTimeLine("2022-05-07 00:00 之后会议继续进行") == nil)
        #expect(DateParsing.dateTimeLine("2024年12月07日") == nil)
    }

    @Test("a date without a time followed by 来源 is a byline; a lone date or a date in a sentence is not")
    func dateOnlyByline() {
        #expect(DateParsing.dateTimeLine("2005年08月16日\u{3000}来源：新华网") == Fixtures.date("2005-08-16"))
        #expect(DateParsing.dateTimeLine("2021-03-02 | 作者：办公室") == Fixtures.date("2021-03-02"))
        #expect(DateParsing.dateTimeLine("2021-03-02 召开全体会议") == nil)
        let body = """
            <div class="xl01">农机专家李金泽：为农机行业搭建现代化信息平台</div>
            <table><tr><td>www.chinaneast.gov.cn</td><td><div class="zy">2005年08月16日\u{3000}来源：新华网</div></td></tr></table>
            <div id="Content"><p>正文。</p></div>
            <table>
              <tr><td><a href="../../../2006-11/22/content_8591622.htm">推进大连工业经济发展对策</a></td></tr>
              <tr><td><a href="../../../2006-11/17/content_8541990.htm">制博会暨十五国家重大技术装备成果展获巨大成功</a></td></tr>
              <tr><td><a href="../../../2006-11/13/content_8499831.htm">把环保作为建设和谐社会的大事来抓</a></td></tr>
            </table>
            """
        let article = page(body, url: "http://chinaneast.xinhuanet.com/jizhe/2005-08/16/content_4894059.htm")
        #expect(article.kind == .article)
        #expect(article.published == Fixtures.date("2005-08-16"))
    }

    @Test("ICP and 公安 records split over inline elements, and two numbers kept apart")
    func splitRecords() {
        let footer = #"<p>网站标识码：<span>bm14000002</span> | <a href="https://beian.miit.gov.cn">京<span>ICP</span>备<span>19054529</span>号<span>-1</span></a> | 京公网安备<span>11010602060068</span>号</p>"#
        let marks = page(footer).identity
        #expect(marks.siteIDCode == "bm14000002")
        #expect(marks.icp == "京ICP备19054529号-1")
        #expect(marks.psbRecord == "京公网安备11010602060068号")
        // A record number and a following number in the next element do not run together.
        #expect(page("<p>公安备案号 36010202000000</p><p>2024</p>").identity.psbRecord == "公安备案号 36010202000000")
    }

    @Test("a footer written through a variable: var s = '<…>' + '…'; el.innerHTML = s")
    func footerThroughVariable() {
        let body = """
            <div id="footerAnchor"></div>
            <script>
                var pcFooterStr = '<div class="copyright">'+
            '    <p><a href="https://beian.miit.gov.cn">粤ICP备05070829号</a> <span>网站标识码4400000131</span></p>'+
            '    <p>粤公网安备'+
            '        44010402001160号</p></div>';
            </script>
            <script>document.getElementById('footerAnchor').innerHTML = pcFooterStr;</script>
            """
        let marks = page(body).identity
        #expect(marks.icp == "粤ICP备05070829号")
        #expect(marks.psbRecord == "粤公网安备 44010402001160号")
        #expect(marks.siteIDCode == "4400000131")
        // A markup string nobody writes is not on the page.
        #expect(page("<script>var tpl = '<p>粤ICP备05070829号</p>';</script>").identity.icp == nil)
    }

    @Test("粤公网安备号 before the number")
    func psbWithHaoFirst() {
        #expect(page(#"<p>粤公网安备号<a href="http://www.beian.gov.cn/">44030402003007</a></p>"#).identity.psbRecord == "粤公网安备44030402003007")
    }

    @Test("a login page under a column's metas is not a column list")
    func loginUnderColumnMetas() {
        let body = #"<form><input type="text" name="uesrname" placeholder="请输入登录账号"><input type="password" name="password"></form>"#
        let head = #"<meta name="ColumnName" content="网上服务用户登录平台"><meta name="ColumnType" content="办事服务">"#
        #expect(page(body, head: head, url: "https://ggfw.a.gov.cn/login.html").kind == .other)
    }
}
