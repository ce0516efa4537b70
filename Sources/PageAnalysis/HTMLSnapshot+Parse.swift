import CLibXML

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
        let sink = HTMLSnapshotBuilder.Sink(HTMLSnapshotBuilder(limits: limits, byteCount: bytes.count))
        sink.builder.context = context
        // The context owns its handler block: overwrite it rather than replace the pointer.
        context.pointee.sax.pointee = Self.makeHandler()
        context.pointee.userData = Unmanaged.passUnretained(sink).toOpaque()
        let doc = withExtendedLifetime(sink) {
            base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { pointer in
                htmlCtxtReadMemory(context, pointer, Int32(clamping: bytes.count), "", "UTF-8", options)
            }
        }
        if let doc { xmlFreeDoc(doc) }  // none is built without a startDocument handler; freed all the same
        context.pointee.userData = nil
        sink.builder.context = nil
        return sink.builder.finish()
    }

    /// The SAX callbacks: each finds the builder through the context's user data.
    private static func makeHandler() -> htmlSAXHandler {
        var handler = htmlSAXHandler()
        handler.startElement = { user, name, attributes in
            guard let user, let name else { return }
            HTMLSnapshotBuilder.Sink.from(user).builder.startElement(name, attributes: attributes)
        }
        handler.endElement = { user, _ in
            guard let user else { return }
            HTMLSnapshotBuilder.Sink.from(user).builder.endElement()
        }
        handler.characters = { user, text, count in
            guard let user, let text else { return }
            HTMLSnapshotBuilder.Sink.from(user).builder.characters(text, count: Int(count), isCDATA: false)
        }
        handler.cdataBlock = { user, text, count in
            guard let user, let text else { return }
            HTMLSnapshotBuilder.Sink.from(user).builder.characters(text, count: Int(count), isCDATA: true)
        }
        handler.comment = { user, _ in
            guard let user else { return }
            HTMLSnapshotBuilder.Sink.from(user).builder.otherNode()
        }
        handler.processingInstruction = { user, _, _ in
            guard let user else { return }
            HTMLSnapshotBuilder.Sink.from(user).builder.otherNode()
        }
        // Blank runs libxml2 calls ignorable are dropped, as its tree builder drops them.
        handler.ignorableWhitespace = { _, _, _ in }
        return handler
    }
}

extension HTMLSnapshotBuilder {
    /// The attributes in libxml2's name/value list the extractors read, nil when it has none of them.
    static func copy(_ list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>) -> HTMLSnapshot.Attributes? {
        var href, src, style, className, id, name, content, type, alt, title: String?
        var found = false
        var pair = list
        while let attribute = pair[0] {
            let value = pair[1]
            pair += 2
            // libxml2's HTML parser lower-cases attribute names; compared as bytes, no String made.
            guard let known = AttributeName(attribute) else { continue }
            found = true
            switch known {
            case .href: if href == nil { href = string(value) }
            case .src: if src == nil { src = string(value) }
            case .style: if style == nil { style = string(value) }
            case .class: if className == nil { className = string(value) }
            case .id: if id == nil { id = string(value) }
            case .name: if name == nil { name = string(value) }
            case .content: if content == nil { content = string(value) }
            case .type: if type == nil { type = string(value) }
            case .alt: if alt == nil { alt = string(value) }
            case .title: if title == nil { title = string(value) }
            }
        }
        guard found else { return nil }
        return HTMLSnapshot.Attributes(href: href, src: src, style: style, class: className, id: id, name: name,
                                       content: content, type: type, alt: alt, title: title)
    }

    /// An attribute's value cut at ``HTMLSnapshot/maxAttributeLength`` bytes; "" for a bare attribute.
    private static func string(_ value: UnsafePointer<xmlChar>?) -> String {
        guard let value else { return "" }
        var length = 0
        while length < HTMLSnapshot.maxAttributeLength, value[length] != 0 { length += 1 }
        return String(decoding: UnsafeBufferPointer(start: value, count: length), as: UTF8.self)
    }
}
