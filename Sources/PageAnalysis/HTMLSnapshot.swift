import CLibXML

/// A page's tree as plain Swift values: the only place libxml2 pointers live.
///
/// ``HTMLSnapshot/parse(_:limits:)`` parses with libxml2's forgiving HTML parser, walks the tree
/// once without recursion, copies what the extractors need and frees the document before returning.
struct HTMLSnapshot: Sendable {
    /// Nodes in document order; a node's subtree is `index + 1 ..< end`.
    var nodes: [Node] = []
    /// The attributes of the elements that carry any the extractors read; a node points into it.
    /// (Kept out of line so that a node stays small to copy and free.)
    var attributeTable: [Attributes] = []
    /// What a limit cut while reading the tree.
    var cuts: [String] = []

    struct Node: Sendable {
        /// Lower-cased tag name; empty for text.
        var tag: String
        /// Text content for text and CDATA nodes; nil for elements.
        var text: String?
        /// Index into ``HTMLSnapshot/attributeTable``, -1 when the element has none of interest.
        var attributeIndex: Int32
        var parent: Int32
        /// One past the last node of this node's subtree.
        var end: Int32

        var isText: Bool { text != nil }
    }

    /// The attributes the extractors read; other attributes are not copied.
    struct Attributes: Sendable {
        var href: String?
        var src: String?
        var style: String?
        var `class`: String?
        var id: String?
        var name: String?
        var content: String?
        var type: String?
        var alt: String?
        var title: String?
    }

    /// The attributes `node` carries (all nil for text and for elements without any read).
    func attributes(of node: Node) -> Attributes {
        node.attributeIndex >= 0 ? attributeTable[Int(node.attributeIndex)] : Attributes()
    }

    /// Longest attribute value kept; longer values are cut (a URL or a style never needs more).
    static let maxAttributeLength = 8 * 1024

