import Testing
@testable import PageAnalysis

@Suite("Snapshot from SAX events")
struct SnapshotTests {
    private func snapshot(_ html: String, limits: AnalysisLimits = .default) -> HTMLSnapshot {
        var html = html
        return html.withUTF8 { HTMLSnapshot.parse($0, limits: limits) }
    }

    /// Each node as `tag` or `"text"`, indented by its depth in the snapshot.
    private func outline(_ snapshot: HTMLSnapshot) -> [String] {
        snapshot.nodes.map { node in
            var depth = 0
            var parent = node.parent
            while parent >= 0 {
                depth += 1
                parent = snapshot.nodes[Int(parent)].parent
            }
            let label = snapshot.text(of: node).map { "\"\($0)\"" } ?? (node.tag == .other ? "?" : "\(node.tag.spelling)")
            return String(repeating: " ", count: depth) + label
        }
    }

    @Test("implied elements, merged character runs, a comment splitting text, blank text dropped")
    func shape() {
        let page = snapshot("<title>T</title>\n<div>a&amp;b <!-- note -->c<p>one<p>two</div>")
        #expect(outline(page) == ["?", " ?", "  title", "   \"T\"", " ?", "  div", "   \"a&b \"", "   \"c\"", "   ?", "    \"one\"",
                                  "   ?", "    \"two\""])
        #expect(page.nodes[0].end == Int32(page.nodes.count))
        let div = page.nodes.firstIndex { $0.tag == .div }!
        #expect(page.nodes[div].end == Int32(page.nodes.count))
    }

    @Test("script bodies are their own text, attributes are copied and cut")
    func scriptsAndAttributes() {
        let long = String(repeating: "x", count: 10_000)
        let page = snapshot("<script type=\"text/xml\">var a = '<p>';</script><a href=\"/a.html\" title=\"\(long)\" data-x=\"1\">a</a><input checked class>")
        let script = page.nodes.firstIndex { $0.tag == .script }!
        #expect(page.attributes(of: page.nodes[script]).type == "text/xml")
        #expect(page.joinedText(under: script) == "var a = '<p>';")
        let anchor = page.nodes.first { $0.tag == .a }!
        #expect(page.attributes(of: anchor).href == "/a.html")
        #expect(page.attributes(of: anchor).title?.utf8.count == HTMLSnapshot.maxAttributeLength)
        let input = page.nodes.last { !$0.isText }!
        #expect(page.attributes(of: input).class == "")
    }

    @Test("each element's values are its own; absent, empty and unread attributes are told apart")
    func attributeValuesApart() {
        let page = snapshot("<div id=\"a\" class=\"b c\"><a href=\"/x.html\" title=\"标题\">x</a><img alt=\"\" src=\"/i.png\">"
            + "<span data-x=\"1\">s</span><p style=\"display:none\" lang=\"zh\">p</p></div>")
        let element = { (tag: HTMLTag) in page.nodes.first { $0.tag == tag }! }
        let div = page.attributes(of: element(.div))
        #expect(div.id == "a")
        #expect(div.class == "b c")
        #expect(div.href == nil)
        let anchor = page.attributes(of: element(.a))
        #expect(anchor.href == "/x.html")
        #expect(anchor.title == "标题")
        #expect(anchor.id == nil)
        let image = page.attributes(of: element(.img))
        #expect(image.alt == "")
        #expect(image.src == "/i.png")
        #expect(element(.span).attributeIndex == -1, "an element with no attribute read has no entry")
        let paragraph = page.nodes.first { !$0.isText && page.attributes(of: $0).style != nil }
        #expect(paragraph.flatMap { page.attributes(of: $0).style } == "display:none")
        #expect(page.attributes(of: page.nodes.first { $0.isText }!).href == nil, "text has no attributes")
    }

    @Test("libxml2's tree depth limit stops the page; our caps cut nodes and depth")
    func limits() {
        let deep = snapshot(String(repeating: "<div>", count: 1_000) + "deep")
        #expect(deep.nodes.count == 257)
        #expect(deep.cuts == ["the parser stopped at its nesting limit of 256; the rest of the page was not read"])
        let capped = snapshot(String(repeating: "<b>x</b>", count: 100), limits: AnalysisLimits(maxBytes: 1 << 20, maxNodes: 10, maxLinks: 10, maxDepth: 256))
        #expect(capped.nodes.count == 10)
        #expect(capped.cuts == ["nodes after the first 10 ignored"])
        let shallow = snapshot(String(repeating: "<div>", count: 10) + "x", limits: AnalysisLimits(maxBytes: 1 << 20, maxNodes: 100, maxLinks: 10, maxDepth: 4))
        #expect(shallow.nodes.count == 5)
        #expect(shallow.cuts == ["elements nested deeper than 4 skipped"])
    }

    @Test("nodes, attribute values and text outgrowing the builder's first reservation are all kept, in order")
    func growthPastReservation() {
        // Each element's text and href are longer than half its bytes, and there are more elements
        // than one per 16 bytes: every buffer the builder reserved from the page's size grows.
        let count = 3_000
        var html = "<div>"
        for index in 0..<count {
            let value = String(repeating: "v", count: 40) + "\(index)"
            let text = String(repeating: "t", count: 60) + "\(index)"
            html += "<b><a href=\"\(value)\"><i>\(text)</i></a></b>"
        }
        let page = snapshot(html + "</div>")
        let anchors = page.nodes.indices.filter { page.nodes[$0].tag == .a }
        #expect(anchors.count == count)
        #expect(page.nodes.count == 3 + count * 4)
        for (index, anchor) in anchors.enumerated() {
            #expect(page.attributes(of: page.nodes[anchor]).href == String(repeating: "v", count: 40) + "\(index)")
            #expect(page.text(of: page.nodes[anchor + 2]) == String(repeating: "t", count: 60) + "\(index)")
            #expect(page.nodes[anchor].end == Int32(anchor + 3))
            #expect(page.nodes[anchor + 2].parent == Int32(anchor + 1))
        }
        #expect(page.nodes.first { $0.tag == .div }?.end == Int32(page.nodes.count))
    }

    @Test("an element name is its tag only when spelled exactly: no prefix, extension or upper case")
    func tagNames() {
        let tag = { (name: String) in Array(name.utf8 + [0]).withUnsafeBufferPointer { HTMLTag($0.baseAddress!) } }
        for known in HTMLTag.allCases where known != .other {
            let spelling = "\(known.spelling)"
            #expect(tag(spelling) == known)
            #expect(tag(spelling + "x") == .other, "\(spelling)x")
            #expect(tag(String(spelling.dropLast())) != known, "\(spelling) cut short")
            #expect(tag(spelling.uppercased()) == .other)
        }
        #expect(tag("") == .other)
        #expect(tag("p") == .other && tag("blockquote") == .other && tag("noscripts") == .other && tag("templat") == .other)
    }

    @Test("an attribute name is read only when spelled exactly: no prefix, extension or upper case")
    func attributeNames() {
        let name = { (text: String) in Array(text.utf8 + [0]).withUnsafeBufferPointer { AttributeName($0.baseAddress!) } }
        for known in AttributeName.allCases {
            let spelling = "\(known.spelling)"
            #expect(name(spelling) == known)
            #expect(name(spelling + "x") == nil, "\(spelling)x")
            #expect(name(String(spelling.dropLast())) != known, "\(spelling) cut short")
            #expect(name(spelling.uppercased()) == nil)
        }
        #expect(name("") == nil && name("contents") == nil && name("data-src") == nil && name("hrefx") == nil)
    }
}
