/// A page's elements and text as plain Swift values: what the extractors read instead of a tree.
///
/// ``HTMLSnapshot/parse(_:limits:)`` streams the page through libxml2's forgiving HTML parser
/// (SAX events, no tree) and records each element and text node in document order. Text lives
/// in one byte buffer; a node is a few integers, so building and freeing a snapshot costs a
/// handful of allocations however large the page.
struct HTMLSnapshot: Sendable {
    /// Nodes in document order; a node's subtree is `index + 1 ..< end`.
    var nodes: [Node] = []
    /// Where the attribute values of the elements that carry any the extractors read sit in
    /// ``attributeBytes``; a node points into it.
    var attributeTable: [AttributeSpans] = []
    /// The bytes of every attribute value kept, back to back: values are copied once, as bytes,
    /// and become strings only when read.
    var attributeBytes: [UInt8] = []
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

    /// A range of ``HTMLSnapshot/attributeBytes``; `count` is -1 for an attribute the element lacks.
    struct ValueSpan: Sendable {
        var start: Int32 = 0
        var count: Int32 = -1

        var isPresent: Bool { count >= 0 }
    }

    /// Where one element's attribute values sit, by attribute (absent ones have count -1).
    struct AttributeSpans: Sendable {
        var href = ValueSpan(), src = ValueSpan(), style = ValueSpan(), `class` = ValueSpan(), id = ValueSpan()
        var name = ValueSpan(), content = ValueSpan(), type = ValueSpan(), alt = ValueSpan(), title = ValueSpan()

        /// The span of `attribute`'s value.
        subscript(attribute: AttributeName) -> ValueSpan {
            get {
                switch attribute {
                case .href: href
                case .src: src
                case .style: style
                case .class: `class`
                case .id: id
                case .name: name
                case .content: content
                case .type: type
                case .alt: alt
                case .title: title
                }
            }
            set {
                switch attribute {
                case .href: href = newValue
                case .src: src = newValue
                case .style: style = newValue
                case .class: `class` = newValue
                case .id: id = newValue
                case .name: name = newValue
                case .content: content = newValue
                case .type: type = newValue
                case .alt: alt = newValue
                case .title: title = newValue
                }
            }
        }
    }

    /// The attributes the extractors read of one element, as strings made when read (other
    /// attributes are not copied). Read each value once: every read decodes it again.
    struct Attributes {
        let spans: AttributeSpans
        /// The snapshot's ``HTMLSnapshot/attributeBytes`` (shared, not copied).
        let bytes: [UInt8]

        var href: String? { value(spans.href) }
        var src: String? { value(spans.src) }
        var style: String? { value(spans.style) }
        var `class`: String? { value(spans.class) }
        var id: String? { value(spans.id) }
        var name: String? { value(spans.name) }
        var content: String? { value(spans.content) }
        var type: String? { value(spans.type) }
        var alt: String? { value(spans.alt) }
        var title: String? { value(spans.title) }

        /// The string of `span`, a value of ``bytes``; nil when absent.
        func value(_ span: ValueSpan) -> String? {
            guard span.isPresent else { return nil }
            let start = Int(span.start)
            return bytes.withUnsafeBufferPointer {
                String(decoding: UnsafeBufferPointer(rebasing: $0[start..<(start + Int(span.count))]), as: UTF8.self)
            }
        }
    }

    /// The attributes `node` carries (all nil for text and for elements without any read).
    func attributes(of node: Node) -> Attributes {
        Attributes(spans: node.attributeIndex >= 0 ? attributeTable[Int(node.attributeIndex)] : AttributeSpans(),
                   bytes: attributeBytes)
    }

    /// The string of an attribute value kept in ``attributeBytes`` (a span of
    /// ``AttributeSpans``); nil when the element lacks the attribute.
    func attributeValue(_ span: ValueSpan) -> String? {
        Attributes(spans: AttributeSpans(), bytes: attributeBytes).value(span)
    }

    /// The text of a text node, nil for an element.
    func text(of node: Node) -> String? {
        node.isText ? String(decoding: textBytes[node.textRange], as: UTF8.self) : nil
    }

    /// The text of the text nodes in `node`'s subtree, joined without separator.
    func joinedText(under index: Int) -> String {
        String(decoding: joinedBytes(under: index), as: UTF8.self)
    }

    /// The UTF-8 of ``joinedText(under:)`` without making the string: the text nodes' bytes,
    /// repaired as `String` repairs them when they are not well-formed.
    func joinedUTF8(under index: Int) -> [UInt8] {
        WellFormedUTF8.repaired(joinedBytes(under: index))
    }

    private func joinedBytes(under index: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        for child in nodes[(index + 1)..<Int(nodes[index].end)] where child.isText {
            bytes += textBytes[child.textRange]
        }
        return bytes
    }

    /// Longest attribute value kept; longer values are cut (a URL or a style never needs more).
    static let maxAttributeLength = 8 * 1024
}
