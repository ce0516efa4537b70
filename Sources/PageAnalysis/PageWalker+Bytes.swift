#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The walker's tests read on bytes: an `href` resolved from the attribute's bytes, digits, the 找错 icon's name.
extension PageWalker {
    /// Where a link's `href` leads and whether it keeps the base URL's host; a plain root-relative
    /// reference (`/col/a.html`, most links) resolves from the attribute's bytes, no string made for it.
    func resolveHref(_ attributes: HTMLSnapshot.Attributes) -> (url: String, keepsHost: Bool)? {
        let span = attributes.spans.href
        guard span.isPresent, let resolver else { return nil }
        let start = Int(span.start), end = Int(span.start + span.count)
        if let plain = attributes.bytes.withUnsafeBufferPointer({
            let href = UnsafeBufferPointer(rebasing: $0[start..<end])
            return resolver.resolvePlainRootRelative(utf8: href) ?? resolver.resolvePlainRelative(utf8: href)
        }) {
            return (plain, true)
        }
        guard let href = attributes.href else { return nil }
        return resolver.resolveNotingHost(href)
    }

    /// Whether `bytes` hold `jiucuo` (exactly): `memchr` finds each `j`, rare in URLs.
    static func containsJiucuo(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, bytes.count >= 6 else { return false }
        var start = 0
        while start <= bytes.count - 6, let found = memchr(base + start, Int32(UInt8(ascii: "j")), bytes.count - 5 - start) {
            let at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
            if memcmp(base + at, jiucuo, 6) == 0 { return true }
            start = at + 1
        }
        return false
    }

    private static let jiucuo = Array("jiucuo".utf8)

    /// Whether `bytes` hold `jiucuo` in any mix of ASCII cases.
    static func containsJiucuoIgnoringASCIICase(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let word = Array("jiucuo".utf8)
        guard bytes.count >= word.count else { return false }
        for start in 0...(bytes.count - word.count) where bytes[start] | 0x20 == word[0] {
            var offset = 1
            while offset < word.count, bytes[start + offset] | 0x20 == word[offset] { offset += 1 }
            if offset == word.count { return true }
        }
        return false
    }

    /// True when `utf8` holds a digit, ASCII or full-width (EF BC 90…99): a date with a year has four.
    static func hasDigit(_ utf8: ArraySlice<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for byte in utf8 {
            if byte &- 0x30 < 10 || (previous == 0xBC && byte &- 0x90 < 10) { return true }
            previous = byte
        }
        return false
    }
}
