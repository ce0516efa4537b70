/// ``URLResolver``'s first step: a URL or reference taken apart at its ASCII delimiters, on bytes.
extension URLResolver {
    /// A URL's or reference's pieces, as written (the scheme lower-cased).
    struct Parts {
        var scheme: String?
        var authority: String?
        var path: String
        var query: String?
    }

    /// Splits at `:`, `//`, `?` and `#` on UTF-8 bytes (all delimiters are ASCII, so every piece
    /// starts and ends on a scalar boundary and its string is its bytes decoded). The scheme is
    /// made of ASCII letters, digits, `+`, `-` and `.`, so lower-casing its ASCII letters is
    /// `lowercased()`.
    static func split(_ text: String) -> Parts? {
        var text = text
        return text.withUTF8 { bytes in
            func piece(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
            func first(_ byte: UInt8, in range: Range<Int>) -> Int? {
                var index = range.lowerBound
                while index < range.upperBound {
                    if bytes[index] == byte { return index }
                    index += 1
                }
                return nil
            }
            var start = 0
            var end = first(UInt8(ascii: "#"), in: 0..<bytes.count) ?? bytes.count
            var parts = Parts(scheme: nil, authority: nil, path: "", query: nil)
            if let colon = first(UInt8(ascii: ":"), in: start..<end), colon > start, isLetter(bytes[start]),
               (start..<colon).allSatisfy({ isSchemeByte(bytes[$0]) }) {
                parts.scheme = String(unsafeUninitializedCapacity: colon - start) { buffer in
                    for index in start..<colon {
                        let byte = bytes[index]
                        buffer[index - start] = byte &- 65 < 26 ? byte | 0x20 : byte
                    }
                    return colon - start
                }
                start = colon + 1
            }
            if let question = first(UInt8(ascii: "?"), in: start..<end) {
                parts.query = piece((question + 1)..<end)
                end = question
            }
            if end - start >= 2, bytes[start] == UInt8(ascii: "/"), bytes[start + 1] == UInt8(ascii: "/") {
                start += 2
                let slash = first(UInt8(ascii: "/"), in: start..<end) ?? end
                parts.authority = piece(start..<slash)
                start = slash
            }
            parts.path = piece(start..<end)
            return parts
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 97 && (byte | 0x20) <= 122 }

    private static func isSchemeByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= 48 && byte <= 57) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: ".")
    }
}
