#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The pieces the walker's small remembering tables share (``ElementMarksMemo``,
/// ``PageWalker/StyleMemo``): open addressing over their entries' indices, linear probing, a
/// power-of-two slot count, and attribute values compared by their bytes.
enum OpenAddressing {
    /// `count` slots (a power of two) holding the index of each entry at the first free slot from
    /// its hash, in order, -1 elsewhere: what a table rebuilds when it grows.
    static func slots(count: Int, hashes: some Sequence<UInt64>) -> [Int32] {
        var slots = [Int32](repeating: -1, count: count)
        let mask = count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
        return slots
    }

    /// Whether two value spans of `bytes` hold the same bytes (absent and empty told apart).
    @inline(__always)
    static func same(_ a: HTMLSnapshot.ValueSpan, _ b: HTMLSnapshot.ValueSpan, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard a.count > 0, a.start != b.start, let base = bytes.baseAddress else { return true }
        return memcmp(base + Int(a.start), base + Int(b.start), Int(a.count)) == 0
    }
}
