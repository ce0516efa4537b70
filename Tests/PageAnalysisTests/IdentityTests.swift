import GovSweepProtocol
import Testing
@testable import PageAnalysis

@Suite("Homepage identity marks")
struct IdentityTests {
    func identity(_ body: String) -> IdentityMarks {
        Fixtures.analyze(html: "<html><head><meta charset=utf-8></head><body>\(body)</body></html>", url: "https://www.a.gov.cn/").identity
    }

    @Test("a text link and an image link to 我为政府网站找错, and the conac link alone")
    func entries() {
        #expect(identity("<a href=\"https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3611000003\">我为政府网站找错</a>").errorReportEntry)
        #expect(identity("<a href=\"/jc.html\"><img src=\"/jc.png\" alt=\"我为政府网站找错\"></a>").errorReportEntry)
        #expect(identity("<a href=\"/jc.html\"><img src=\"/jc.png\" title=\"我为政府网站找错\"></a>").errorReportEntry)
        #expect(identity("<a href=\"https://bszs.conac.cn/sitename?method=show&id=1\">党政机关</a>").conacBadge)
        #expect(identity("<script src=\"https://dcs.conac.cn/js/36/000/0000/60000000/CA360000000600000001.js\"></script>").conacBadge)
    }

    @Test("a page without marks has none; text saying 找错 outside a link is not an entry")
    func nothing() {
        #expect(identity("<p>欢迎提出意见。我为政府网站找错</p><img src=\"/x.png\" alt=\"我为政府网站找错\">") == IdentityMarks())
    }

    @Test("site ID codes: footer text, bm codes, and codes that are not ones", arguments: [
        ("网站标识码：3611000003", "3611000003"), ("网站标识码:bm01000001", "bm01000001"), ("网站标识码 3611000003 ", "3611000003"),
        ("网站标识码：0611000003", nil), ("网站标识码：36110000031", nil), ("网站标识码：361100000", nil),
    ] as [(String, String?)])
    func siteIDCodes(text: String, code: String?) {
        #expect(identity("<p>\(text)</p>").siteIDCode == code)
    }

    @Test("ICP and 公安 numbers need a province and 号")
    func records() {
        let marks = identity("<p>京ICP备12345678号 京公网安备11010502030143号</p>")
        #expect(marks.icp == "京ICP备12345678号")
        #expect(marks.psbRecord == "京公网安备11010502030143号")
        #expect(identity("<p>ICP备12345678号 公网安备 110号</p>").icp == nil)
        #expect(identity("<p>赣ICP备</p>").icp == nil)
    }
}
