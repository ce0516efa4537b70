import Fetching
import Testing
import TestSupport

@Suite("SoftNotFoundDetector")
struct SoftNotFoundDetectorTests {
    @Test(arguments: [
        "<html><head><title>404</title></head><body><img src=404.png></body></html>",
        "<title>404 - 上饶市人民政府</title><body>返回首页</body>",
        "<title>提示信息</title><body><div class=\"err\"><h2>您访问的页面不存在或已被删除！</h2><a href=/>返回首页</a></div></body>",
        "<title>上饶市人民政府</title><body><div>对不起，页面已删除</div><script>setTimeout(function(){location.href='/'},3000)</script></body>",
        "<title>Error</title><body><h1>Not Found</h1><p>The requested URL was not found on this server.</p></body>",
        "<title>错误页面</title><body><p>抱歉，找不到您要访问的内容。</p></body>",
    ])
    func recognisesMissingPageTemplates(html: String) {
        #expect(SoftNotFoundDetector.reason(html: html) != nil)
    }

    @Test func anArticleMentioning404IsNotASoft404() {
        let body = String(repeating: "各单位要认真排查网站错链断链问题，对出现404错误的页面及时整改，已删除的栏目要做好跳转。", count: 10)
        let html = "<title>关于开展政府网站普查整改工作的通知</title><body><h1>关于开展政府网站普查整改工作的通知</h1><p>\(body)</p></body>"
        #expect(SoftNotFoundDetector.reason(html: html) == nil)
    }

    @Test func numberedDocumentsAndQuantitiesAreNot404s() {
        #expect(SoftNotFoundDetector.reason(html: "<title>国务院令第404号</title><body>\(String(repeating: "条例全文。", count: 100))</body>") == nil)
        #expect(SoftNotFoundDetector.reason(html: "<title>全区新增就业404人</title><body>\(String(repeating: "就业数据。", count: 100))</body>") == nil)
        #expect(SoftNotFoundDetector.reason(html: "<title>2404号公告</title><body>x</body>") == nil)
    }

    @Test func aRealArticleFixtureIsNotASoft404() {
        #expect(SoftNotFoundDetector.reason(html: Fixtures.text("fetch/article.html")) == nil)
    }

    @Test func theReasonSaysWhere() {
        #expect(SoftNotFoundDetector.reason(html: "<title>页面不存在</title>") == "soft 404: title says “页面不存在”")
    }
}

@Suite("SoftNotFoundDetector: the message must dominate")
struct SoftNotFoundDominanceTests {
    @Test("a short real notice that says 已失效 is no soft 404")
    func shortNoticeSayingInvalid() {
        let html = """
            <title>关于部分规范性文件失效的公告</title><body><h1>关于部分规范性文件失效的公告</h1>
            <p>发布时间：2026-11-07 09:30</p><p>经清理，下列规范性文件已失效：《关于加强政务信息公开工作的通知》。</p></body>
            """
        #expect(SoftNotFoundDetector.reason(html: html) == nil)
    }

    @Test("a short notice dated in Chinese numerals that says 信息已删除 is no soft 404")
    func shortNoticeSayingDeleted() {
        let html = "<title>关于已删除过期政务信息的说明</title><body><p>按照有关规定，过期政务信息已删除。</p><p>二〇二六年十一月七日</p></body>"
        #expect(SoftNotFoundDetector.reason(html: html) == nil)
    }

    @Test("a short homepage whose list holds 已删除 is no soft 404")
    func shortHomepage() {
        let html = """
            <title>某县人民政府</title><body><ul><li><a href="/a/1.html">关于网站已删除不实信息的情况说明</a> 2026-11-02</li>
            <li><a href="/a/2.html">县政府召开常务会议</a> 2026-11-01</li></ul></body>
            """
        #expect(SoftNotFoundDetector.reason(html: html) == nil)
    }

    @Test("a short homepage whose list shows year-less dates and a notice saying 已删除 is no soft 404")
    func shortHomepageWithYearlessDates() {
        #expect(SoftNotFoundDetector.reason(html: Fixtures.text("fetch/short-homepage-yearless.html")) == nil)
    }

    @Test("year-less list dates count as written dates; phone and document numbers do not")
    func monthDayDates() {
        for text in ["部署工作11-13", "[11-13]", "(11/06)", "11月13日召开", "x 01-31 y"] {
            #expect(SoftNotFoundDetector.containsDate(text), "\(text)")
        }
        for text in ["电话0851-12345678", "13-01", "12-32", "第2-12号", "1.12-13", "11-130", "11月13"] {
            #expect(!SoftNotFoundDetector.containsDate(text), "\(text)")
        }
    }

    @Test("a missing-page template saying 已删除 is still a soft 404 when a month-day appears nowhere")
    func templateWithoutDates() {
        let html = "<title>某区人民政府</title><body><div class=\"menu\"><a href=/>首页</a></div><p>对不起，该信息已删除！</p></body>"
        #expect(SoftNotFoundDetector.reason(html: html) != nil)
    }

    @Test("a heading that names the phrase inside a longer title is no soft 404")
    func longHeading() {
        let body = String(repeating: "各地要排查页面不存在等问题并及时整改。", count: 30)
        let html = "<title>关于开展“页面不存在”错链问题集中整治的通知_某市人民政府</title><body><h1>关于开展“页面不存在”错链问题集中整治的通知</h1><p>\(body)</p></body>"
        #expect(SoftNotFoundDetector.reason(html: html) == nil)
    }

    @Test("missing-page templates with the site's name or a frame around them are still soft 404s")
    func templatesStillCount() {
        #expect(SoftNotFoundDetector.reason(html: "<title>页面不存在 - 某市人民政府</title><body>返回首页</body>") != nil)
        #expect(SoftNotFoundDetector.reason(html: "<title>提示</title><body><div>首页 政务公开 互动交流</div><p>对不起，该信息已删除！</p></body>") != nil)
        #expect(SoftNotFoundDetector.reason(html: "<title>某市人民政府</title><body><p>抱歉，您访问的页面已失效</p><a href=/>返回首页</a></body>") != nil)
    }
}
