import GovSweepProtocol

/// MinHash over character shingles with a fixed, seeded family of hash functions, so that every
/// worker of every version computes the same signature for the same text.
enum BodyFingerprint {
    /// The seeds of the ``BodySignature/size`` hash functions (fixed: signatures from different
    /// workers and sweeps must compare).
    static let seeds: [UInt64] = (0..<UInt64(BodySignature.size)).map { mix(0x5EED_0F_C0B1ED &+ $0 &* 0x9E37_79B9_7F4A_7C15) }

    /// The signature of `text` (already normalised): per seed, the smallest mixed shingle hash.
    static func minHashes(of text: [Character]) -> [UInt32] {
        let shingles = shingleHashes(text)
        guard !shingles.isEmpty else { return [] }
        return seeds.map { seed in
            var smallest = UInt64.max
            for shingle in shingles { smallest = min(smallest, mix(shingle ^ seed)) }
            return UInt32(truncatingIfNeeded: smallest >> 32)
        }
    }

    /// The distinct FNV-1a hashes of the text's shingles (the whole text when shorter than one).
    static func shingleHashes(_ text: [Character]) -> Set<UInt64> {
        let scalars = text.flatMap(\.unicodeScalars).map(\.value)
        let width = BodySignature.shingleLength
        guard !scalars.isEmpty else { return [] }
        var hashes = Set<UInt64>()
        for start in 0...max(0, scalars.count - width) {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for value in scalars[start..<min(scalars.count, start + width)] {
                hash = (hash ^ UInt64(value)) &* 0x100_0000_01b3
            }
            hashes.insert(hash)
        }
        return hashes
    }

    /// SplitMix64's finaliser: spreads every input bit over the output.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
