extension TermSet {
    /// The Wu–Manber skip table for `terms` (folded): for every pair of bytes as they may stand in
    /// a text (each ASCII letter in either case), how far the end of a window of `window` bytes
    /// (the shortest term's length, at most 64) can move on when the pair ends the window: the
    /// distance from the pair to the window's end in the nearest term that holds it within its
    /// first `window` bytes, or `window − 1` when none does. Empty when a term is shorter than four
    /// bytes (the skips would be too short to pay).
    ///
    /// The table has one entry per ``skipSlot(_:_:)`` (16 KiB), not one per pair (64 KiB): the
    /// smallest shift of the pairs that share it, which is no more than any of them allows. A slot
    /// keeps the low seven bits of each byte, so that pairs of bytes ≥ 0x80 (Chinese text against
    /// Chinese terms) have one each; a table a quarter the size stays in the L1 cache between the
    /// positions a scan reads.
    static func skipTable(for terms: [[UInt8]]) -> (shifts: [UInt8], window: Int) {
        let lengths = terms.map(\.count).filter { $0 > 0 }
        guard let shortest = lengths.min(), shortest >= 4 else { return ([], 0) }
        let window = min(shortest, 64)
        var shifts = [UInt8](repeating: UInt8(window - 1), count: 1 << 14)
        // A letter's other case (the terms are folded: lower case), or the byte itself.
        func other(_ byte: UInt8) -> UInt8 { byte &- 97 < 26 ? byte & ~0x20 : byte }
        for term in terms where !term.isEmpty {
            for end in 1..<window {
                let shift = UInt8(window - 1 - end)
                let first = term[end - 1], second = term[end]
                for slot in [skipSlot(first, second), skipSlot(other(first), second), skipSlot(first, other(second)),
                             skipSlot(other(first), other(second))] {
                    shifts[slot] = min(shifts[slot], shift)
                }
            }
        }
        return (shifts, window)
    }

    /// ``forEachMatch(in:_:)`` when every term is ``window`` bytes or more: a window's last two
    /// bytes say how far it can move without passing over a term's start, so Chinese text, whose
    /// pairs seldom stand in a term, is read a few bytes at a time; a window whose last pair ends
    /// some term's first `window` bytes has its start checked as ``forEachMatch(in:_:)`` checks
    /// every position. Starts come in order, as there.
    func forEachMatchSkipping(in bytes: UnsafeBufferPointer<UInt8>, _ visit: (Int, Int) -> Bool) {
        let count = bytes.count
        let reach = window - 1
        shifts.withUnsafeBufferPointer { shifts in
            var end = reach
            while end < count {
                let shift = Int(shifts[Self.skipSlot(bytes[end - 1], bytes[end])])
                if shift != 0 {
                    end += shift
                    continue
                }
                if visitTerms(at: end - reach, in: bytes, visit) { return }
                end += 1
            }
        }
    }

    /// The entry of ``skipTable(for:)`` for the pair `first`, `second` as they stand in a text.
    @inline(__always)
    static func skipSlot(_ first: UInt8, _ second: UInt8) -> Int { Int(first & 0x7F) << 7 | Int(second & 0x7F) }
}
