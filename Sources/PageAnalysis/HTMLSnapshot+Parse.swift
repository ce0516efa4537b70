import CLibXML
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension HTMLSnapshot {
    /// Parses `bytes` as HTML (UTF-8) and records its elements and text within `limits`.
    ///
    /// libxml2 reports the page as SAX events (with the same implied and auto-closed elements its
    /// tree would have) to an ``HTMLSnapshotBuilder``; no libxml2 pointer outlives this call.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, limits: AnalysisLimits) -> HTMLSnapshot {
        LibXMLRuntime.ensureInitialised()
        guard let base = bytes.baseAddress, bytes.count > 0 else { return HTMLSnapshot() }
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue)
        guard let context = htmlNewParserCtxt() else { return HTMLSnapshot() }
        defer { htmlFreeParserCtxt(context) }
        // The builder lives in memory of its own for the parse: a callback reaches it through the
        // context's user data with no reference counting and no exclusivity check.
        let builder = UnsafeMutablePointer<HTMLSnapshotBuilder>.allocate(capacity: 1)
        builder.initialize(to: HTMLSnapshotBuilder(limits: limits, byteCount: bytes.count))
        defer {
            builder.deinitialize(count: 1)
            builder.deallocate()
        }
        builder.pointee.context = context
        // The context owns its handler block: overwrite it rather than replace the pointer.
        context.pointee.sax.pointee = Self.makeHandler()
        context.pointee.userData = UnsafeMutableRawPointer(builder)
        let doc = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { pointer in
            htmlCtxtReadMemory(context, pointer, Int32(clamping: bytes.count), "", "UTF-8", options)
        }
        if let doc { xmlFreeDoc(doc) }  // none is built without a startDocument handler; freed all the same
        context.pointee.userData = nil
        builder.pointee.context = nil
        return builder.pointee.finish()
    }

    /// The SAX callbacks: each finds the builder through the context's user data.
    private static func makeHandler() -> htmlSAXHandler {
        var handler = htmlSAXHandler()
        handler.startElement = { user, name, attributes in
            guard let user, let name else { return }
            HTMLSnapshotBuilder.from(user).pointee.startElement(name, attributes: attributes)
        }
        handler.endElement = { user, _ in
            guard let user else { return }
            HTMLSnapshotBuilder.from(user).pointee.endElement()
        }
        handler.characters = { user, text, count in
            guard let user, let text else { return }
            HTMLSnapshotBuilder.from(user).pointee.characters(text, count: Int(count), isCDATA: false)
        }
        handler.cdataBlock = { user, text, count in
            guard let user, let text else { return }
            HTMLSnapshotBuilder.from(user).pointee.characters(text, count: Int(count), isCDATA: true)
        }
        handler.comment = { user, _ in
            guard let user else { return }
            HTMLSnapshotBuilder.from(user).pointee.otherNode()
        }
        handler.processingInstruction = { user, _, _ in
            guard let user else { return }
            HTMLSnapshotBuilder.from(user).pointee.otherNode()
        }
        // Blank runs libxml2 calls ignorable are dropped, as its tree builder drops them.
        handler.ignorableWhitespace = { _, _, _ in }
        return handler
    }
}

extension HTMLSnapshotBuilder {
    /// Copies the values of the attributes the extractors read from libxml2's name/value list into
    /// `table` and `bytes`; the index of the new entry, or -1 when the list has none of them.
    static func copy(_ list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>,
                     into table: inout [HTMLSnapshot.AttributeSpans], bytes: inout [UInt8]) -> Int32 {
        var spans = HTMLSnapshot.AttributeSpans()
        var found = false
        var pair = list
        while let attribute = pair[0] {
            let value = pair[1]
            pair += 2
            // libxml2's HTML parser lower-cases attribute names; compared as bytes, no String made.
            guard let known = AttributeName(attribute) else { continue }
            found = true
            if !spans[known].isPresent { spans[known] = append(value, to: &bytes) }
        }
        guard found else { return -1 }
        table.append(spans)
        return Int32(table.count - 1)
    }

    /// Appends an attribute's value, cut at ``HTMLSnapshot/maxAttributeLength`` bytes, to `bytes`
    /// (nothing for a bare attribute, whose value is empty) and returns where it sits.
    private static func append(_ value: UnsafePointer<xmlChar>?, to bytes: inout [UInt8]) -> HTMLSnapshot.ValueSpan {
        let start = Int32(bytes.count)
        guard let value else { return HTMLSnapshot.ValueSpan(start: start, count: 0) }
        // libc's strnlen reads a word at a time: a byte loop mispredicts at the end of every value.
        let length = strnlen(UnsafeRawPointer(value).assumingMemoryBound(to: CChar.self), HTMLSnapshot.maxAttributeLength)
        bytes.append(contentsOf: UnsafeBufferPointer(start: value, count: length))
        return HTMLSnapshot.ValueSpan(start: start, count: Int32(length))
    }
}
