/// An article body's normalised text (letters and digits only, lower case) read on bytes for the
/// text most pages hold: Latin, Greek and Cyrillic letters, CJK ideographs (with extension A), kana,
/// and the punctuation and symbols around them (CJK and full-width punctuation, curly quotes and
/// dashes, ①, ℃, ★, box drawing).
///
/// ``ArticleBodyReader`` keeps each `Character` of a text that is a letter or a number, lower-cased.
/// Done on `Character`s that costs a grapheme break, two Unicode property lookups and a lower-cased
/// `String` per character. For the scalars the table holds none of that can differ from a table:
/// none of them joins the scalar before or after it into one character (extending marks, joiners,
/// format characters and spacing marks are left out of it; no block it covers holds a prepended
/// sign or a Hangul jamo; the one ASCII pair that joins, CR LF, is neither letter nor number
/// however it is split), so each is a character of its own, and what it becomes is looked up. A
/// text holding any other scalar, or bytes that are not UTF-8, is left to the reading on
/// characters, whole.
enum NormalisedText {
    /// Appends the normalised characters of `utf8` to `body` and returns true, or appends
    /// nothing and returns false when a scalar falls outside the table.
    static func appendSimple(_ utf8: UnsafeBufferPointer<UInt8>, to body: inout NormalisedBody) -> Bool {
        guard !utf8.isEmpty else { return true }
        // Each byte gives at most one kept scalar: the text is read into a buffer as long as it,
        // and the scalars are appended once all of it has been read as simple.
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: utf8.count) { kept in
            guard let count = normalise(utf8, into: kept) else { return false }
            body.append(oneScalarCharacters: UnsafeBufferPointer(rebasing: kept[..<count]))
            return true
        }
    }

    /// Writes the normalised scalars of `utf8` to `kept` (at least as long) and returns how many;
    /// nil when a scalar falls outside the table or the bytes are not UTF-8.
    private static func normalise(_ utf8: UnsafeBufferPointer<UInt8>, into kept: UnsafeMutableBufferPointer<UInt32>) -> Int? {
        let table = Self.table
        return table.firstEntry.withUnsafeBufferPointer { firstEntry in
            table.entries.withUnsafeBufferPointer { entries in
                normalise(utf8, into: kept, firstEntry: firstEntry, entries: entries)
            }
        }
    }

    private static func normalise(
        _ utf8: UnsafeBufferPointer<UInt8>, into kept: UnsafeMutableBufferPointer<UInt32>,
        firstEntry: UnsafeBufferPointer<Int32>, entries: UnsafeBufferPointer<UInt32>
    ) -> Int? {
        guard let bytes = utf8.baseAddress, let out = kept.baseAddress, let entry = entries.baseAddress,
              kept.count >= utf8.count else { return 0 }
        let count = utf8.count
        var offset = 0, written = 0
        while offset < count {
            let byte = bytes[offset]
            if byte < 0x80 {
                // Page 0 starts the entries, and no ASCII scalar is left to the characters.
                let value = entry[Int(byte)]
                offset += 1
                out[written] = value
                written &+= value == dropped ? 0 : 1
                continue
            }
            let value: UInt32
            if byte & 0xF0 == 0xE0, offset + 2 < count, bytes[offset + 1] & 0xC0 == 0x80, bytes[offset + 2] & 0xC0 == 0x80 {
                value = UInt32(byte & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F)
                guard value >= 0x800 else { return nil }  // an overlong form: not UTF-8
                offset += 3
                if value >= 0x4E00, value <= 0x9FEF {
                    // CJK Unified Ideographs (to Unicode 11): letters, their own lower case.
                    out[written] = value
                    written += 1
                    continue
                }
            } else if byte & 0xE0 == 0xC0, byte >= 0xC2, offset + 1 < count, bytes[offset + 1] & 0xC0 == 0x80 {
                value = UInt32(byte & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F)
                offset += 2
            } else {
                return nil
            }
            let page = Int(value >> 8)
            guard page < firstEntry.count, case let first = firstEntry[page], first >= 0 else { return nil }
            let mapped = entry[Int(first) + Int(value & 0xFF)]
            if mapped == dropped { continue }
            guard mapped != notSimple else { return nil }
            out[written] = mapped
            written += 1
        }
        return written
    }

    /// The entry of a scalar that is neither a letter nor a number.
    private static let dropped: UInt32 = 0xFFFF_FFFF
    /// The entry of a scalar that joins a neighbour into one character (an extending mark) or
    /// lower-cases to more than one scalar: only the reading on characters can tell.
    private static let notSimple: UInt32 = 0xFFFF_FFFE

    /// The table: for each block of 256 scalars of the Basic Multilingual Plane, where its entries
    /// start (-1 for a block left to the characters), and the entries: the scalar a character of
    /// one scalar is kept as (its lower case), ``dropped`` or ``notSimple``.
    private static let table: (firstEntry: [Int32], entries: [UInt32]) = {
        var firstEntry = [Int32](repeating: -1, count: 0x100)
        var entries: [UInt32] = []
        for page in coveredBlocks {
            firstEntry[Int(page)] = Int32(entries.count)
            entries += (page << 8...(page << 8 | 0xFF)).map(entry)
        }
        return (firstEntry, entries)
    }()

    /// The blocks the table covers, by their high byte: Latin, Greek and Cyrillic (U+0000…U+04FF);
    /// punctuation, letter-like forms, number forms, arrows, mathematical and technical symbols,
    /// enclosed alphanumerics, box drawing, shapes, symbols and dingbats (U+2000…U+27FF); CJK
    /// punctuation and kana (U+3000…U+30FF); enclosed CJK (U+3200…U+32FF); CJK extension A and
    /// the first unified ideographs (U+3400…U+4DFF); the last unified ideographs (U+9F00…U+9FFF;
    /// those between are read before the table); vertical and compatibility forms
    /// (U+FE00…U+FEFF); full-width forms (U+FF00…U+FFFF). Hangul is left out: its jamo join
    /// syllables.
    private static let coveredBlocks: [UInt32] = Array(0x00...0x04) + Array(0x20...0x27) + [0x30, 0x32]
        + Array(0x34...0x4D) + [0x9F, 0xFE, 0xFF]

    /// How the reading on characters treats `value` as a character of its own, or ``notSimple``
    /// when it may join a neighbour into one character or lower-cases to more than one scalar.
    private static func entry(_ value: UInt32) -> UInt32 {
        guard let scalar = Unicode.Scalar(value) else { return notSimple }
        if value >= 0x80, scalar.properties.isGraphemeExtend || !scalar.properties.isGraphemeBase
            || scalar.properties.generalCategory == .spacingMark {
            return notSimple
        }
        // A one-scalar character is a letter when its scalar is alphabetic and a number when it
        // has a numeric type (`Character.isLetter`, `isNumber`), and lower-cases as its scalar
        // does: to itself unless it changes when lower-cased (tested against `Character` for
        // every scalar of the table). Read on the scalar, the table is built without a `String`
        // per scalar.
        let properties = scalar.properties
        guard properties.isAlphabetic || properties.numericType != nil else { return dropped }
        guard properties.changesWhenLowercased else { return value }
        let scalars = properties.lowercaseMapping.unicodeScalars
        guard scalars.count == 1, let only = scalars.first else { return notSimple }
        return only.value
    }
}
