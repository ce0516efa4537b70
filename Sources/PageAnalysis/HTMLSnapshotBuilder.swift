import CLibXML

/// Records libxml2's SAX events as an ``HTMLSnapshot``, the way libxml2's own tree builder would
/// have placed them, within ``AnalysisLimits``.
///
/// What the tree builder did and this keeps: adjacent character runs form one text node (a
/// comment or processing instruction between them splits it, as a node would); CDATA runs
/// (script and style bodies) form their own nodes; text outside every element is dropped; blank
/// text makes no node; an element opened with 257 elements already open stops the parser
/// (libxml2's tree depth limit, reported as a cut).
///
/// A value type in memory of its own for the parse: the SAX callbacks reach it through a pointer
/// (``from(_:)``), so that a callback costs neither reference counting nor an exclusivity check.
struct HTMLSnapshotBuilder {
    private(set) var snapshot = HTMLSnapshot()
    private let limits: AnalysisLimits
    /// The parser to stop when a limit is reached; only used during ``HTMLSnapshot/parse(_:limits:)``.
    var context: htmlParserCtxtPtr?

    /// Snapshot indices of the open elements that were recorded.
    private var open: [Int32] = []
    /// Elements open according to the parser, recorded or not.
    private var depth = 0
    /// The depth of the element whose subtree is being skipped (nested deeper than allowed), or -1.
    private var skippedAt = -1
    /// Where the text run being gathered starts in the text buffer, and whether it is CDATA.
    private var pendingStart = -1
    private var pendingIsCDATA = false
    private var stopped = false
    private var skippedDeep = false
    private var hitNodeCap = false
    private var hitParserDepth = false

    /// The tree builder's depth limit (libxml2's `xmlParserMaxDepth`).
    static let parserMaxDepth = 256

    init(limits: AnalysisLimits, byteCount: Int) {
        self.limits = limits
        // Real pages hold about one kept node per 16 bytes and a third of their bytes as text:
        // reserve once instead of regrowing (capped, so that a huge page does not over-reserve).
        snapshot.nodes.reserveCapacity(min(limits.maxNodes, 16_384, max(1024, byteCount / 16)))
        snapshot.attributeTable.reserveCapacity(min(limits.maxNodes, 8_192, max(256, byteCount / 48)))
        snapshot.attributeBytes.reserveCapacity(min(1 << 20, byteCount / 2))
        snapshot.textBytes.reserveCapacity(min(1 << 20, byteCount / 2))
        open.reserveCapacity(64)
    }

    /// True when a new node may be recorded; otherwise notes the cap and stops the parser.
    private mutating func roomForNode() -> Bool {
        if snapshot.nodes.count < limits.maxNodes { return true }
        hitNodeCap = true
        stop()
        return false
    }

    private mutating func stop() {
        stopped = true
        if let context { xmlStopParser(context) }
    }

    mutating func startElement(_ name: UnsafePointer<UInt8>, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        guard !stopped else { return }
        flushText()
        if depth > Self.parserMaxDepth {
            hitParserDepth = true
            stop()
            return
        }
        defer { depth += 1 }
        if skippedAt >= 0 {
            skippedDeep = true
            return
        }
        guard roomForNode() else { return }
        let index = Int32(snapshot.nodes.count)
        var attributeIndex: Int32 = -1
        if let attributes {
            attributeIndex = Self.copy(attributes, into: &snapshot.attributeTable, bytes: &snapshot.attributeBytes)
        }
        snapshot.nodes.append(HTMLSnapshot.Node(tag: HTMLTag(name), textStart: 0, textCount: -1,
                                                attributeIndex: attributeIndex, parent: open.last ?? -1, end: index + 1))
        if open.count < limits.maxDepth {
            open.append(index)
        } else {
            skippedAt = depth
        }
    }

    mutating func endElement() {
        guard !stopped, depth > 0 else { return }
        flushText()
        depth -= 1
        if skippedAt >= 0 {
            if skippedAt == depth { skippedAt = -1 }
            return
        }
        if let closed = open.popLast() { snapshot.nodes[Int(closed)].end = Int32(snapshot.nodes.count) }
    }

    mutating func characters(_ bytes: UnsafePointer<UInt8>, count: Int, isCDATA: Bool) {
        guard !stopped, depth > 0, count > 0 else { return }
        if skippedAt >= 0 {
            skippedDeep = true
            return
        }
        if pendingStart >= 0, pendingIsCDATA != isCDATA { flushText() }
        if pendingStart < 0 {
            pendingStart = snapshot.textBytes.count
            pendingIsCDATA = isCDATA
        }
        snapshot.textBytes.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
    }

    /// A comment or processing instruction: a node in the tree, so it ends the text run before it.
    mutating func otherNode() {
        guard !stopped else { return }
        flushText()
        if depth > 0, skippedAt >= 0 {
            skippedDeep = true
        } else if snapshot.nodes.count >= limits.maxNodes {
            _ = roomForNode()
        }
    }

    /// Ends the text run being gathered: a node unless it is blank (then its bytes go again).
    private mutating func flushText() {
        guard pendingStart >= 0 else { return }
        let start = pendingStart
        pendingStart = -1
        let count = snapshot.textBytes.count - start
        // The cap counts blank text too: the tree had a node for it.
        guard roomForNode(),
              !snapshot.textBytes.withUnsafeBufferPointer({ ByteSearch.isBlank(UnsafeBufferPointer(rebasing: $0[start...])) })
        else {
            snapshot.textBytes.removeSubrange(start...)
            return
        }
        let index = Int32(snapshot.nodes.count)
        snapshot.nodes.append(HTMLSnapshot.Node(tag: .other, textStart: Int32(start), textCount: Int32(count),
                                                attributeIndex: -1, parent: open.last ?? -1, end: index + 1))
    }

    /// The finished snapshot: open elements closed, cuts noted.
    mutating func finish() -> HTMLSnapshot {
        if !stopped { flushText() }
        while let closed = open.popLast() { snapshot.nodes[Int(closed)].end = Int32(snapshot.nodes.count) }
        if hitParserDepth {
            snapshot.cuts.append("the parser stopped at its nesting limit of 256; the rest of the page was not read")
        }
        if hitNodeCap { snapshot.cuts.append("nodes after the first \(limits.maxNodes) ignored") }
        if skippedDeep { snapshot.cuts.append("elements nested deeper than \(limits.maxDepth) skipped") }
        return snapshot
    }

}

extension HTMLSnapshotBuilder {
    /// The builder `user` points at: ``HTMLSnapshot/parse(_:limits:)`` sets the context's user data
    /// to its builder for the length of the parse.
    static func from(_ user: UnsafeMutableRawPointer) -> UnsafeMutablePointer<HTMLSnapshotBuilder> {
        user.assumingMemoryBound(to: HTMLSnapshotBuilder.self)
    }
}
