import GovSweepProtocol

/// An `<img>` read on its attribute bytes: strings are made only for what is kept.
extension PageWalker {
    /// What an image tells: the text of the link it sits in (its `alt`, else its `title`), the
    /// government-site badge (`conac.cn` in its source), the 找错 entry (the words in its label or
    /// title inside a link, or the icon's file name), and an image link to its resolved source.
    ///
    /// The words and names are looked for in the attribute bytes: decoding only replaces invalid
    /// sequences, which hold no ASCII byte and end before any lead byte, so a valid UTF-8 word is
    /// in the bytes exactly when it is in their string. The label's string is made only when a
    /// link takes it, the source's only when resolving keeps it as it is or reads it generally.
    mutating func openImage(_ attributes: HTMLSnapshot.Attributes, frame: Frame) {
        let spans = attributes.spans
        // `alt` unless absent or empty, else `title` (absent: the empty label).
        let labelSpan = spans.alt.count > 0 ? spans.alt : spans.title
        var label: String?
        if let anchor = frame.anchor {
            if anchors[anchor].imageText.isEmpty {
                label = attributes.value(labelSpan) ?? ""
                anchors[anchor].imageText = label!
            }
            if Self.contains(Self.errorReportWords, in: labelSpan, of: attributes)
                || Self.contains(Self.errorReportWords, in: spans.title, of: attributes) {
                errorReportEntry = true
            }
        }
        guard spans.src.isPresent else { return }
        if Self.contains(Self.conacName, in: spans.src, of: attributes) { conacBadge = true }
        let start = Int(spans.src.start), end = start + Int(spans.src.count)
        if attributes.bytes.withUnsafeBufferPointer({ Self.containsJiucuoIgnoringASCIICase(UnsafeBufferPointer(rebasing: $0[start..<end])) }),
           let src = attributes.src, Self.isErrorReportIcon(src) {
            errorReportEntry = true
        }
        if let url = resolve(at: spans.src, in: attributes) {
            let text = TextTools.collapsed(label ?? attributes.value(labelSpan) ?? "")
            addLink(ExtractedLink(url: url, text: text, placement: placement(in: frame), hidden: frame.hidden, kind: .image))
        }
    }

    private static let errorReportWords = Array("我为政府网站找错".utf8), conacName = Array("conac.cn".utf8)

    /// Whether the value at `span` holds `word`'s bytes (false when the attribute is absent).
    private static func contains(_ word: [UInt8], in span: HTMLSnapshot.ValueSpan, of attributes: HTMLSnapshot.Attributes) -> Bool {
        guard span.count >= word.count else { return false }
        let start = Int(span.start), end = start + Int(span.count)
        return attributes.bytes.withUnsafeBufferPointer { bytes in
            word.withUnsafeBufferPointer { ByteSearch.contains($0, in: UnsafeBufferPointer(rebasing: bytes[start..<end])) }
        }
    }
}
