#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Strict UTF-8 decoding, one scalar at a time, for the readers that look at a text's first few
/// scalars without making a `String` of it.
///
/// A reader that meets bytes this does not accept hands the text to its `String` path: `String`
/// repairs ill-formed bytes (U+FFFD), and only the `String` path must know how.
enum WellFormedUTF8 {
    /// The scalar whose encoding starts at `index` of `bytes` and its length in bytes; nil when
    /// the bytes there are not a well-formed sequence (Unicode's table 3-7: no overlong form, no
    /// surrogate, nothing past U+10FFFF, no missing continuation byte).
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int)? {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let count = bytes.count
        if lead >= 0xE0 && lead <= 0xEF {  // Chinese text: first, and unrolled
            guard index + 2 < count else { return nil }
            let second = bytes[index + 1], third = bytes[index + 2]
            guard second & 0xC0 == 0x80, third & 0xC0 == 0x80 else { return nil }
            let value = UInt32(lead & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
            // The shortest form only; Unicode.Scalar refuses surrogates.
            guard value >= 0x800, let scalar = Unicode.Scalar(value) else { return nil }
            return (scalar, 3)
        }
        if lead >= 0xC2 && lead <= 0xDF {
            guard index + 1 < count else { return nil }
            let second = bytes[index + 1]
            guard second & 0xC0 == 0x80 else { return nil }
            // C2 on: never overlong.
            guard let scalar = Unicode.Scalar(UInt32(lead & 0x1F) << 6 | UInt32(second & 0x3F)) else { return nil }
            return (scalar, 2)
        }
        guard lead >= 0xF0 && lead <= 0xF4, index + 3 < count else { return nil }
        let second = bytes[index + 1], third = bytes[index + 2], fourth = bytes[index + 3]
        guard second & 0xC0 == 0x80, third & 0xC0 == 0x80, fourth & 0xC0 == 0x80 else { return nil }
        let value = UInt32(lead & 0x07) << 18 | UInt32(second & 0x3F) << 12 | UInt32(third & 0x3F) << 6 | UInt32(fourth & 0x3F)
        // The shortest form only; Unicode.Scalar refuses values past U+10FFFF.
        guard value >= 0x1_0000, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, 4)
    }

    /// Whether `bytes` hold a colon, `:` or `：` (U+FF1A, EF BC 9A). Told on bytes whether or not
    /// they are well-formed: `:` is one byte and EF a lead byte, neither ever part of another
    /// sequence, so `String` decodes them as colons wherever they stand, and makes no colon of
    /// anything else.
    static func containsColon(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
        if memchr(base, 0x3A, bytes.count) != nil { return true }
        // `：` by its last byte (rarer in Chinese text than its lead byte), then the two before it.
        var start = 2
        while start < bytes.count, let found = memchr(base + start, 0x9A, bytes.count - start) {
            let at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
            if bytes[at - 1] == 0xBC, bytes[at - 2] == 0xEF { return true }
            start = at + 1
        }
        return false
    }

    /// The bytes of `range` in `bytes` without the white space (``TextTools/isSpace(_:)``) at
    /// either end. Told on bytes, well-formed or not: every such space is ASCII or starts with a
    /// lead byte (C2 A0, E2 80 82…8B, E3 80 80, EF BB BF), which `String` never reads as part of
    /// another sequence, so it decodes them as the spaces they spell and the rest as it would in place.
    static func trimmingSpaces(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end {
            let length = spaceLength(in: bytes, at: start, end: end)
            if length == 0 { break }
            start += length
        }
        while start < end {
            let length = spaceLengthEnding(in: bytes, at: end, start: start)
            if length == 0 { break }
            end -= length
        }
        return start..<end
    }

    /// The length of the space spelled at `index` (0 when none), within `index..<end`.
    private static func spaceLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int {
        let byte = bytes[index]
        if byte == 0x20 || (0x09...0x0D).contains(byte) { return 1 }
        if byte == 0xC2 { return index + 1 < end && bytes[index + 1] == 0xA0 ? 2 : 0 }
        guard byte == 0xE2 || byte == 0xE3 || byte == 0xEF, index + 2 < end else { return 0 }
        return isThreeByteSpace(bytes[index], bytes[index + 1], bytes[index + 2]) ? 3 : 0
    }

    /// The length of the space spelled just before `end` (0 when none), within `start..<end`.
    private static func spaceLengthEnding(in bytes: UnsafeBufferPointer<UInt8>, at end: Int, start: Int) -> Int {
        let last = bytes[end - 1]
        if last == 0x20 || (0x09...0x0D).contains(last) { return 1 }
        if last == 0xA0, end - 2 >= start, bytes[end - 2] == 0xC2 { return 2 }
        guard end - 3 >= start else { return 0 }
        return isThreeByteSpace(bytes[end - 3], bytes[end - 2], last) ? 3 : 0
    }

    private static func isThreeByteSpace(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
        switch (a, b) {
        case (0xE2, 0x80): (0x82...0x8B).contains(c)  // U+2002…U+200B
        case (0xE3, 0x80): c == 0x80  // U+3000
        case (0xEF, 0xBB): c == 0xBF  // U+FEFF
        default: false
        }
    }
}
