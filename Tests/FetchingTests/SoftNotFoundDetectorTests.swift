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