    /// Parses `bytes` as HTML (UTF-8) and copies its tree within `limits`.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, limits: AnalysisLimits) -> HTMLSnapshot {
        LibXMLRuntime.ensureInitialised()
        var snapshot = HTMLSnapshot()
        guard let base = bytes.baseAddress, bytes.count > 0 else { return snapshot }
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue)
        let length = Int32(clamping: bytes.count)
        guard let context = htmlNewParserCtxt() else { return snapshot }
        defer { htmlFreeParserCtxt(context) }
        let doc = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { pointer in
            htmlCtxtReadMemory(context, pointer, length, "", "UTF-8", options)
        }
        guard let doc else { return snapshot }
        defer { xmlFreeDoc(doc) }
        // libxml2 halts at nesting depth 256 ("Excessive depth in document") and drops the rest.
        if context.pointee.errNo == Int32(XML_ERR_INTERNAL_ERROR.rawValue) {
            snapshot.cuts.append("the parser stopped at its nesting limit of 256; the rest of the page was not read")
        }
        snapshot.read(from: doc, limits: limits, byteCount: bytes.count)
        return snapshot
    }

    /// Iterative pre-order walk: never recurses, whatever the nesting.
    private mutating func read(from doc: htmlDocPtr, limits: AnalysisLimits, byteCount: Int) {
        // Real pages hold about one kept node per 16 bytes: reserve once instead of regrowing
        // (capped, so that a huge page of plain text does not reserve for nodes it lacks).
        nodes.reserveCapacity(min(limits.maxNodes, 16_384, max(1024, byteCount / 16)))
        attributeTable.reserveCapacity(min(limits.maxNodes, 8_192, max(256, byteCount / 48)))
        var open: [Int32] = []  // snapshot indices of the open elements
        var current: xmlNodePtr? = doc.pointee.children
        var skippedDeep = false
        var hitNodeCap = false
        while let node = current {
            if nodes.count >= limits.maxNodes {
                hitNodeCap = true
                break
            }
            var descend = false
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let index = Int32(nodes.count)
                var attributeIndex: Int32 = -1
                if let attributes = Self.attributes(of: node) {
                    attributeIndex = Int32(attributeTable.count)
                    attributeTable.append(attributes)
                }
                nodes.append(Node(tag: Self.string(node.pointee.name), text: nil,
                                  attributeIndex: attributeIndex, parent: open.last ?? -1, end: index + 1))
                if node.pointee.children != nil {
                    if open.count < limits.maxDepth {
                        open.append(index)
                        descend = true
                    } else {
                        skippedDeep = true
                    }
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                // Indentation between tags carries nothing: no node, no string.
                if let content = node.pointee.content, !Self.isBlank(content) {
                    let index = Int32(nodes.count)
                    nodes.append(Node(tag: "", text: String(cString: content), attributeIndex: -1,
                                      parent: open.last ?? -1, end: index + 1))
                }
            case XML_DTD_NODE, XML_COMMENT_NODE, XML_PI_NODE:
                break
            default:
                break
            }
            if descend {
                current = node.pointee.children
                continue
            }
            // Climb until a next sibling exists, closing finished elements.
            var step: xmlNodePtr? = node
            while let here = step, here.pointee.next == nil {
                step = here.pointee.parent
                if step == nil || step == UnsafeMutableRawPointer(doc).assumingMemoryBound(to: xmlNode.self) {
                    step = nil
                    break
                }
                if let closed = open.popLast() { nodes[Int(closed)].end = Int32(nodes.count) }
            }
            current = step?.pointee.next
        }
        while let closed = open.popLast() { nodes[Int(closed)].end = Int32(nodes.count) }
        if hitNodeCap { cuts.append("nodes after the first \(limits.maxNodes) ignored") }
        if skippedDeep { cuts.append("elements nested deeper than \(limits.maxDepth) skipped") }
    }

    /// True for text made only of ASCII white space.
    private static func isBlank(_ text: UnsafePointer<xmlChar>) -> Bool {
        var p = text
        while p.pointee != 0 {
            switch p.pointee {
            case 0x20, 0x09, 0x0A, 0x0D: p += 1
            default: return false
            }
        }
        return true
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    /// The attributes of `node` the extractors read, nil when it has none of them.
    private static func attributes(of node: xmlNodePtr) -> Attributes? {
        var result = Attributes()
        var found = false
        var property = node.pointee.properties
        while let attribute = property {
            defer { property = attribute.pointee.next }
            guard let namePointer = attribute.pointee.name else { continue }
            // libxml2's HTML parser lower-cases attribute names; compared as bytes, no String made.
            let name = AttributeName(namePointer)
            if name != nil { found = true }
            switch name {
            case .href: if result.href == nil { result.href = value(of: attribute) }
            case .src: if result.src == nil { result.src = value(of: attribute) }
            case .style: if result.style == nil { result.style = value(of: attribute) }
            case .class: if result.class == nil { result.class = value(of: attribute) }
            case .id: if result.id == nil { result.id = value(of: attribute) }
            case .name: if result.name == nil { result.name = value(of: attribute) }
            case .content: if result.content == nil { result.content = value(of: attribute) }
            case .type: if result.type == nil { result.type = value(of: attribute) }
            case .alt: if result.alt == nil { result.alt = value(of: attribute) }
            case .title: if result.title == nil { result.title = value(of: attribute) }
            case nil: break
            }
        }
        return found ? result : nil
    }

    /// An attribute's value: its text children joined, cut at ``maxAttributeLength`` bytes.
    private static func value(of attribute: xmlAttrPtr) -> String {
        var result = ""
        var child = attribute.pointee.children
        while let node = child, result.utf8.count < maxAttributeLength {
            if let content = node.pointee.content {
                let length = Int(xmlStrlen(content))
                let kept = min(length, maxAttributeLength - result.utf8.count)
                result += String(decoding: UnsafeBufferPointer(start: content, count: kept), as: UTF8.self)
            }
            child = node.pointee.next
        }
        return result
    }
}
