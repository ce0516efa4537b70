/// Small text helpers shared by the extractors.
enum TextTools {
    /// Runs of whitespace (including U+00A0 and the ideographic space U+3000) become one space;
    /// leading and trailing whitespace goes.
    static func collapsed(_ text: some StringProtocol) -> String {
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

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0xA0, 0x3000, 0x2002...0x200B, 0xFEFF: true
        default: false
        }
    }

    /// The first `count` characters of `text`, with `…` when cut.
    static func prefix(_ text: String, _ count: Int) -> String {
        text.count <= count ? text : String(text.prefix(count)) + "…"
    }

    /// Appends `text` to `buffer` while `buffer` stays under `limit` UTF-8 bytes.
    static func append(_ text: String, to buffer: inout String, limit: Int) {
        guard buffer.utf8.count < limit else { return }
        if !buffer.isEmpty { buffer.append(" ") }
        buffer.append(text)
    }
}
