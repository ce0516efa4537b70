/// Finds the charset a page declares in its `<meta>` tags, working on raw bytes (before decoding).
///
/// Reads `<meta charset="gbk">` and `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`,
/// in either attribute order, with any quoting and case; skips comments.
enum MetaCharsetScanner {
    static func declaredCharset(in bytes: ArraySlice<UInt8>) -> String? {
        // Work on an ASCII-lower-cased copy; labels are ASCII.
        let lower = bytes.map { ($0 >= 0x41 && $0 <= 0x5A) ? $0 + 0x20 : $0 }
        var index = 0
        while let start = find(Array("<meta".utf8), in: lower, from: index) {
            if let comment = find(Array("<!--".utf8), in: lower, from: index), comment < start {
                guard let end = find(Array("-->".utf8), in: lower, from: comment + 4) else { return nil }
                index = end + 3
                continue
            }
            let tagEnd = lower[start...].firstIndex(of: UInt8(ascii: ">")) ?? lower.endIndex
            let attributes = parseAttributes(Array(lower[(start + 5)..<tagEnd]))
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

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count, start <= haystack.count - needle.count else { return nil }
        var index = start
        while index <= haystack.count - needle.count {
            if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
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
