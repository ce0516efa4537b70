import Fetching
import Testing

@Suite("URLNormalizer edges (byte-level resolution)")
struct URLNormalizerEdgeTests {
    @Test(arguments: [
        // Percent-escapes: hex upper-cased, unreserved decoded, a stray % encoded.
        ("/a%3f%2E%2e/b%zz%4", "http://sr.gov.cn/", "http://sr.gov.cn/a%3F../b%25zz%254"),
        ("/%2E%2E/x", "http://sr.gov.cn/a/b/", "http://sr.gov.cn/x"),
        ("/q?a=%e4%b8%ad&b=<c>", "http://sr.gov.cn/", "http://sr.gov.cn/q?a=%E4%B8%AD&b=%3Cc%3E"),
        // Dot segments at the end, past the root, and in the base.
        ("..", "http://sr.gov.cn/a/b/c.html", "http://sr.gov.cn/a/"),
        (".", "http://sr.gov.cn/a/b/c.html", "http://sr.gov.cn/a/b/"),
        ("../../../../x", "http://sr.gov.cn/a/b/c.html", "http://sr.gov.cn/x"),
        ("x/./y/../z", "http://sr.gov.cn/a/./b/", "http://sr.gov.cn/a/b/x/z"),
        ("//sr.gov.cn/a/../b", "https://x.cn/", "https://sr.gov.cn/b"),
        // Fragments, empty references and queries against the base.
        ("#top", "http://sr.gov.cn/a.html?x=1#old", "http://sr.gov.cn/a.html?x=1"),
        ("", "http://sr.gov.cn/a.html?x=1", "http://sr.gov.cn/a.html?x=1"),
        ("?y=2#z", "http://sr.gov.cn/a.html?x=1", "http://sr.gov.cn/a.html?y=2"),
        // Ports, IPv6 and case.
        ("/x", "http://127.0.0.1:8080/a/", "http://127.0.0.1:8080/x"),
        ("HTTP://[::1]:80/A", nil, "http://[::1]/A"),
        ("https://[FE80::1]:444/a", nil, "https://[fe80::1]:444/a"),
        // Non-ASCII paths, white space and layout characters as browsers read them.
        ("\u{3000}/政务 公开/\u{00A0}", "http://sr.gov.cn/", "http://sr.gov.cn/%E6%94%BF%E5%8A%A1%20%E5%85%AC%E5%BC%80/"),
        ("/a\t/b\n/c\r.html", "http://sr.gov.cn/", "http://sr.gov.cn/a/b/c.html"),
        ("java\nscript:alert(1)", "http://sr.gov.cn/", nil),
        ("\\\\other.cn\\x", "http://sr.gov.cn/", "http://other.cn/x"),
    ] as [(String, String?, String?)])
    func resolves(reference: String, base: String?, expected: String?) {
        #expect(URLNormalizer.normalize(reference, base: base) == expected)
    }

    @Test(arguments: [
        ("../a.html", "http://sr.gov.cn:8080/col/a.html"),
        ("?p=2", "http://sr.gov.cn:8080/col/col1/index.html?p=2"),
        ("", "http://sr.gov.cn:8080/col/col1/index.html?uid=1"),
        ("#x", "http://sr.gov.cn:8080/col/col1/index.html?uid=1"),
        ("//o.cn/", "http://o.cn/"),
        ("/r", "http://sr.gov.cn:8080/r"),
        ("b/c", "http://sr.gov.cn:8080/col/col1/b/c"),
        ("mailto:x@y.cn", nil),
        ("HTTP://Q.CN", "http://q.cn/"),
    ] as [(String, String?)])
    func aPreparedBaseResolvesEveryKindOfReference(reference: String, expected: String?) throws {
        let base = try #require(URLNormalizer.Base("http://sr.gov.cn:8080/col/col1/./index.html?uid=1#f"))
        #expect(URLNormalizer.resolve(reference, against: base)?.description == expected)
    }

    @Test func withoutAUsableBaseOnlyAbsoluteReferencesResolve() {
        #expect(URLNormalizer.Base("javascript:void(0)") == nil)
        #expect(URLNormalizer.resolve("/x", against: nil) == nil)
        #expect(URLNormalizer.resolve("http://a.cn/x", against: nil)?.description == "http://a.cn/x")
    }

    @Test func normalisingTwiceChangesNothing() {
        for reference in ["/a/../b%2f%7e?q=%41 b#f", "HTTP://A.CN:80/./x/", "/通知 公告.html", "http://政府.CN/x?"] {
            let once = URLNormalizer.normalize(reference, base: "http://sr.gov.cn/d/")
            #expect(once != nil)
            #expect(once.flatMap { URLNormalizer.normalize($0) } == once)
        }
    }

    @Test func scopeAdmitsWithAPreparedBase() throws {
        let scope = try #require(CrawlScope(homepage: "http://www.sr.gov.cn/col/a/index.html"))
        let base = URLNormalizer.Base("http://www.sr.gov.cn/col/a/index.html")
        #expect(scope.admit("b.html", base: base) == "http://www.sr.gov.cn/col/a/b.html")
        #expect(scope.admit("https://sr.gov.cn/col/a", base: base) == "https://sr.gov.cn/col/a")
        #expect(scope.admit("../b/x.html", base: base) == nil)
        #expect(scope.admit("http://www.sr.gov.cn:81/col/a/x", base: base) == nil)
    }
}
