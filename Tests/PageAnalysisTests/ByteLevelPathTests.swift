import GovSweepProtocol
import Testing
@testable import PageAnalysis

/// The byte-level shortcuts (root-relative resolution, host extraction, attribute names, memchr
/// search) must answer exactly as the general code does, including at their edges.
@Suite("Byte-level shortcuts")
struct ByteLevelPathTests {
    let base = URLResolver(base: "https://www.Example.gov.cn/col/a/index.html")!

    @Test("root-relative references, plain and not", arguments: [
        ("/col/b/t1.html?x=1", "https://www.example.gov.cn/col/b/t1.html?x=1"),
        ("/", "https://www.example.gov.cn/"),
        ("/a.html?", "https://www.example.gov.cn/a.html?"),
        ("/a.html#top", "https://www.example.gov.cn/a.html"),
        ("/a/./b/../c.html", "https://www.example.gov.cn/a/c.html"),
        ("/a b.html", "https://www.example.gov.cn/a%20b.html"),
        ("/a\"b<c>.html", "https://www.example.gov.cn/a%22b%3Cc%3E.html"),
        ("/中文.html", "https://www.example.gov.cn/%E4%B8%AD%E6%96%87.html"),
        ("/a\\b.html", "https://www.example.gov.cn/a/b.html"),
        ("//other.gov.cn/x", "https://other.gov.cn/x"),
    ])
    func rootRelative(reference: String, expected: String) {
        #expect(base.resolve(reference) == expected)
    }

    @Test("hosts come out lower-cased, without user or port", arguments: [
        ("http://User@WWW.Example.gov.cn:8080/x", "www.example.gov.cn"),
        ("http://a.gov.cn?x=1", "a.gov.cn"),
        ("http://a.gov.cn#top", "a.gov.cn"),
        ("https://[::1]:8080/", "[::1]:8080"),
        ("https://a.gov.cn", "a.gov.cn"),
    ])
    func hosts(url: String, expected: String) {
        #expect(URLResolver.host(of: url) == expected)
    }

    @Test("no host without a scheme", arguments: ["/relative/a.html", "mailto:x@y.cn", "", "averyveryverylongscheme://a.cn/"])
    func noHost(url: String) {
        #expect(URLResolver.host(of: url) == nil)
    }

    @Test("paths and queries split on the first `?` after the host", arguments: [
        ("https://a.gov.cn/x/y.html?p=1", "/x/y.html", "p=1"),
        ("https://a.gov.cn?x", "", "x"),
        ("https://a.gov.cn", "", nil),
        ("/rel/a.html", "/rel/a.html", nil),
        ("a.html?x=1&y=2?", "a.html", "x=1&y=2?"),
    ])
    func pathAndQuery(url: String, path: String, query: String?) {
        let parts = LinkClassifier.pathAndQuery(url)
        #expect(parts.path == path)
        #expect(parts.query.map(String.init) == query)
    }

    @Test("attribute names are recognised exactly", arguments: [
        ("href", true), ("hre", false), ("hrefs", false), ("title", true), ("titles", false), ("content", true),
        ("contents", false), ("id", true), ("i", false), ("data-href", false), ("alt", true), ("style", true),
    ])
    func attributeNames(name: String, known: Bool) {
        let recognised = Array(name.utf8CString).map { UInt8(bitPattern: $0) }.withUnsafeBufferPointer {
            AttributeName($0.baseAddress!) != nil
        }
        #expect(recognised == known)
    }

    @Test("sentence punctuation, in any canonical form, makes a name not a column")
    func punctuation() {
        #expect(ColumnClassifier.category(forName: "工作动态") == .news)
        #expect(ColumnClassifier.category(forName: "工作动态；") == nil)
        #expect(ColumnClassifier.category(forName: "工作\u{037E}动态") == nil)  // the Greek question mark is `;`
        #expect(ColumnClassifier.category(forName: "工作:动态") == nil)
        #expect(ColumnClassifier.category(forName: "第三届工作") == nil)  // 三 is a number
    }

    @Test("byte search finds every non-overlapping occurrence")
    func occurrences() {
        let text = Array("习近年习近年来aaaa习近年".utf8)
        #expect(ByteSearch.occurrences(of: Array("习近年".utf8), in: text) == [0, 9, 25])
        #expect(ByteSearch.occurrences(of: Array("aa".utf8), in: Array("aaaaa".utf8)) == [0, 2])
        #expect(ByteSearch.occurrences(of: Array("aa".utf8), in: Array("aaaaa".utf8), limit: 1) == [0])
        #expect(ByteSearch.occurrences(of: [], in: text).isEmpty)
        #expect(ByteSearch.occurrences(of: Array("abc".utf8), in: Array("ab".utf8)).isEmpty)
        #expect("政务公开".containsBytes("公开") && !"政务公开".containsBytes("公告") && "x".containsBytes(""))
    }
}
