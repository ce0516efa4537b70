import Foundation

extension RuleSet {
    /// The rules as pretty JSON with sorted keys: what `govsweep rules` prints and what `hash` digests.
    public func canonicalJSON() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// A short, stable identity of the rules: 64-bit FNV-1a of the canonical JSON, as 16 hex digits.
    ///
    /// Not a security hash: it tells which rules a report used, and two equal rule sets always agree.
    public var hash: String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in canonicalJSON().utf8 {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01b3
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
