import GovSweepProtocol

/// Decides how a page's bytes are encoded when no trustworthy header says so, and decodes them.
///
/// Order: an explicit charset, a byte order mark, a `<meta charset>` or `http-equiv` declaration
/// in the first 4 KiB (except that a page declaring GBK whose bytes are valid non-ASCII UTF-8 is
/// read as UTF-8), UTF-8 if the bytes are valid UTF-8, else GB18030 (the superset of GBK and
/// GB2312 that Chinese government sites use).
public enum CharsetSniffing {
    /// The text of `bytes` and the canonical encoding it was decoded with.
    public static func decode(_ bytes: [UInt8], charset: String? = nil) -> (text: String, encoding: String) {
        let encoding = self.encoding(of: bytes, charset: charset)
        if encoding == "UTF-8" {
            return (String(decoding: TextDecoding.droppingUTF8BOM(bytes), as: UTF8.self), encoding)
        }
        return (TextDecoding.decode(bytes, encoding: encoding), encoding)
    }

    /// The canonical encoding `bytes` should be decoded with.
    public static func encoding(of bytes: [UInt8], charset: String? = nil) -> String {
        if let charset, let known = TextDecoding.canonicalEncoding(for: charset) { return known }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        if let declared = declaredCharset(in: bytes.prefix(4096)), let known = TextDecoding.canonicalEncoding(for: declared) {
            // A page that declares GBK but is valid UTF-8 beyond ASCII was re-saved without updating the meta.
            if known == "GB18030", bytes.contains(where: { $0 >= 0x80 }), TextDecoding.isValidUTF8(bytes) { return "UTF-8" }
            return known
        }
        return TextDecoding.isValidUTF8(bytes) ? "UTF-8" : "GB18030"
    }

    /// The label after `charset=` inside a `<meta …>` tag of the document's head.
    static func declaredCharset(in head: ArraySlice<UInt8>) -> String? {
        let lower = head.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
        let needle = Array("charset".utf8)
        for offset in ByteSearch.occurrences(of: needle, in: lower) {
            // Inside a meta tag: the nearest '<' before it opens "<meta".
            guard let open = lower[..<offset].lastIndex(of: UInt8(ascii: "<")),
                  ByteSearch.hasPrefix(Array("<meta".utf8), in: lower, at: open),
                  !lower[open..<offset].contains(UInt8(ascii: ">"))
            else { continue }
            var i = offset + needle.count
            while i < lower.count, [32, 9, 10, 13, UInt8(ascii: "="), UInt8(ascii: "\""), UInt8(ascii: "'")].contains(lower[i]) { i += 1 }
            let start = i
            while i < lower.count, lower[i] == UInt8(ascii: "-") || lower[i] == UInt8(ascii: "_")
                || (lower[i] >= 48 && lower[i] <= 57) || (lower[i] >= 97 && lower[i] <= 122) {
                i += 1
            }
            if i > start { return String(decoding: lower[start..<i], as: UTF8.self) }
        }
        return nil
    }
}
