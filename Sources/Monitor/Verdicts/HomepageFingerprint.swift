import GovSweepProtocol

/// A short, stable digest of a homepage's dated items: equal for equal sets of dated items
/// (order and undated items do not matter), different when an item is added, removed or redated.
public struct HomepageFingerprint: Hashable, Sendable {
    /// Sixteen hex digits.
    public let value: String

    /// The fingerprint of `items`' dated entries.
    public init(_ items: [DatedItem]) {
        let lines = Set(Self.dated(items).map(Self.line)).sorted()
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for line in lines { hash = StableHash.fnv1a(line + "\n", into: hash) }
        value = StableHash.hex(hash)
    }

    /// The items that carry a date: the only ones that count as updates.
    static func dated(_ items: [DatedItem]) -> [DatedItem] { items.filter { $0.date != nil } }

    /// An item's identity: its date, link and title.
    static func line(_ item: DatedItem) -> String {
        "\(item.date?.iso ?? "")\t\(item.url ?? "")\t\(item.title)"
    }
}
