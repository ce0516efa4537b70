/// Skipping to the next byte of a small class, eight bytes at a time (SWAR): a word holding none
/// of them is passed over whole, the first one of a word is found from its mask's lowest bit.
extension ByteSearch {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The offset of the first ASCII digit in `bytes` at or after `start`, or `bytes.count`.
    static func firstDigit(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return bytes.count }
        var i = start
        while i + 8 <= bytes.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            // Bytes strictly between 0x2F and 0x3A, each lane on its own (no carry or borrow
            // crosses a lane): the bit-twiddling hack `hasbetween`.
            let low = word & (ones &* 127)
            let mask = (ones &* (127 + 0x3A) &- low) & ~word & (low &+ ones &* (127 - 0x2F)) & highs
            if mask != 0 { return i + mask.trailingZeroBitCount / 8 }
            i += 8
        }
        while i < bytes.count, base[i] &- 0x30 > 9 { i += 1 }
        return i
    }

    /// The offset of the first line feed or carriage return in `bytes` at or after `start`, or
    /// `bytes.count`.
    static func firstLineBreak(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return bytes.count }
        var i = start
        while i + 8 <= bytes.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            // `haszero` of the word against each byte: its lowest flagged lane is the first match
            // (a borrow only runs upwards from a zero lane).
            let lf = word ^ (ones &* 0x0A), cr = word ^ (ones &* 0x0D)
            let mask = ((lf &- ones) & ~lf | (cr &- ones) & ~cr) & highs
            if mask != 0 { return i + mask.trailingZeroBitCount / 8 }
            i += 8
        }
        while i < bytes.count, base[i] != 0x0A, base[i] != 0x0D { i += 1 }
        return i
    }

    /// True for bytes that are all ASCII white space (space, tab, line feed, carriage return):
    /// the snapshot's test for blank text. The blank runs between tags (indentation) are the most
    /// frequent text, and a loop over their bytes mispredicts at every run's end.
    static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var i = 0
        while i + 8 <= bytes.count {
            guard isBlank(word: UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))) else { return false }
            i += 8
        }
        while i < bytes.count {
            switch base[i] {
            case 0x20, 0x09, 0x0A, 0x0D: i += 1
            default: return false
            }
        }
        return true
    }

    /// True when each of the word's eight bytes is a space, tab, line feed or carriage return.
    static func isBlank(word: UInt64) -> Bool {
        // The high bit of each lane of `y` that is not zero (exact: no carry crosses a lane).
        func nonZero(_ y: UInt64) -> UInt64 { (((y & (ones &* 0x7F)) &+ ones &* 0x7F) | y) & highs }
        // A lane is blank where one of the four comparisons gives zero.
        let notSpace = nonZero(word ^ (ones &* 0x20)), notTab = nonZero(word ^ (ones &* 0x09))
        let notLineFeed = nonZero(word ^ (ones &* 0x0A)), notReturn = nonZero(word ^ (ones &* 0x0D))
        return notSpace & notTab & notLineFeed & notReturn == 0
    }
}
