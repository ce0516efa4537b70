/// Substring search over UTF-8 bytes: the text scanners' fast path.
enum ByteSearch {
    /// Offsets of every (non-overlapping) occurrence of `needle` in `haystack`.
    static func occurrences(of needle: [UInt8], in haystack: [UInt8], limit: Int = .max) -> [Int] {
        guard let first = needle.first, needle.count <= haystack.count else { return [] }
        var found: [Int] = []
        haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                var i = 0
                let last = hay.count - pin.count
                while i <= last, found.count < limit {
                    if hay[i] == first {
                        var j = 1
                        while j < pin.count, hay[i + j] == pin[j] { j += 1 }
                        if j == pin.count {
                            found.append(i)
                            i += pin.count
                            continue
                        }
                    }
                    i += 1
                }
            }
        }
        return found
    }

    /// True when `needle` occurs in `haystack`.
    static func contains(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        !occurrences(of: needle, in: haystack, limit: 1).isEmpty
    }

    /// True when `needle` occurs in the UTF-8 of `text` (without copying a native string).
    static func contains(_ needle: [UInt8], inUTF8 text: String) -> Bool {
        guard let first = needle.first else { return true }
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard bytes.count >= needle.count else { return false }
            var i = 0
            let last = bytes.count - needle.count
            while i <= last {
                if bytes[i] == first {
                    var j = 1
                    while j < needle.count, bytes[i + j] == needle[j] { j += 1 }
                    if j == needle.count { return true }
                }
                i += 1
            }
            return false
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
        guard let first = pin.first else { return true }
        guard hay.count >= pin.count else { return false }
        var i = 0
        let last = hay.count - pin.count
        while i <= last {
            if hay[i] == first {
                var j = 1
                while j < pin.count, hay[i + j] == pin[j] { j += 1 }
                if j == pin.count { return true }
            }
            i += 1
        }
        return false
    }
}
