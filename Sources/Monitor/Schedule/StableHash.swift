/// Hashing whose output depends only on its input, on every platform and Swift version
/// (unlike `Hasher`, which is seeded per process). Used where a value is stored or must be reproducible.
enum StableHash {
    /// FNV-1a over the UTF-8 bytes of `text`, 64 bits.
    static func fnv1a(_ text: String, into start: UInt64 = 0xCBF2_9CE4_8422_2325) -> UInt64 {
        var hash = start
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// The SplitMix64 finaliser: spreads every input bit over the output.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in `0..<1` determined by `key`, `seed` and `index`.
    static func unit(_ key: String, seed: UInt64, index: UInt64) -> Double {
        let bits = mix(fnv1a(key) ^ mix(seed) ^ mix(index &* 0xD6E8_FEB8_6659_FD93))
        return Double(bits >> 11) * 0x1.0p-53
    }

    /// Sixteen lower-case hex digits of `value`.
    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
