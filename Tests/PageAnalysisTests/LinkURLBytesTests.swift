import GovSweepProtocol
import Testing
@testable import PageAnalysis

/// The URL shortcuts of the ninth pass (issue 20) against the string-level code they stand in
/// for: plain bytes, absolute URLs and their hosts, other schemes, href resolution, extensions,
/// link kinds, the 找错 URL, queries naming attachments.
@Suite("Link URLs on bytes")
struct LinkURLBytesTests {
    private static func walker(_ html: String, url: String) -> PageWalker { LinkFinishTests.walker(html, url: url) }

    @Test("the plain-byte masks accept exactly the bytes the comparisons did")
    func plainBytes() {
        for value in 0...255 {
            let byte = UInt8(value)
            let compared = byte > 0x20 && byte < 0x7F && byte != 0x5C && byte != 0x22 && byte != 0x3C && byte != 0x3E && byte != 0x23
            #expect(URLResolver.isPlainByte(byte) == compared, "\(byte)")
        }
    }

    @Test("an absolute URL left as it is keeps its bytes, and its host read in place is host(of:)", arguments: [
        "http://www.a.gov.cn/x.html", "https://www.a.gov.cn/col/a.html?id=1&b=2", "http://125.42.176.131/xxgk/list.jsp?id=1",
        "http://1.192.156.90:1032/sites/index.html", "http://[::1]:8080/x", "http://[::1]/x", "https://a.gov.cn:443/x",
        "http://a.gov.cn:80/x", "http://a.gov.cn:8080/x", "http://a.gov.cn./x", "http://a.gov.cn.:81/x", "http://A.gov.cn/x",
        "http://u@a.gov.cn/x", "http://a.gov.cn?x", "http://a.gov.cn", "http://a.gov.cn/", "http://a.gov.cn/./x",
        "http://a.gov.cn/a/../b", "http://a.gov.cn/.x", "http://a.gov.cn/x#y", "http://a.gov.cn/a b", "httpx://a.gov.cn/x",
        "https:/a.gov.cn/x", "http://", "https://", "http:///x", "ftp://a.gov.cn/x", "HTTP://a.gov.cn/x", "http://a.gov.cn/中",
        "http://a.gov.cn:/x", "http://:80/x", "https://a.gov.cn:4430/x", "http://a.gov.cn:080/x",
    ])
    func absoluteHosts(url: String) {
        var bytes = url
        let range = bytes.withUTF8 { URLResolver.normalisedAbsoluteHost($0) }
        let base = URLResolver(base: "https://www.b.gov.cn/col/index.html")!
        #expect((range != nil) == (bytes.withUTF8 { URLResolver.isNormalisedAbsolute($0) }))
        if let range {
            #expect(base.resolve(url) == url)
            let host = String(decoding: Array(url.utf8)[range], as: UTF8.self)
            #expect(host == URLResolver.host(of: url))
        }
    }

