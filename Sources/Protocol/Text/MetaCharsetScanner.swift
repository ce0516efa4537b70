/// Finds the charset a page declares in its `<meta>` tags, working on raw bytes (before decoding).
///
/// Reads `<meta charset="gbk">` and `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`,
/// in either attribute order, with any quoting and case; skips comments.
///
/// One pass from `<` to `<` over the bytes as they are (every page is scanned, most declare
/// nothing unusual): only a `<meta` tag's inside is copied, lower-cased, to read its attributes.
enum MetaCharsetScanner {
    static func declaredCharset(in bytes: ArraySlice<UInt8>) -> String? {
        bytes.withUnsafeBufferPointer { declaredCharset(in: $0) }
    }

    private static func declaredCharset(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var index = 0
        while let start = nextOpening(in: bytes, from: index) {
            if matches(Self.commentOpening, in: bytes, at: start) {
                guard let end = find(Self.commentClosing, in: bytes, from: start + 4) else { return nil }
                index = end + 3
                continue
            }
            guard matches(Self.metaOpening, in: bytes, at: start) else {
                index = start + 1
                continue
            }
            var tagEnd = start
            while tagEnd < bytes.count, bytes[tagEnd] != UInt8(ascii: ">") { tagEnd += 1 }
            let inside = UnsafeBufferPointer(rebasing: bytes[(start + 5)..<tagEnd]).map(lowercased)
            let attributes = parseAttributes(inside)
            if let charset = attributes["charset"], !charset.isEmpty { return charset }
            if attributes["http-equiv"] == "content-type", let content = attributes["content"],
                let charset = CharsetDetector.charsetParameter(in: content)
            {
                return charset
            }
            index = tagEnd
        }
        return nil
    }

    private static let metaOpening = Array("<meta".utf8)
    private static let commentOpening = Array("<!--".utf8)
    private static let commentClosing = Array("-->".utf8)

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (byte >= 0x41 && byte <= 0x5A) ? byte + 0x20 : byte
    }

    /// The next `<` at or after `start`.
    private static func nextOpening(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<") { return index }
            index += 1
        }
        return nil
    }

    /// Whether `needle` (lower-case ASCII) stands at `index`, ignoring ASCII case.
    private static func matches(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + needle.count <= bytes.count else { return false }
        for offset in 0..<needle.count where lowercased(bytes[index + offset]) != needle[offset] { return false }
        return true
    }

    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index + needle.count <= bytes.count {
            if matches(needle, in: bytes, at: index) { return index }
            index += 1
        }
        return nil
    }

    /// `name=value` pairs of a tag's inside, values unquoted.
    private static func parseAttributes(_ bytes: [UInt8]) -> [String: String] {
        var result: [String: String] = [:]
        var index = 0
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x2F }
        while index < bytes.count {
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            let nameStart = index
            while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: "=") { index += 1 }
            let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
                if !name.isEmpty { result[name] = result[name] ?? "" }
                if index == nameStart { index += 1 }
                continue
            }
            index += 1
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            var value: ArraySlice<UInt8> = []
            if index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                let quote = bytes[index]
                let end = bytes[(index + 1)...].firstIndex(of: quote) ?? bytes.count
                value = bytes[(index + 1)..<end]
                index = end + 1
            } else {
                let start = index
                while index < bytes.count, !isSpace(bytes[index]) || bytes[index] == 0x2F { index += 1 }
                value = bytes[start..<index]
            }
            if result[name] == nil { result[name] = String(decoding: value, as: UTF8.self) }
        }
        return result
    }
}
