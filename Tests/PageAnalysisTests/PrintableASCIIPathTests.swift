import GovSweepProtocol
import Testing
@testable import PageAnalysis

/// The printable-ASCII shortcuts of the eighth analysis pass answer as the character-level code does.
@Suite("Printable-ASCII shortcuts")
struct PrintableASCIIPathTests {
    @Test("a column's first page read on bytes is the one read on characters", arguments: [
        ("https://a.gov.cn/col/gzdt/index_3.html", "https://a.gov.cn/col/gzdt/index.html"),
        ("https://a.gov.cn/col/gzdt/index_x.html", "https://a.gov.cn/col/gzdt/index_x.html"),
        ("https://a.gov.cn/col/gzdt/index_.html", "https://a.gov.cn/col/gzdt/index_.html"),
        ("https://a.gov.cn/col/gzdt/index_12", "https://a.gov.cn/col/gzdt/index_12"),
        ("https://a.gov.cn/col/col1/index.html?uid=5&pageNum=2", "https://a.gov.cn/col/col1/index.html"),
        ("https://a.gov.cn/list.aspx?id=12&page=3", "https://a.gov.cn/list.aspx?id=12"),
        ("https://a.gov.cn/list.aspx?id=12&&P=3&x", "https://a.gov.cn/list.aspx?id=12&x"),
        ("https://a.gov.cn/a/index_2.html?", "https://a.gov.cn/a/index.html"),
        ("https://a.gov.cn/a?b/index_2.html", "https://a.gov.cn/a?b/index_2.html"),
        ("index_4.shtml", "index_4.shtml"),
        ("/index_4.shtml", "/index.shtml"),
    ])
    func firstPage(url: String, expected: String) {
        #expect(PageAnalyzer.firstPage(ofPrintableASCII: url) == expected)
        #expect(PageAnalyzer.firstPage(of: url) == expected)
    }

    @Test("a URL with characters outside printable ASCII still takes the character path")
    func firstPageNonASCII() {
        #expect(PageAnalyzer.firstPage(of: "https://a.gov.cn/栏目/index_3.html?page=2") == "https://a.gov.cn/栏目/index.html")
        // A combining mark after `/` makes one character that is not "/": no slash is found.
        #expect(PageAnalyzer.firstPage(of: "index_3.html/\u{301}x") == "index_3.html/\u{301}x")
    }

    @Test("authorities normalised on bytes", arguments: [
        ("WWW.Example.GOV.cn", "http", "www.example.gov.cn"),
        ("user@A.gov.cn:80", "http", "a.gov.cn"),
        ("a.gov.cn:80", "https", "a.gov.cn:80"),
        ("a.gov.cn:443", "https", "a.gov.cn"),
        ("a.gov.cn.", "http", "a.gov.cn"),
        ("a.gov.cn.:8080", "http", "a.gov.cn.:8080"),
        ("[::1]:80", "http", "[::1]"),
        ("u:p@x@B.cn", "http", "b.cn"),
    ])
    func authority(authority: String, scheme: String, expected: String) {
        #expect(URLResolver.normalisedPrintableASCIIAuthority(authority, scheme: scheme) == expected)
        #expect(URLResolver(base: "\(scheme)://\(authority)/a/b.html")?.authority == expected)
    }

    @Test("an authority outside printable ASCII is left to the character path")
    func authorityNonASCII() {
        #expect(URLResolver.normalisedPrintableASCIIAuthority("政府.CN", scheme: "http") == nil)
        #expect(URLResolver(base: "http://政府.CN/")?.authority == "政府.cn")
    }

    @Test("the base directory is found on bytes when the path is printable ASCII")
    func lastSlash() {
        #expect(URLResolver(base: "https://a.gov.cn/col/a/index.html")?.relativeBase == "https://a.gov.cn/col/a/")
        #expect(URLResolver(base: "https://a.gov.cn/栏目/index.html")?.relativeBase == "https://a.gov.cn/%E6%A0%8F%E7%9B%AE/")
        #expect(URLResolver(base: "https://a.gov.cn/")?.relativeBase == "https://a.gov.cn/")
    }
}
