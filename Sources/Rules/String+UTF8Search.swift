extension String {
    /// Whether the string holds `part`, compared byte for byte as UTF-8: no locale, no folding.
    ///
    /// Titles and names are matched against fixed words (征求意见, 解读, 门户网站 …) many times per
    /// site; Foundation's `contains` goes through a locale-aware search for each call, which a
    /// plain byte loop does not need for these words.
    func containsUTF8(_ part: String) -> Bool {
        var text = self, part = part
        return text.withUTF8 { haystack in
            part.withUTF8 { needle in Self.firstOffset(of: needle, in: haystack, from: 0) != nil }
        }
    }

    /// The string with every occurrence of `part` taken out, left to right, compared as UTF-8.
    func removingUTF8(_ part: String) -> String {
        var text = self, part = part
        return text.withUTF8 { haystack in
            part.withUTF8 { needle in
                guard !needle.isEmpty, var found = Self.firstOffset(of: needle, in: haystack, from: 0) else { return self }
                var kept: [UInt8] = []
                kept.reserveCapacity(haystack.count)
                var start = 0
                while true {
                    kept.append(contentsOf: haystack[start..<found])
                    start = found + needle.count
                    guard let next = Self.firstOffset(of: needle, in: haystack, from: start) else { break }
                    found = next
                }
                kept.append(contentsOf: haystack[start...])
                return String(decoding: kept, as: UTF8.self)
            }
        }
    }

    /// The offset of the first `needle` in `haystack` at or after `start`; an empty needle is found at `start`.
    private static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let first = needle.first else { return start }
        guard needle.count <= haystack.count else { return nil }
        var at = start
        while at <= haystack.count - needle.count {
            if haystack[at] == first, UnsafeBufferPointer(rebasing: haystack[at..<(at + needle.count)]).elementsEqual(needle) {
                return at
            }
            at += 1
        }
        return nil
    }
}
