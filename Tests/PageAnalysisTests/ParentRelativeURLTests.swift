import Testing
@testable import PageAnalysis

/// The tenth pass's shortcuts for `../` references and scheme-relative URLs (issue 20) against
/// general resolving, the code they stand in for: the same URL for every base and reference
/// they accept, and nil for the ones they must leave to it.
@Suite("Parent-relative and scheme-relative URLs on bytes")
struct ParentRelativeURLTests {
    static let bases = [
        "https://www.example.gov.cn/col/col1/art_1.html", "http://a.gov.cn", "http://a.gov.cn/", "http://a.gov.cn/x",
        "http://whlyj.beijing.gov.cn/zwgk/tzgg/202312/t20231229_3516123.html", "https://a.gov.cn/a//b/", "https://a.gov.cn//",
        "https://User@WWW.Example.gov.cn:8080/col/a/index.html?q=1", "https://[::1]:8443/x/y/", "http://a.gov.cn/my docs/a/b.html",
        "http://a.gov.cn/栏目/a/index.html", "http://a.gov.cn/a/é/", "http://a.gov.cn/a/\u{301}b/c/", "https://a.gov.cn/col/./a/x.html",
        "http://a.gov.cn:80/a/b/c/d/e.html", "https://a.gov.cn:443/a/", "http://a.gov.cn/a/b?x=../y",
    ]
    static let references = [
        "../", "../../", "../../../", "../../../../../../../", "../a.html", "../../zmhd/zxts/", "../../../x/y.html?id=1&b=/c",
        "../?x", "../#top", "../a#b", "../a b.html", "../中文.html", "../.x", "../a/./b", "../a/../b", "../x:y", "..//x",
        "../..", "../../..", "..", "../../a\\b", "../\"x\"", "..x/", "../a.html?q=../..", "../ ", " ../a.html", "./../a.html",
        "//www.a.gov.cn/x.html", "//www.a.gov.cn", "//www.a.gov.cn/", "//WWW.a.gov.cn/x", "//a.gov.cn:80/x", "//a.gov.cn:443/x",
        "//a.gov.cn:8080/x", "//u@a.gov.cn/x", "//a.gov.cn./x", "//a.gov.cn/./x", "//a.gov.cn/a/../b", "//a.gov.cn/x#y",
        "//a.gov.cn/x?y=1", "//a.gov.cn?x", "///x", "//", "//[::1]:80/x", "//a.gov.cn/中", "//a.gov.cn/a b", "//www.gd.gov.cn/zzllms",
        "https://beian.miit.gov.cn", "http://A.gov.cn", "http://a.gov.cn:80", "https://a.gov.cn:443", "http://a.gov.cn:8080",
        "https://a.gov.cn?x", "http://a.gov.cn.", "http://u@a.gov.cn", "http://a.gov.cn#x", "http://", "ftp://a.gov.cn", "http://[::1]",
        "//a.gov.cn.", "//a.gov.cn:443", "HTTP://a.gov.cn", "http:///", "http://a b.gov.cn", "a//b", "x://a.gov.cn", "http:a.gov.cn",
    ]

    @Test("a `../` reference resolved on bytes is the URL general resolving gives", arguments: bases)
    func parentRelative(baseURL: String) {
        let base = URLResolver(base: baseURL)!
        for reference in Self.references {
            var bytes = reference
            let general = base.resolveGenerally(reference)
            if let fromBytes = bytes.withUTF8({ base.resolvePlainRelative(utf8: $0) }) {
                #expect(fromBytes == general?.url, "\(baseURL) \(reference)")
                #expect(general?.keepsHost == true, "\(baseURL) \(reference)")
            }
            #expect(base.resolve(reference) == general?.url, "\(baseURL) \(reference)")
        }
    }

