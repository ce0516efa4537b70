import GovSweepProtocol
import Testing
@testable import PageAnalysis

/// The walker's `<img>` read on attribute bytes (tenth pass, issue 20) against the string-level
/// reading it replaced, kept here as the reference: label, badge, 找错 entry and image link for
/// every mix of `alt`, `title` and `src`, inside a link and not.
@Suite("Images read on bytes")
struct ImageBytesTests {
    private static let pageURL = "https://www.a.gov.cn/col/col1/index.html"
    private static let alts: [String?] = [nil, "", "首页", " 我为政府网站找错 ", "手机版\n二维码"]
    private static let titles: [String?] = [nil, "", "网站 找错", "我为政府网站找错", "标题"]
    private static let sources: [String?] = [
        nil, "", "/a.png", "static/picture/wza.png", "http://bszs.conac.cn/x.png", "static/JiuCuo.png", "//www.a.gov.cn/jiucuo/x.png?y",
        "javascript:x", "/b.png?jiucuo", "../../img/jiucuo.gif", "http://www.b.gov.cn/c.png", " /sp.png ", "/中文.png",
    ]

    /// What the string-level reading gave: the image link, and the two flags.
    private static func reference(alt: String?, title: String?, src: String?, inAnchor: Bool)
        -> (link: ExtractedLink?, errorReport: Bool, conac: Bool) {
        let label = alt.flatMap { $0.isEmpty ? nil : $0 } ?? title ?? ""
        var errorReport = inAnchor && (label.contains("我为政府网站找错") || (title ?? "").contains("我为政府网站找错"))
        var conac = false
        var link: ExtractedLink?
        if let src {
            conac = src.contains("conac.cn")
            if PageWalker.isErrorReportIcon(src) { errorReport = true }
            if let url = URLResolver(base: pageURL)!.resolve(src) {
                link = ExtractedLink(url: url, text: TextTools.collapsed(label), placement: .body, hidden: false, kind: .image)
            }
        }
        return (link, errorReport, conac)
    }

    private static func attribute(_ name: String, _ value: String?) -> String {
        value.map { " \(name)=\"\($0)\"" } ?? ""
    }

    @Test("label, badge, 找错 entry and link are the string-level reading's", arguments: [false, true])
    func imagesOnBytes(inAnchor: Bool) {
        for alt in Self.alts {
            for title in Self.titles {
                for src in Self.sources {
                    let image = "<img" + Self.attribute("src", src) + Self.attribute("alt", alt) + Self.attribute("title", title) + ">"
                    let html = "<div>" + (inAnchor ? "<a href=\"/p.html\">\(image)</a>" : image) + "</div>"
                    var walker = LinkFinishTests.walker(html, url: Self.pageURL)
                    walker.walk()
                    let expected = Self.reference(alt: alt, title: title, src: src, inAnchor: inAnchor)
                    let images = walker.links.filter { $0.kind == .image }
                    #expect(images.map(\.url) == (expected.link.map { [$0.url] } ?? []), "\(html)")
                    #expect(images.map(\.text) == (expected.link.map { [$0.text] } ?? []), "\(html)")
                    #expect(walker.errorReportEntry == expected.errorReport, "\(html)")
                    #expect(walker.conacBadge == expected.conac, "\(html)")
                }
            }
        }
    }
}
