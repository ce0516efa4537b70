#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Searches and case folding on UTF-8 bytes.
///
/// `String.contains` and `range(of:)` go through Foundation's locale-aware NSString search once
/// Foundation is anywhere in the import graph, which is slow on hot paths. The needles searched
/// for here are ASCII or whole UTF-8 sequences, so a byte match is a match of the same characters
/// (UTF-8 is self-synchronising: a needle that starts with a lead byte cannot match mid-character).
enum ByteScan {
    /// The ASCII lower case of `byte` (other bytes unchanged).
    @inline(__always)
    static func lowered(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    /// The first index at or after `start` where `needle` occurs in `haystack`, comparing ASCII
    /// letters without case when `ignoringCase` (the needle must then be lower-case).
    static func firstIndex(
        of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, from start: Int = 0, ignoringCase: Bool = false
    ) -> Int? {
        guard let first = needle.first, start >= 0, haystack.count >= needle.count else { return nil }
        var index = start
        let last = haystack.count - needle.count
        // A first byte that is no lower-case letter matches only itself: `memchr` finds the candidates.
        if !ignoringCase || first &- UInt8(ascii: "a") >= 26 {
            while index <= last, let found = firstIndex(of: first, in: haystack, from: index), found <= last {
                if matches(needle, in: haystack, at: found, ignoringCase: ignoringCase) { return found }
                index = found + 1
            }
            return nil
        }
        while index <= last {
            let byte = ignoringCase ? lowered(haystack[index]) : haystack[index]
            if byte == first, matches(needle, in: haystack, at: index, ignoringCase: ignoringCase) { return index }
            index += 1
        }
        return nil
    }

    /// The first index at or after `start` where `byte` occurs in `haystack` (`memchr`).
    @inline(__always)
    static func firstIndex(of byte: UInt8, in haystack: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start >= 0, start < haystack.count, let base = haystack.baseAddress,
              let found = memchr(base + start, Int32(byte), haystack.count - start)
        else { return nil }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }

    /// True when `haystack` holds `needle` at `index` (ASCII letters without case when `ignoringCase`,
    /// the needle then being lower-case).
    @inline(__always)
    static func matches(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, at index: Int, ignoringCase: Bool) -> Bool {
        guard index >= 0, index + needle.count <= haystack.count else { return false }
        for offset in 0..<needle.count {
            let byte = ignoringCase ? lowered(haystack[index + offset]) : haystack[index + offset]
            if byte != needle[offset] { return false }
        }
        return true
    }

    /// `bytes` with ASCII letters lower-cased, as a string.
    static func loweredString(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (offset, byte) in bytes.enumerated() { buffer[offset] = lowered(byte) }
            return bytes.count
        }
    }

    /// True when `text` contains `needle` (lower-case), ASCII letters compared without case.
    static func contains(_ needle: String, inIgnoringASCIICase text: String) -> Bool {
        withBytes(of: text) { firstIndex(of: Array(needle.utf8), in: $0, ignoringCase: true) != nil }
    }

    /// True when `text` contains `needle`, byte for byte.
    static func contains(_ needle: String, in text: String) -> Bool {
        withBytes(of: text) { firstIndex(of: Array(needle.utf8), in: $0) != nil }
    }

    /// Runs `body` on the UTF-8 bytes of `text`, copying only when the string is not contiguous.
    @inline(__always)
    static func withBytes<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// The Unicode scalar that starts at `index` of valid UTF-8 `bytes`, and its length in bytes.
    static func scalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[index]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard index + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(length == 1 ? lead : length == 2 ? lead & 0x1F : length == 3 ? lead & 0x0F : lead & 0x07)
        for offset in 1..<max(length, 1) { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
