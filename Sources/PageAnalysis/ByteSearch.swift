#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search over UTF-8 bytes: the text scanners' fast path.
enum ByteSearch {
    /// Offsets of every (non-overlapping) occurrence of `needle` in `haystack`.
    static func occurrences(of needle: [UInt8], in haystack: [UInt8], limit: Int = .max) -> [Int] {
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var found: [Int] = []
        haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                var i = 0
                while found.count < limit, let at = firstOffset(of: pin, in: hay, from: i) {
                    found.append(at)
                    i = at + pin.count
                }
            }
        }
        return found
    }

    /// The offset of the first occurrence of `pin` in `hay` at or after `start`, or nil.
    ///
    /// `memchr` (vectorised in the C library) skips to each place the needle's last byte occurs,
    /// `memcmp` checks the rest there. For Chinese text the last byte of a character is one of 64
    /// continuation bytes, so candidates are rare; the lead bytes (E4…E9) would stop at every character.
    static func firstOffset(of pin: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let hayBase = hay.baseAddress, let pinBase = pin.baseAddress, start >= 0,
              pin.count > 0, hay.count - start >= pin.count
        else { return nil }
        let lastIndex = pin.count - 1
        let last = Int32(pin[lastIndex])
        var candidate = start + lastIndex  // where the needle's last byte would sit
        while candidate < hay.count {
            guard let found = memchr(hayBase + candidate, last, hay.count - candidate) else { return nil }
            let end = UnsafeRawPointer(hayBase).distance(to: UnsafeRawPointer(found))
            let begin = end - lastIndex
            if lastIndex == 0 || memcmp(hayBase + begin, pinBase, lastIndex) == 0 { return begin }
            candidate = end + 1
        }
        return nil
    }

    /// True when `needle` occurs in `haystack`.
    static func contains(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        // As `occurrences(…, limit: 1)` says, without making its array: an empty needle is not found.
        guard !needle.isEmpty, needle.count <= haystack.count else { return false }
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in firstOffset(of: pin, in: hay, from: 0) != nil }
        }
    }

    /// True when `needle` occurs in the UTF-8 of `text` (without copying a native string).
    static func contains(_ needle: [UInt8], inUTF8 text: String) -> Bool {
        guard !needle.isEmpty else { return true }
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            needle.withUnsafeBufferPointer { pin in firstOffset(of: pin, in: bytes, from: 0) != nil }
        }
        return found ?? contains(needle, in: Array(text.utf8))
    }

    /// The Unicode scalar whose UTF-8 encoding ends just before `offset`.
    static func scalar(endingAt offset: Int, in bytes: [UInt8]) -> Unicode.Scalar? {
        var start = offset - 1
        while start > 0, start > offset - 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        guard start >= 0, start < offset else { return nil }
        return String(decoding: bytes[start..<offset], as: UTF8.self).unicodeScalars.first
    }

    /// Whether `needle` occurs at `offset` in `haystack`.
    static func hasPrefix(_ needle: [UInt8], in haystack: [UInt8], at offset: Int) -> Bool {
        guard offset >= 0, offset + needle.count <= haystack.count else { return false }
        for k in 0..<needle.count where haystack[offset + k] != needle[k] { return false }
        return true
    }
}

extension String {
    /// Byte-wise substring test on UTF-8: no Unicode folding, no Foundation bridging. Markup
    /// needs nothing more, and the extractors call it for every link and text node.
    func containsBytes(_ needle: String) -> Bool {
        var needle = needle
        var haystack = self
        return needle.withUTF8 { pin in
            haystack.withUTF8 { hay in ByteSearch.contains(pin, in: hay) }
        }
    }
}

extension ByteSearch {
    static func contains(_ pin: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !pin.isEmpty else { return true }
        return firstOffset(of: pin, in: hay, from: 0) != nil
    }
}
