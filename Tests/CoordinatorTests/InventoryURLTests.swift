import GovSweepProtocol
import Testing

@testable import Coordinator

@Suite("Inventory URLs and site ids")
struct InventoryURLTests {
    @Test("absolute http(s) URLs are kept, with scheme and host lower-cased and the fragment dropped", arguments: [
        ("https://www.zgsr.gov.cn/", "https://www.zgsr.gov.cn/"),
        ("HTTP://WWW.ZGSR.GOV.CN", "http://www.zgsr.gov.cn/"),
        ("http://www.zgsr.gov.cn:8080/Col/Index.html?a=1#top", "http://www.zgsr.gov.cn:8080/Col/Index.html?a=1"),
        ("http://127.0.0.1:7401/", "http://127.0.0.1:7401/"),
        ("http://localhost/", "http://localhost/"),
        ("http://[::1]:8080/x", "http://[::1]:8080/x"),
        ("http://江西.政务/", "http://江西.政务/"),
        ("  https://www.jiangxi.gov.cn/index.html\u{3000}", "https://www.jiangxi.gov.cn/index.html"),
    ])
    func accepted(input: String, expected: String) {
        #expect(HomepageURL.normalised(input) == expected)
    }

    @Test("a bare host becomes an http URL", arguments: [
        ("www.x.gov.cn", "http://www.x.gov.cn/"),
        ("www.x.gov.cn/col/col1/", "http://www.x.gov.cn/col/col1/"),
        ("WWW.X.GOV.CN:8000", "http://www.x.gov.cn:8000/"),
    ])
    func bareHost(input: String, expected: String) {
        #expect(HomepageURL.normalised(input) == expected)
    }

    @Test("anything else is refused", arguments: [
        "htp//x", "http:/www.x.gov.cn", "ftp://www.x.gov.cn/", "http://", "https:///path", "localhost",
        "javascript:void(0)", "mailto:admin@x.gov.cn", "http://user:pw@x.gov.cn/", "http://x.gov.cn:0/",
        "http://x.gov.cn:99999/", "http://x..gov.cn/", "http://-x.gov.cn/", "http://www.x.gov.cn/a b.html",
        "上饶市人民政府", "", "http://[::1/",
    ])
    func refused(input: String) {
        #expect(HomepageURL.normalised(input) == nil)
    }

    @Test("网站标识码: six-digit area code or bm + four digits, then four digits")
    func siteIdentifier() {
        for good in ["3611000003", "3600000001", "bm36000001", "bm01000001"] {
            #expect(SiteIdentifier.isWellFormed(good), "\(good)")
        }
        for bad in ["0611000003", "361100000", "36110000031", "BM36000001", "bm3600000a", "bmx6000001", "３６１１０００００３", ""] {
            #expect(!SiteIdentifier.isWellFormed(bad), "\(bad)")
        }
        #expect(SiteIdentifier.looksLikeScientificNotation("3.611E+09"))
        #expect(!SiteIdentifier.looksLikeScientificNotation("3611000003"))
    }

    @Test("levels in English and Chinese")
    func levels() {
        #expect(SiteLevel(inventoryText: " Province ") == .province)
        #expect(SiteLevel(inventoryText: "省级") == .province)
        #expect(SiteLevel(inventoryText: "市级") == .city)
        #expect(SiteLevel(inventoryText: "县级") == .county)
        #expect(SiteLevel(inventoryText: "乡镇") == .township)
        #expect(SiteLevel(inventoryText: "部门") == .department)
        #expect(SiteLevel(inventoryText: "区级") == nil)
    }
}