    @Test("a scheme-relative reference resolved on bytes is the URL general resolving gives, its host in place", arguments: bases)
    func schemeRelative(baseURL: String) {
        let base = URLResolver(base: baseURL)!
        for reference in Self.references {
            var bytes = reference
            guard let (url, host) = bytes.withUTF8({ base.resolveSchemeRelative(utf8: $0) }) else { continue }
            #expect(url == base.resolveGenerally(reference)?.url, "\(baseURL) \(reference)")
            #expect(String(decoding: Array(reference.utf8)[host], as: UTF8.self) == URLResolver.host(of: url), "\(baseURL) \(reference)")
            #expect(base.resolveNotingHost(reference)?.keepsHost == false)
        }
    }

    @Test("a URL without a path resolved on bytes is the URL general resolving gives, its host in place", arguments: bases)
    func withoutPath(baseURL: String) {
        let base = URLResolver(base: baseURL)!
        for reference in Self.references {
            var bytes = reference
            guard let (url, host) = bytes.withUTF8({ base.resolveWithoutPath(utf8: $0) }) else { continue }
            #expect(url == base.resolveGenerally(reference)?.url, "\(baseURL) \(reference)")
            #expect(String(decoding: Array(reference.utf8)[host], as: UTF8.self) == URLResolver.host(of: url), "\(baseURL) \(reference)")
        }
        var beian = "https://beian.miit.gov.cn"
        #expect(beian.withUTF8 { base.resolveWithoutPath(utf8: $0)?.url } == "https://beian.miit.gov.cn/")
    }

    @Test("the shortcuts take the references pages hold most", arguments: [
        ("http://whlyj.beijing.gov.cn/zwgk/tzgg/202312/t1.html", "../../../../zmhd/zxts/", "http://whlyj.beijing.gov.cn/zmhd/zxts/"),
        ("http://whlyj.beijing.gov.cn/zwgk/tzgg/202312/t1.html", "../", "http://whlyj.beijing.gov.cn/zwgk/tzgg/"),
        ("http://a.gov.cn/x/", "../../../a.html?b=1", "http://a.gov.cn/a.html?b=1"),
        ("https://www.gd.gov.cn/gdywdt/a.html", "//www.gd.gov.cn/zwgk/index.html", "https://www.gd.gov.cn/zwgk/index.html"),
        ("http://www.ccgp.gov.cn/cggg/a.htm", "//www.ccgp.gov.cn/zcfg/", "http://www.ccgp.gov.cn/zcfg/"),
    ])
    func common(baseURL: String, reference: String, expected: String) {
        let base = URLResolver(base: baseURL)!
        var bytes = reference
        let fromBytes = bytes.withUTF8 { base.resolvePlainRelative(utf8: $0) ?? base.resolveSchemeRelative(utf8: $0)?.url }
        #expect(fromBytes == expected)
        #expect(base.resolveGenerally(reference)?.url == expected)
    }

    @Test("one join of byte buffers: an empty tail gives the head, an empty head the tail, both empty nothing")
    func joinedBuffers() {
        let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        #expect(URLResolver.joined("https://a.gov.cn/x/", empty) == "https://a.gov.cn/x/")
        #expect(URLResolver.joined("", empty) == "")
        #expect(URLResolver.joined(bytes: empty, empty) == "")
        Array("a/b.html".utf8).withUnsafeBufferPointer { tail in
            #expect(URLResolver.joined("https://a.gov.cn/", tail) == "https://a.gov.cn/a/b.html")
            #expect(URLResolver.joined("", tail) == "a/b.html")
            #expect(URLResolver.joined(bytes: empty, tail) == "a/b.html")
            Array("中文/".utf8).withUnsafeBufferPointer { head in
                #expect(URLResolver.joined(bytes: head, tail) == "中文/a/b.html")
                #expect(URLResolver.joined(bytes: head, empty) == "中文/")
            }
        }
    }

    @Test("whether the base path is ASCII is read once, when the resolver is made", arguments: bases)
    func pathASCII(baseURL: String) {
        let base = URLResolver(base: baseURL)!
        #expect(base.pathIsASCII == base.path.unicodeScalars.allSatisfy(\.isASCII))
    }
}
