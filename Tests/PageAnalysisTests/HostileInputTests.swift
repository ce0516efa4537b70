import GovSweepProtocol
import Testing
@testable import PageAnalysis

@Suite("Hostile input")
struct HostileInputTests {
    @Test("100,000 nested elements: no stack overflow, the nesting limit is reported")
    func deepNesting() {
        let html = String(repeating: "<div>", count: 100_000) + "<a href=\"/deep.html\">deep</a>"
            + String(repeating: "</div>", count: 100_000)
        let page = Fixtures.analyze(html: html)
        #expect(page.truncated?.contains("nesting") == true)
        #expect(page.links.isEmpty)
    }

    @Test("our own depth cap applies below the parser's")
    func ownDepthCap() {
        let html = String(repeating: "<div>", count: 100) + "<a href=\"/deep.html\">deep</a>" + String(repeating: "</div>", count: 100)
            + "<a href=\"/after.html\">after</a>"
        let limits = AnalysisLimits(maxBytes: 1 << 20, maxNodes: 100_000, maxLinks: 100, maxDepth: 50)
        let page = Fixtures.analyze(html: html, limits: limits)
        #expect(page.truncated == "elements nested deeper than 50 skipped")
        #expect(page.links.map(\.url) == ["https://www.example.gov.cn/after.html"])
    }

    @Test("100,000 nested inline elements with text")
    func deepInline() {
        let html = "<p>" + String(repeating: "<b>字", count: 100_000) + "</p>"
        let page = Fixtures.analyze(html: html)
        #expect(page.links.isEmpty)
    }

    @Test("a page over the byte limit is cut and says so")
    func hugePage() {
        let item = "<li><a href=\"/a.html\">一条很长的新闻标题文字</a><span>2023-12-01</span></li>\n"
        let html = "<ul>" + String(repeating: item, count: 20_000) + "</ul>"
        let limits = AnalysisLimits(maxBytes: 100_000, maxNodes: 1_000_000, maxLinks: 100_000, maxDepth: 256)
        let page = Fixtures.analyze(html: html, limits: limits)
        #expect(page.truncated?.contains("100000") == true)
        #expect(page.items.count < 2_000)
        #expect(page.items.count > 1_000)
    }

    @Test("a 50 MB page is read only up to the default byte limit")
    func fiftyMegabytes() {
        let chunk = "<p>" + String(repeating: "政府网站", count: 80) + "</p>\n"
        let html = String(repeating: chunk, count: 50_000_000 / chunk.utf8.count + 1)
        let page = Fixtures.analyze(html: html)
        #expect(html.utf8.count > 50_000_000)
        #expect(page.truncated?.hasPrefix("only the first \(AnalysisLimits.default.maxBytes) of") == true)
    }

    @Test("random bytes, decoded as a crawler would, analyse without trouble")
    func randomBytes() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var bytes: [UInt8] = []
        for _ in 0..<200_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let byte = UInt8(truncatingIfNeeded: state >> 56)
            bytes.append(byte % 7 == 0 ? UInt8(ascii: "<") : byte)
        }
        let text = CharsetSniffing.decode(bytes).text
        let page = Fixtures.analyze(html: text)
        #expect(page.items.count <= page.links.count + 1)
        #expect(page.hits.allSatisfy { $0.kind != .residentID })
    }

    @Test("node and link caps")
    func caps() {
        let html = String(repeating: "<a href=\"/x.html\">x</a>", count: 5_000)
        let limits = AnalysisLimits(maxBytes: 1 << 20, maxNodes: 1_000_000, maxLinks: 100, maxDepth: 256)
        let page = Fixtures.analyze(html: html, limits: limits)
        #expect(page.links.count == 100)
        #expect(page.truncated?.contains("links") == true)
        let nodeCapped = Fixtures.analyze(html: html, limits: AnalysisLimits(maxBytes: 1 << 20, maxNodes: 500, maxLinks: 100_000, maxDepth: 256))
        #expect(nodeCapped.links.count < 500)
        #expect(nodeCapped.truncated?.contains("nodes") == true)
    }

    @Test("empty, binary and broken documents", arguments: [
        "", " ", "\u{0}\u{0}\u{0}", "<", "<html", "<a href=", "<!--", "<script>", "]]>", "\u{FFFD}\u{FFFD}<p>\u{1}</p>",
        "<table><tr><td><li><dd></table>", "<a href=\"javascript:alert(1)\">x</a>", "<base href=\"::::\"><a href=\"a\">a</a>",
    ])
    func brokenDocuments(html: String) {
        let page = Fixtures.analyze(html: html, url: "https://a.gov.cn/x/y.html")
        #expect(page.truncated == nil)
        #expect(page.hits.isEmpty)
    }

    @Test("an enormous attribute is cut, not copied whole")
    func hugeAttribute() {
        let href = "/" + String(repeating: "a", count: 2_000_000)
        let page = Fixtures.analyze(html: "<a href=\"\(href)\">long</a>")
        #expect(page.links.count == 1)
        #expect((page.links.first?.url.utf8.count ?? 0) < 10_000)
    }

    @Test("a bad page URL still yields an observation without links")
    func badBase() {
        let page = PageAnalyzer().analyze(PageInput(url: "not a url", html: "<a href=\"/a\">a</a>", asOf: Fixtures.asOf))
        #expect(page.links.isEmpty)
    }
}
