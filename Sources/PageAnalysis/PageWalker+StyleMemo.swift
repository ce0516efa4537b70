extension PageWalker {
    /// Whether an inline style hides its element (``HiddenStyle/hides(_:)``), remembered by the
    /// bytes of the `style` value: a style seen before costs one hash of its bytes, no string.
    /// Pages repeat a few dozen styles over hundreds of elements.
    struct StyleMemo {
        private struct Entry {
            var span: HTMLSnapshot.ValueSpan
            var hash: UInt64
            var hides: Bool
        }
        private var entries: [Entry] = []
        /// Open addressing: an index into `entries`, or -1; the count is a power of two.
        private var slots = [Int32](repeating: -1, count: 32)

        /// What is remembered for the style whose value is `span` (present) of `bytes`, and the
        /// hash of its bytes, which ``remember(_:hash:hides:)`` takes.
        func known(_ span: HTMLSnapshot.ValueSpan, in bytes: [UInt8]) -> (hides: Bool?, hash: UInt64) {
            bytes.withUnsafeBufferPointer { bytes in
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for offset in Int(span.start)..<Int(span.start + span.count) {
                    hash = (hash ^ UInt64(bytes[offset])) &* 0x100_0000_01b3
                }
                let mask = slots.count - 1
                var slot = Int(truncatingIfNeeded: hash) & mask
                while slots[slot] >= 0 {
                    let entry = entries[Int(slots[slot])]
                    if entry.hash == hash, OpenAddressing.same(entry.span, span, in: bytes) { return (entry.hides, hash) }
                    slot = (slot + 1) & mask
                }
                return (nil, hash)
            }
        }

        /// Remembers what the style at `span`, not known before, says.
        mutating func remember(_ span: HTMLSnapshot.ValueSpan, hash: UInt64, hides: Bool) {
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(entries.count)
            entries.append(Entry(span: span, hash: hash, hides: hides))
            if entries.count * 2 > slots.count { grow() }
        }

        private mutating func grow() {
            slots = OpenAddressing.slots(count: slots.count * 2, hashes: entries.lazy.map(\.hash))
        }
    }
}
