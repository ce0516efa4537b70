/// What an element's `id` and `class` say, judged once per distinct pair of values: where the
/// element sits (``LinkClassifier/region(id:class:)``), whether it is a side box, whether the
/// page's stylesheet hides it by name, and whether it is the 党政机关 badge or 找错 slot widget.
struct ElementMarks {
    var region: LinkClassifier.Region?
    var aside = false
    /// The stylesheet hides this id or one of these classes.
    var hiddenByName = false
    /// For a `span` or `div`: the conac badge's slot or widget.
    var conacSlot = false
    /// For a `span` or `div`: the 找错 slot or widget.
    var errorReportSlot = false
}

/// ``ElementMarks`` remembered by the bytes of the `id` and `class` values, so that an element
/// whose pair was seen before costs one hash of its bytes: no string, no allocation. Pages
/// repeat a few dozen pairs over hundreds of elements.
struct ElementMarksMemo {
    private struct Entry {
        var id: HTMLSnapshot.ValueSpan
        var `class`: HTMLSnapshot.ValueSpan
        var hash: UInt64
        var marks: ElementMarks
    }
    private var entries: [Entry] = []
    /// Open addressing: an index into `entries`, or -1; the count is a power of two.
    private var slots = [Int32](repeating: -1, count: 64)

    /// The marks of the pair (`id`, `class`), two spans of `bytes`; `judge` works them out the
    /// first time the pair's bytes are seen.
    mutating func marks(id: HTMLSnapshot.ValueSpan, class classes: HTMLSnapshot.ValueSpan, in bytes: [UInt8],
                        judge: () -> ElementMarks) -> ElementMarks {
        bytes.withUnsafeBufferPointer { bytes in
            let (slot, hash, found) = lookUp(id: id, class: classes, in: bytes)
            if let found { return found }
            let marks = judge()
            slots[slot] = Int32(entries.count)
            entries.append(Entry(id: id, class: classes, hash: hash, marks: marks))
            if entries.count * 2 > slots.count { grow() }
            return marks
        }
    }

    /// The marks remembered for the pair (`id`, `class`), or nil when the pair was never judged.
    func known(id: HTMLSnapshot.ValueSpan, class classes: HTMLSnapshot.ValueSpan, in bytes: [UInt8]) -> ElementMarks? {
        bytes.withUnsafeBufferPointer { bytes in lookUp(id: id, class: classes, in: bytes).found }
    }

    /// The pair's hash, and the marks remembered for it or else the empty slot where it goes.
    private func lookUp(id: HTMLSnapshot.ValueSpan, class classes: HTMLSnapshot.ValueSpan, in bytes: UnsafeBufferPointer<UInt8>)
        -> (slot: Int, hash: UInt64, found: ElementMarks?)
    {
        let hash = Self.hash(classes, in: bytes, seed: Self.hash(id, in: bytes, seed: 0xcbf2_9ce4_8422_2325))
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let entry = entries[Int(slots[slot])]
            if entry.hash == hash, OpenAddressing.same(entry.id, id, in: bytes), OpenAddressing.same(entry.class, classes, in: bytes) {
                return (slot, hash, entry.marks)
            }
            slot = (slot + 1) & mask
        }
        return (slot, hash, nil)
    }

    private mutating func grow() {
        slots = OpenAddressing.slots(count: slots.count * 2, hashes: entries.lazy.map(\.hash))
    }

    /// FNV-1a over the span's presence, length and bytes.
    private static func hash(_ span: HTMLSnapshot.ValueSpan, in bytes: UnsafeBufferPointer<UInt8>, seed: UInt64) -> UInt64 {
        var hash = (seed ^ UInt64(UInt32(bitPattern: span.count))) &* 0x100_0000_01b3
        guard span.count > 0 else { return hash }
        for offset in Int(span.start)..<Int(span.start + span.count) {
            hash = (hash ^ UInt64(bytes[offset])) &* 0x100_0000_01b3
        }
        return hash
    }
}
