import GovSweepProtocol
import Testing
@testable import PageAnalysis

@Suite("JSP lists, platform channels and GBK pages")
struct ListPageTests {
    @Test("a JSP table list: yearless dates resolved, page=N pagination")
    func jspList() {
        let page = Fixtures.analyze("jsp-list.html", url: "http://www.dxs.gov.cn/news/list.jsp?page=1")
        #expect(page.kind == .columnList)
        #expect(page.items.map { $0.date?.iso ?? "-" } == ["2023-12-13", "2023-12-10", "2022-12-28", "2022-12-30"])
        #expect(page.items[0].url == "http://www.dxs.gov.cn/news/content.jsp?id=1203")
        #expect(page.items[0].title == "大地乡召开冬季安全生产部署会")
        #expect(page.pagination == [
            "http://www.dxs.gov.cn/news/list.jsp?page=2", "http://www.dxs.gov.cn/news/list.jsp?page=3",
            "http://www.dxs.gov.cn/news/list.jsp?page=5",
        ])
        #expect(!page.links.contains { $0.url.hasPrefix("javascript") })
    }

    @Test("a platform channel whose list is a JSON array in a script")
    func jsonItems() {
        let page = Fixtures.analyze("platform-channel.html", url: "https://www.zgxz.gov.cn/channel/zcjd/")
        #expect(page.kind == .columnList)
        #expect(page.items == [
            DatedItem(url: "https://www.zgxz.gov.cn/channel/zcjd/content/post_880011.html",
                      title: "《信州区促进消费若干措施》政策解读", date: Fixtures.date("2023-12-15")),
            DatedItem(url: "https://www.zgxz.gov.cn/channel/zcjd/content/post_870022.html",
                      title: "图解：2023年区政府工作报告", date: Fixtures.date("2023-11-01")),
            DatedItem(url: "https://www.zgxz.gov.cn/channel/zcjd/content/post_860033.html",
                      title: "一图读懂城乡居民医保政策", date: Fixtures.date("2023-10-09")),
        ])
        #expect(page.columns.first?.category == .interpretation)
        #expect(page.links.filter { $0.url.contains("post_") }.isEmpty)  // script data are items, not links
    }

    @Test("a GBK page declared in http-equiv decodes and reads its 日期 label")
    func gbkPage() {
        let bytes = Fixtures.bytes("gbk-article.html")
        #expect(!TextDecoding.isValidUTF8(bytes))
        #expect(CharsetSniffing.encoding(of: bytes) == "GB18030")
        let page = Fixtures.analyze("gbk-article.html", url: "http://www.wnx.gov.cn/tjj/content.jsp?id=88")
        #expect(page.title == "关于开展2023年度统计执法检查的公告")
        #expect(page.kind == .article)
        #expect(page.published == Fixtures.date("2023-12-13"))
    }

    @Test("charset sniffing: BOM, meta, valid UTF-8 despite a GBK meta, explicit flag")
    func sniffing() {
        #expect(CharsetSniffing.encoding(of: [0xEF, 0xBB, 0xBF, 0x41]) == "UTF-8")
        #expect(CharsetSniffing.encoding(of: Array("<meta charset=\"gbk\"><p>a</p>".utf8)) == "GB18030")
        #expect(CharsetSniffing.encoding(of: Array("<meta charset=\"gbk\"><p>中文</p>".utf8)) == "UTF-8")
        #expect(CharsetSniffing.encoding(of: [0x3C, 0x70, 0x3E] + [0xD6, 0xD0, 0xCE, 0xC4], charset: nil) == "GB18030")
        #expect(CharsetSniffing.encoding(of: [0xD6, 0xD0, 0xCE, 0xC4]) == "GB18030")
        #expect(CharsetSniffing.encoding(of: [0x41], charset: "big5") == "BIG5-HKSCS")
        #expect(CharsetSniffing.decode([0xD6, 0xD0, 0xCE, 0xC4]).text == "中文")
    }

    @Test("a page whose meta says UTF-8 but whose bytes are GBK decodes as the worker decodes it")
    func utf8MetaOnGBKBytes() {
        let bytes = Fixtures.bytes("gbk-bytes-utf8-meta.html")
        #expect(!TextDecoding.isValidUTF8(bytes))
        let analyzed = CharsetSniffing.decode(bytes)
        let fetched = CharsetDetector.decode(bytes, contentType: "text/html")
        #expect(analyzed.encoding == "GB18030")
        #expect(analyzed.text == fetched.text)
        #expect(analyzed.text.contains("网站标识码：3611220001"))
        let page = Fixtures.analyze("gbk-bytes-utf8-meta.html", url: "http://www.gf.gov.cn/", homepage: true)
        #expect(page.title == "上饶市广丰区人民政府")
        #expect(page.identity.siteIDCode == "3611220001")
    }

    @Test("page kinds from URLs and metas")
    func kinds() {
        #expect(Fixtures.analyze(html: "<p>x</p>", url: "https://a.gov.cn/").kind == .homepage)
        #expect(Fixtures.analyze(html: "<p>x</p>", url: "https://a.gov.cn/index.shtml").kind == .homepage)
        #expect(Fixtures.analyze(html: "<p>x</p>", url: "https://a.gov.cn/col/gzdt/index.html").kind == .columnList)
        #expect(Fixtures.analyze(html: "<p>x</p>", url: "https://a.gov.cn/art/2023/12/13/art_1_2.html").kind == .article)
        #expect(Fixtures.analyze(html: "<p>x</p>", url: "https://a.gov.cn/about/contact.html").kind == .other)
        #expect(Fixtures.analyze(html: "<p>发布时间：2023-12-01</p>", url: "https://a.gov.cn/about/x.html").kind == .article)
    }
}
