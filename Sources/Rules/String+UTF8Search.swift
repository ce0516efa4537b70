import Foundation

extension String {
    /// Whether the string holds `part`, compared byte for byte as UTF-8: no locale, no folding
    /// (see ``composedForSearch`` for text that may not be composed).
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

    /// The string in canonical composition (NFC), for ``containsUTF8(_:)`` and ``removingUTF8(_:)``
    /// to find what a search by canonical equivalence finds: a title holding a compatibility
    /// ideograph (令 as U+F9A8, 免 as U+FA32) or a decomposed letter still names its fixed words.
    /// A string of scalars that are composed on their own (ASCII, Latin-1, CJK, kana, fullwidth
    /// forms, general punctuation: nearly every title) comes back as it is, unscanned by Foundation.
    var composedForSearch: String {
        unicodeScalars.allSatisfy(Self.isComposedAlone) ? self : precomposedStringWithCanonicalMapping
    }

    /// Scalars that no normalisation changes and that compose with nothing before them.
    private static func isComposedAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x300, 0x2010..<0x2070, 0x3000..<0x302A, 0x3030..<0x3099, 0x309B..<0x3100, 0x3400..<0x4DC0,
             0x4E00..<0xA000, 0xFF00..<0xFFF0:
            true
        default:
            false
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
