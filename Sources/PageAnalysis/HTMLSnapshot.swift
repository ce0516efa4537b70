/// A page's elements and text as plain Swift values: what the extractors read instead of a tree.
///
/// ``HTMLSnapshot/parse(_:limits:)`` streams the page through libxml2's forgiving HTML parser
/// (SAX events, no tree) and records each element and text node in document order. Text lives
/// in one byte buffer; a node is a few integers, so building and freeing a snapshot costs a
/// handful of allocations however large the page.
struct HTMLSnapshot: Sendable {
    /// Nodes in document order; a node's subtree is `index + 1 ..< end`.
    var nodes: [Node] = []
    /// The attributes of the elements that carry any the extractors read; a node points into it.
    /// (Kept out of line so that a node stays small to copy.)
    var attributeTable: [Attributes] = []
    /// The UTF-8 of every text node, back to back; a text node is a range of it.
    var textBytes: [UInt8] = []
    /// What a limit cut while reading the page.
    var cuts: [String] = []

    struct Node: Sendable {
        /// The element's name; ``HTMLTag/other`` for text and for elements nobody tells apart.
        var tag: HTMLTag
        /// For text and CDATA nodes, where their bytes start in ``HTMLSnapshot/textBytes``.
        var textStart: Int32
        /// For text and CDATA nodes, how many bytes they have; -1 for elements.
        var textCount: Int32
        /// Index into ``HTMLSnapshot/attributeTable``, -1 when the element has none of interest.
        var attributeIndex: Int32
        var parent: Int32
        /// One past the last node of this node's subtree.
        var end: Int32

        var isText: Bool { textCount >= 0 }
        /// The node's text as a range of ``HTMLSnapshot/textBytes`` (empty for elements).
        var textRange: Range<Int> { isText ? Int(textStart)..<Int(textStart + textCount) : 0..<0 }
    }

    /// The attributes the extractors read; other attributes are not copied.
    ///
    /// A class: the walker looks at an element's attributes several times, and passing one
    /// reference costs less than copying ten optional strings each time.
    final class Attributes: Sendable {
        let href: String?
        let src: String?
        let style: String?
        let `class`: String?
        let id: String?
        let name: String?
        let content: String?
        let type: String?
        let alt: String?
        let title: String?

        init(href: String? = nil, src: String? = nil, style: String? = nil, class: String? = nil, id: String? = nil,
             name: String? = nil, content: String? = nil, type: String? = nil, alt: String? = nil, title: String? = nil) {
            self.href = href
            self.src = src
            self.style = style
            self.class = `class`
            self.id = id
            self.name = name
            self.content = content
            self.type = type
            self.alt = alt
            self.title = title
        }

        /// What an element without any attribute read carries.
        static let none = Attributes()
    }

    /// The attributes `node` carries (all nil for text and for elements without any read).
    func attributes(of node: Node) -> Attributes {
        node.attributeIndex >= 0 ? attributeTable[Int(node.attributeIndex)] : .none
    }

    /// The text of a text node, nil for an element.
    func text(of node: Node) -> String? {
        node.isText ? String(decoding: textBytes[node.textRange], as: UTF8.self) : nil
    }

    /// The text of the text nodes in `node`'s subtree, joined without separator.
    func joinedText(under index: Int) -> String {
        var bytes: [UInt8] = []
        for child in nodes[(index + 1)..<Int(nodes[index].end)] where child.isText {
            bytes += textBytes[child.textRange]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Longest attribute value kept; longer values are cut (a URL or a style never needs more).
    static let maxAttributeLength = 8 * 1024
}
