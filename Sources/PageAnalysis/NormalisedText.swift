/// An article body's normalised text (letters and digits only, lower case) read on bytes for the
/// text most pages hold: ASCII and Latin-1 (the no-break space), CJK ideographs and the CJK and
/// full-width punctuation around them.
///
/// ``ArticleBodyReader`` keeps each `Character` of a text that is a letter or a number, lower-cased.
/// Done on `Character`s that costs a grapheme break, two Unicode property lookups and a lower-cased
/// `String` per character. For the scalars below none of that can differ from a table: none of them
/// joins the scalar before or after it into one character (no extending mark, no prepended sign;
/// the one ASCII pair that joins, CR LF, is neither letter nor number however it is split), so each
/// is a character of its own, and what it becomes is looked up. A text holding any other scalar, or
/// bytes that are not UTF-8, is left to the reading on characters, whole.
enum NormalisedText {
    /// Appends the normalised characters of `utf8` to `body` and returns true, or appends
    /// nothing and returns false when a scalar falls outside the table.
    static func appendSimple(_ utf8: UnsafeBufferPointer<UInt8>, to body: inout NormalisedBody) -> Bool {
        let startCharacters = body.characterCount, startScalars = body.scalars.count
        let table = smallTable
        var offset = 0
        let count = utf8.count
        while offset < count {
            let byte = utf8[offset]
            var value: UInt32
            if byte < 0x80 {
                value = UInt32(byte)
                offset += 1
            } else if byte & 0xE0 == 0xC0, byte >= 0xC2, offset + 1 < count, utf8[offset + 1] & 0xC0 == 0x80 {
                value = UInt32(byte & 0x1F) << 6 | UInt32(utf8[offset + 1] & 0x3F)
                offset += 2
            } else if byte & 0xF0 == 0xE0, offset + 2 < count, utf8[offset + 1] & 0xC0 == 0x80, utf8[offset + 2] & 0xC0 == 0x80 {
                value = UInt32(byte & 0x0F) << 12 | UInt32(utf8[offset + 1] & 0x3F) << 6 | UInt32(utf8[offset + 2] & 0x3F)
                guard value >= 0x800 else {  // an overlong form: not UTF-8
                    body.truncate(toCharacters: startCharacters, scalars: startScalars)
                    return false
                }
                offset += 3
            } else {
                body.truncate(toCharacters: startCharacters, scalars: startScalars)
                return false
            }
            if value >= 0x4E00, value <= 0x9FEF {
                // CJK Unified Ideographs (to Unicode 11): letters, their own lower case.
                body.append(scalar: value)
                continue
            }
            let slot: Int
            switch value {
            case 0..<0x100: slot = Int(value)
            case 0x3000..<0x3040: slot = 0x100 + Int(value - 0x3000)
            case 0xFF00..<0xFFF0: slot = 0x140 + Int(value - 0xFF00)
            default:
                body.truncate(toCharacters: startCharacters, scalars: startScalars)
                return false
            }
            switch table[slot] {
            case .dropped: continue
            case .kept(let scalar): body.append(scalar: scalar)
            case .notSimple:
                body.truncate(toCharacters: startCharacters, scalars: startScalars)
                return false
            }
        }
        return true
    }

    private enum Entry {
        case dropped
        /// Kept as this one scalar (its lower case).
        case kept(UInt32)
        /// Joins a neighbour into one character (an extending mark) or lower-cases to more than
        /// one scalar: only the reading on characters can tell.
        case notSimple
    }

    /// Latin-1 (ASCII and U+0080…U+00FF, with the no-break space), then U+3000…U+303F, then
    /// U+FF00…U+FFEF, each judged the way the reading on
    /// characters judges it.
    private static let smallTable: [Entry] = {
        let ranges: [ClosedRange<UInt32>] = [0...0xFF, 0x3000...0x303F, 0xFF00...0xFFEF]
        return ranges.flatMap { range in
            range.map { value -> Entry in
                guard let scalar = Unicode.Scalar(value) else { return .notSimple }
                if value >= 0x80, scalar.properties.isGraphemeExtend || !scalar.properties.isGraphemeBase {
                    return .notSimple
                }
                let character = Character(scalar)
                guard character.isLetter || character.isNumber else { return .dropped }
                let lowered = character.lowercased()
                let scalars = lowered.unicodeScalars
                guard scalars.count == 1, let only = scalars.first else { return .notSimple }
                return .kept(only.value)
            }
        }
    }()
}