    @Test("a reference starting with another scheme resolves to nothing", arguments: [
        ("javascript:void(0)", true), ("JavaScript:;", true), ("mailto:a@b.gov.cn", true), ("tel:12345", true),
        ("ftp://a.gov.cn/x", true), ("about:blank", true), ("http:x", false), ("HTTPS://a.gov.cn/x", false),
        ("Http://a.gov.cn/x", false), ("httpx:y", true), ("htt:y", true), ("java script:x", false), ("a1:b", false),
        (":x", false), ("javascript", false), ("/javascript:x", false), (" javascript:x", false), ("java\tscript:x", false),
    ])
    func otherSchemes(reference: String, other: Bool) {
        var bytes = reference
        #expect(bytes.withUTF8 { URLResolver.startsWithOtherScheme($0) } == other)
        if other { #expect(URLResolver(base: "https://www.a.gov.cn/col/index.html")!.resolve(reference) == nil) }
    }

    @Test("a link's href and an image's src resolve on bytes as the string resolver does")
    func hrefsOnBytes() {
        let references = [
            "/col/a.html", "a.html", "./b/c.html", "../up.html", "?page=2", "#top", "", " /sp.html ", "javascript:void(0)",
            "JAVASCRIPT:x()", "mailto:x@a.gov.cn", "http://www.a.gov.cn/x.html", "https://www.a.gov.cn/x.html",
            "http://WWW.a.gov.cn/x", "http://www.b.gov.cn/y?z=1", "//www.c.gov.cn/z", "http://www.a.gov.cn:8080/p",
            "https://www.a.gov.cn:443/q", "/中文.html", "a b.html", "http://1.2.3.4/x", "\\col\\a.html", "http:x.html",
        ]
        for url in ["https://www.a.gov.cn/col/index.html", "http://www.a.gov.cn/", "https://www.a.gov.cn/a/./b/index.html"] {
            let html = references.map { "<a href=\"\($0)\">x</a><img src=\"\($0)\">" }.joined()
            let walker = Self.walker(html, url: url)
            let resolver = URLResolver(base: url)!
            for node in walker.nodes where node.tag == .a || node.tag == .img {
                let attributes = walker.attributes(of: node)
                if node.tag == .img {
                    let src = attributes.src!
                    #expect(walker.resolve(at: attributes.spans.src, in: attributes) == resolver.resolve(src), "\(src)")
                    continue
                }
                let href = attributes.href!
                let expected = resolver.resolveNotingHost(href)
                let found = walker.resolveHref(attributes)
                #expect(found?.url == expected?.url, "\(href)")
                guard let found, let expected else { continue }
                let host = URLResolver.host(of: expected.url) ?? ""
                if let known = found.host { #expect(known == host, "\(href)") }
                if expected.keepsHost { #expect(found.keepsHost, "\(href)") }
                // Kept or not, what is known of the base URL's host holds for the link's only when they are one.
                if found.keepsHost { #expect(host == walker.resolverHost, "\(href)") }
            }
        }
    }

    @Test("an extension read from the path's end is the one read from the segment's start")
    func pathExtensions() {
        let alphabet = Array("a.x/X?.h".utf8)
        var random = SplitMix64(seed: 2026_12_05)
        for _ in 0..<4000 {
            let path = (0..<Int(random.next() % 12)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
            path.withUnsafeBufferPointer { bytes in
                for start in 0...bytes.count {
                    for end in start...bytes.count {
                        let fast = LinkClassifier.pathExtension(in: bytes, from: start, to: end)
                        let slow = ExtensionKey(ofPathIn: bytes, from: start, to: end)
                        #expect(fast == slow, "\(path) \(start) \(end)")
                    }
                }
            }
        }
    }

    @Test("a link's kind", arguments: [
        ("https://a.gov.cn/x.html", "附件", LinkKind.page), ("https://a.gov.cn/x.html?f=a.pdf", "", .attachment),
        ("https://a.gov.cn/x.pdf", "", .attachment), ("https://a.gov.cn/x.PDF?y=1", "", .attachment),
        ("https://a.gov.cn/x.jpg", "下载", .image), ("https://a.gov.cn/down.jsp?name=a.docx&x=1", "", .attachment),
        ("https://a.gov.cn/down.jsp?name=a.docxx", "下载", .attachment), ("https://a.gov.cn/dir/", "附件下载", .page),
        ("https://a.gov.cn/get?id=3", "点击下载", .attachment), ("https://a.gov.cn/get?id=3", "下载中心 ", .attachment),
        ("https://a.gov.cn/get?id=3", "说明", .page), ("https://a.gov.cn/.pdf", "", .page), ("https://a.gov.cn/a/.pdf", "", .page),
        ("https://a.gov.cn/a.tar.gz", "", .page), ("https://a.gov.cn/a.longext", "附件", .attachment),
        ("https://a.gov.cn/a.shtml?f=b.zip", "", .attachment), ("https://a.gov.cn", "附件", .attachment),
        ("https://a.gov.cn?x=a.pdf", "", .attachment), ("https://a.gov.cn/x.pdf/", "", .page),
        ("https://a.gov.cn/x.pdf/", "附件", .page), ("https://a.gov.cn/p.php?a=1?b=c.doc", "", .attachment),
    ])
    func kinds(url: String, text: String, kind: LinkKind) {
        #expect(LinkClassifier.kind(ofAnchor: url, text: text) == kind)
    }

    @Test("the 找错 URL test by its j", arguments: [
        "https://a.gov.cn/exposure/jiucuo.html?site_code=1", "https://a.gov.cn/x?site_code=1&jiucuo=1", "https://a.gov.cn/jiucuo",
        "https://a.gov.cn/JIUCUO/exposure/jiucuo.html", "https://a.gov.cn/jjiucu", "jiucuo", "jiucu", "", "j", "xjiucuox",
    ])
    func errorReportURLs(url: String) {
        var bytes = url
        #expect(bytes.withUTF8 { PageWalker.containsJiucuo($0) } == url.containsBytes("jiucuo"))
        #expect(PageWalker.isErrorReportURL(url)
            == (url.containsBytes("jiucuo") && (url.containsBytes("/exposure/jiucuo.html") || url.containsBytes("site_code="))))
    }

    /// The byte-by-byte reading ``URLResolver/isPlainPath(_:)`` replaced.
    private static func isPlainPathByteByByte(_ bytes: [UInt8]) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            guard byte > 0x20, byte < 0x7F, byte != 0x5C, byte != 0x22, byte != 0x3C, byte != 0x3E, byte != 0x23 else { return false }
            if previous == UInt8(ascii: "/"), byte == UInt8(ascii: ".") { return false }
            previous = byte
        }
        return true
    }

    @Test("a path read eight bytes at a time is plain exactly when read byte by byte")
    func plainPathsByWords() {
        let common = Array("/col/a_1.html?x=1&y=2".utf8)
        let rare: [UInt8] = [0x00, 0x09, 0x20, 0x21, 0x22, 0x23, 0x2E, 0x2F, 0x3C, 0x3E, 0x5C, 0x7E, 0x7F, 0x80, 0xC2, 0xE4, 0xFF, 0x60, 0x40]
        var random = SplitMix64(seed: 8_0808)
        for _ in 0..<20_000 {
            let length = Int(random.next() % 40)
            let bytes = (0..<length).map { _ in
                random.next() % 6 == 0 ? rare[Int(random.next() % UInt64(rare.count))] : common[Int(random.next() % UInt64(common.count))]
            }
            let plain = bytes.withUnsafeBufferPointer { URLResolver.isPlainPath($0) }
            #expect(plain == Self.isPlainPathByteByByte(bytes), "\(bytes)")
        }
        for value in 0...255 {
            for position in 0..<16 {
                var bytes = Array("/abcdefghijklmno".utf8)
                bytes[position] = UInt8(value)
                #expect(bytes.withUnsafeBufferPointer { URLResolver.isPlainPath($0) } == Self.isPlainPathByteByByte(bytes), "\(bytes)")
            }
        }
    }

    @Test("a query names an attachment read in place as when split at &", arguments: [
        "a=1&b=c.pdf", "a=c.pdf", "&&a=b.doc&", "a=b.docx=c", "a==b.pdf", "a.pdf", "a=b.pdf&", "=x.zip", "x=a/b.zip",
        "x=a.zip/", "x=.zip", "x=a.html&y=b.rar", "x=a&y=b", "", "&", "x=a.pdf#f", "f=A.PDF", "f=a.toolong",
    ])
    func queryAttachments(query: String) {
        let url = Array(("https://a.gov.cn/get.jsp?" + query).utf8)
        let question = url.firstIndex(of: UInt8(ascii: "?"))!
        let found = url.withUnsafeBufferPointer { LinkClassifier.queryNamesAttachment($0, from: question + 1) }
        let parameters = query.split(separator: "&")
        let expected = query.contains(".") && parameters.contains { parameter in
            guard let equals = parameter.firstIndex(of: "=") else { return false }
            var value = Array(parameter[parameter.index(after: equals)...].utf8)
            value.insert(UInt8(ascii: "x"), at: 0)
            return value.withUnsafeBufferPointer { ExtensionKey(ofPathIn: $0, from: 1, to: $0.count) }
                .map { ExtensionKey.attachments.contains($0) } ?? false
        }
        #expect(found == expected)
    }
}
