import Testing
@testable import GovSweepProtocol

/// `MetaCharsetScanner` reads pages in one pass over their bytes; it must find what the scanner
/// before it found (a lower-cased copy of the first 4 KiB searched again per tag), kept here as
/// the reference, on every page.
@Suite("Declared charsets are found as before")
struct MetaCharsetScannerTests {
    static let cases: [(String, String?)] = [
        ("<html><head><meta charset=\"gbk\"></head>", "gbk"),
        ("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; Charset=GB2312\">", "gb2312"),
        ("<meta content='text/html;charset=utf-8' http-equiv='content-type'>", "utf-8"),
        ("<!-- <meta charset=\"gbk\"> --><meta charset='utf-8'>", "utf-8"),
        ("<!-- never closed <meta charset=gbk>", nil),
        ("<!--><meta charset=gbk>--><meta charset=big5>", "big5"),
        ("<meta name=keywords content=\"a\"><meta/charset=utf8/>", "utf8/"),
        ("<meta charset=\"\"><meta charset=gbk>", "gbk"),
        ("<meta http-equiv=refresh content=\"0;url=/\"><meta charset=gbk", "gbk"),
        ("<metadata charset=x>", "x"),
        ("<p>no declaration</p>", nil),
        ("", nil),
        ("<", nil),
        ("<meta", nil),
    ]

    @Test("hand-picked pages", arguments: cases.indices)
    func handPicked(_ index: Int) {
        let (page, expected) = Self.cases[index]
        let bytes = Array(page.utf8)[...]
        #expect(MetaCharsetScanner.declaredCharset(in: bytes) == expected)
        #expect(ReferenceMetaCharsetScanner.declaredCharset(in: bytes) == expected)
    }

    /// Pages stitched from pieces of tags, comments and text in every case, seeded.
    @Test("random pages agree with the reference")
    func randomPages() {
        let pieces = [
            "<meta", "<META", "<Meta ", " charset", "=", "\"", "'", "gbk", "UTF-8", " http-equiv=", "Content-Type",
            " content=", "text/html; charset=gb2312", ">", "<!--", "-->", "--", "<", "/", " ", "\n", "<p>", "通知", "\u{0}",
            "<!-->", "<meta charset=big5>", "<script>", "x",
        ]
        var random = SplitMix64(seed: 20)
        for _ in 0..<5000 {
            var page = ""
            for _ in 0..<Int(random.next() % 24) { page += pieces[Int(random.next() % UInt64(pieces.count))] }
            let bytes = Array(page.utf8)[...]
            #expect(MetaCharsetScanner.declaredCharset(in: bytes) == ReferenceMetaCharsetScanner.declaredCharset(in: bytes), "\(page)")
        }
    }
}

/// The scanner as it was before the one-pass scan (the reference).
enum ReferenceMetaCharsetScanner {
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
