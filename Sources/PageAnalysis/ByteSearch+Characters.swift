extension ByteSearch {
    /// Where a needle first occurs in a text as whole characters, as far as its bytes can tell.
    enum CharacterMatch {
        /// The needle's bytes are not in the text (a character search could still find a
        /// compatibility spelling, U+2F874 for 当: the callers look for the bytes, as before).
        case absent
        /// The first occurrence, found on bytes, is the first a search of characters finds.
        case at(Range<String.Index>)
        /// The bytes cannot tell: search the characters.
        case unsure
    }

    /// `text.firstRange(of: needle)` (characters compared by canonical equivalence) read on bytes
    /// when that must give the same answer, for a needle of scalars that have no canonical
    /// decomposition and that no sequence of other scalars composes to (CJK ideographs, ASCII,
    /// full-width punctuation: 当前位置, 来源：, `createPageHTML(`).
    ///
    /// A character equal to one of the needle's is then that scalar itself or a scalar whose
    /// canonical decomposition is that one scalar alone (a compatibility ideograph: U+2F874 is
    /// 当). So the first match of bytes is the first match of characters when no such singleton
    /// comes before it, and when characters break on both sides of it: the scalar before it
    /// (if any) is one after which a character always ends (ASCII, CJK, full-width forms: none
    /// is a prepended mark), and the scalar after it (if any) starts a character (none of them
    /// extends the one before). Otherwise ``CharacterMatch/unsure``.
    static func firstCharacterMatch<Text: StringProtocol>(of needle: [UInt8], in text: Text) -> CharacterMatch {
        let utf8 = text.utf8
        let found = utf8.withContiguousStorageIfAvailable { bytes -> (Int, Bool)? in
            guard let offset = needle.withUnsafeBufferPointer({ firstOffset(of: $0, in: bytes, from: 0) }) else { return nil }
            let end = offset + needle.count
            let sure = !holdsSingleton(UnsafeBufferPointer(rebasing: bytes[..<offset]))
                && (offset == 0 || endsCharacter(scalar(before: offset, in: bytes)))
                && (end == bytes.count || startsCharacter(scalar(at: end, in: bytes)))
            return (offset, sure)
        }
        guard let found else { return .unsure }
        guard let match = found else { return .absent }
        guard match.1 else { return .unsure }
        let start = utf8.index(utf8.startIndex, offsetBy: match.0)
        return .at(start..<utf8.index(start, offsetBy: needle.count))
    }

    /// Whether `bytes` hold a scalar whose canonical decomposition is one other scalar (the
    /// singletons of Unicode 16: U+0340…U+0387, U+1FBE…U+1FFD, U+2000…U+2001, U+2126…U+212B,
    /// U+2329…U+232A, the compatibility ideographs U+F900…U+FAFF and U+2F800…U+2FA1F; checked by
    /// ranges a little wider than the list).
    static func holdsSingleton(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0xC0 {
                index += 1
                continue
            }
            let value = scalar(at: index, in: bytes)
            switch value {
            case 0x0340...0x0387, 0x1FBE...0x1FFD, 0x2000...0x2001, 0x2126...0x212B, 0x2329...0x232A,
                 0xF900...0xFAFF, 0x2F800...0x2FA1F:
                return true
            default:
                index += lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            }
        }
        return false
    }

    /// True for a scalar no following scalar joins into one character with (none is a prepended
    /// mark): ASCII, CJK symbols and ideographs (U+3000…U+9FFF), full-width forms (U+FF00…U+FFEF).
    static func endsCharacter(_ value: UInt32) -> Bool {
        value < 0x80 || (0x3000...0x9FFF).contains(value) || (0xFF00...0xFFEF).contains(value)
    }

    /// True for a scalar that always starts a character (no extending or spacing mark, no
    /// joiner): printable ASCII, CJK symbols U+3000…U+3029, ideographs U+3400…U+9FFF, full-width
    /// forms U+FF01…U+FF5E. Line breaks are left out (CR joins LF).
    static func startsCharacter(_ value: UInt32) -> Bool {
        (0x20...0x7E).contains(value) || (0x3000...0x3029).contains(value) || (0x3400...0x9FFF).contains(value)
            || (0xFF01...0xFF5E).contains(value)
    }

    /// The scalar value whose UTF-8 starts at `index` of valid UTF-8 `bytes`.
    static func scalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let lead = UInt32(bytes[index])
        guard lead >= 0x80 else { return lead }
        let count = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard index + count <= bytes.count else { return 0xFFFD }
        var value = lead & (count == 2 ? 0x1F : count == 3 ? 0x0F : 0x07)
        for offset in 1..<count { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return value
    }

    /// The scalar value whose UTF-8 ends just before `end` of valid UTF-8 `bytes`.
    static func scalar(before end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(at: start, in: bytes)
    }
}
