/// Small text helpers shared by the extractors.
enum TextTools {
    /// Runs of whitespace (including U+00A0 and the ideographic space U+3000) become one space;
    /// leading and trailing whitespace goes.
    static func collapsed(_ text: some StringProtocol) -> String {
        if let collapsed = text.utf8.withContiguousStorageIfAvailable({ isCollapsed($0) ? nil : collapsing(utf8: $0) }) {
            return collapsed ?? String(text)
        }
        if isCollapsed(text.utf8) { return String(text) }
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !scalars.isEmpty
            } else {
                if pendingSpace { scalars.append(" ") }
                pendingSpace = false
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// True when `utf8` has no leading, trailing, doubled or non-ASCII white space (checked on bytes).
    static func isCollapsed(_ utf8: some Collection<UInt8>) -> Bool {
        guard let first = utf8.first else { return true }
        if first == 0x20 { return false }
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in utf8 {
            switch byte {
            case 0x09...0x0D: return false
            case 0x20 where previous == 0x20: return false
            case 0xA0 where previous == 0xC2: return false  // U+00A0
            case 0x80 where previous == 0x80 && beforePrevious == 0xE3: return false  // U+3000
            case 0x80...0x8B where previous == 0x80 && beforePrevious == 0xE2: return false  // U+2002…U+200B
            case 0xBF where previous == 0xBB && beforePrevious == 0xEF: return false  // U+FEFF
            default: break
            }
            beforePrevious = previous
            previous = byte
        }
        return previous != 0x20
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0xA0, 0x3000, 0x2002...0x200B, 0xFEFF: true
        default: false
        }
    }

    /// The first `count` characters of `text`, with `…` when cut.
    static func prefix(_ text: String, _ count: Int) -> String {
        text.utf8.count <= count || text.count <= count ? text : String(text.prefix(count)) + "…"
    }

    /// Appends `text` to `buffer` while `buffer` stays under `limit` UTF-8 bytes.
    static func append(_ text: String, to buffer: inout String, limit: Int) {
        guard buffer.utf8.count < limit else { return }
        if !buffer.isEmpty { buffer.append(" ") }
        buffer.append(text)
    }
}
