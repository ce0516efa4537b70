import Testing
@testable import PageAnalysis

/// ``URLResolver/normalisedHost(_:authorityStart:https:)`` passes over an authority eight bytes at
/// a time; it must answer as reading it byte by byte did (kept here as the oracle).
@Suite("Authorities read a word at a time")
struct AuthorityWordsTests {
    /// The reading as it was before the word loop: every authority byte tested on its own.
    private static func byBytes(_ bytes: UnsafeBufferPointer<UInt8>, authorityStart: Int, https: Bool) -> Range<Int>? {
        let count = bytes.count
        var authorityEnd = authorityStart
        var colon = -1
        while authorityEnd < count {
            let byte = bytes[authorityEnd]
            if byte == UInt8(ascii: "/") { break }
            guard URLResolver.isPlainByte(byte), byte != UInt8(ascii: "?"), byte != UInt8(ascii: "@"), byte &- 65 >= 26 else { return nil }
            if byte == UInt8(ascii: ":") { colon = authorityEnd }
            authorityEnd += 1
        }
        guard authorityEnd < count, authorityEnd > authorityStart,
              URLResolver.isPlainPath(UnsafeBufferPointer(rebasing: bytes[authorityEnd...]))
        else { return nil }
        if colon < 0, bytes[authorityEnd - 1] == UInt8(ascii: ".") { return nil }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[authorityStart..<authorityEnd]), as: UTF8.self)
        if https, text.hasSuffix(":443") { return nil }
        if !https, text.hasSuffix(":80") { return nil }
        if bytes[authorityStart] == UInt8(ascii: "[") || colon < 0 { return authorityStart..<authorityEnd }
        return authorityStart..<colon
    }

    @Test("every byte at every offset of a long authority: the same host range as byte by byte")
    func singleBytes() {
        let specials: [UInt8] = [0x00, 0x20, 0x21, 0x22, 0x23, 0x2E, 0x2F, 0x3A, 0x3C, 0x3E, 0x3F, 0x40, 0x41, 0x5A, 0x5B, 0x5C, 0x60,
                                 0x61, 0x7A, 0x7E, 0x7F, 0x80, 0xE4, 0xFF]
        for https in [false, true] {
            let prefix = Array((https ? "https://" : "http://").utf8)
            for length in [1, 7, 8, 9, 15, 16, 17, 25] {
                for offset in 0..<length {
                    for special in specials {
                        var authority = Array(String(repeating: "w", count: length).utf8)
                        authority[offset] = special
                        for tail in ["/x.html", "", ":80/a", ":443/a", "./b"] {
                            let url = prefix + authority + Array(tail.utf8)
                            url.withUnsafeBufferPointer { bytes in
                                let found = URLResolver.normalisedHost(bytes, authorityStart: prefix.count, https: https)
                                #expect(found == Self.byBytes(bytes, authorityStart: prefix.count, https: https), "\(url)")
                            }
                        }
                    }
                }
            }
        }
    }

    @Test("the upper-case test on words answers as a test per byte, for words of ASCII bytes")
    func upperCase() {
        for value in 0..<0x80 {
            for position in 0..<8 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
                bytes[position] = UInt8(value)
                let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                #expect(URLResolver.hasUpperCase(word) == bytes.contains { $0 &- 65 < 26 }, "\(value) \(position)")
            }
        }
    }
}
