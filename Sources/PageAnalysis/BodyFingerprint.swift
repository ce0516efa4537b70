import GovSweepProtocol

/// One-permutation MinHash over character shingles: each shingle is hashed once, the
/// hash's top bits pick one of ``BodySignature/size`` bins and the smallest of the rest in each
/// bin is kept; an empty bin (short texts) borrows from the next filled bin, marked by the
/// distance, so that two texts agree on it only when they agree on the bin it borrowed from.
///
/// The family is fixed and seeded: every worker computes the same signature for the same text.
/// Its estimate of the Jaccard similarity is as close as classic MinHash's with as many hash
/// functions, at the cost of one hash per shingle instead of one per shingle and function.
enum BodyFingerprint {
    /// The bits of a mixed hash that choose its bin (`size` is a power of two).
    static let binBits = BodySignature.size.trailingZeroBitCount

    /// The signature of `text` (already normalised); empty for an empty text.
    static func minHashes(of text: [Character]) -> [UInt32] {
        minHashes(ofScalars: text.flatMap { $0.unicodeScalars.map(\.value) }[...])
    }

    /// The signature of a normalised text given as its characters' scalar values, in order.
    ///
    /// A shingle seen twice lands in the same bin with the same value, so the shingles are hashed
    /// as they come, with no set of the distinct ones: the smallest value per bin is the same.
    static func minHashes(ofScalars scalars: ArraySlice<UInt32>) -> [UInt32] {
        guard !scalars.isEmpty else { return [] }
        let size = BodySignature.size
        var bins = [UInt32](repeating: .max, count: size)
        var filled = [Bool](repeating: false, count: size)
        let width = BodySignature.shingleLength
        scalars.withUnsafeBufferPointer { scalars in
            for start in 0...max(0, scalars.count - width) {
                var shingle: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a over the shingle's scalars
                for index in start..<min(scalars.count, start + width) {
                    shingle = (shingle ^ UInt64(scalars[index])) &* 0x100_0000_01b3
                }
                let hash = mix(shingle)
                let bin = Int(truncatingIfNeeded: hash >> UInt64(64 - binBits))
                let value = UInt32(truncatingIfNeeded: hash >> UInt64(32 - binBits))
                if !filled[bin] || value < bins[bin] {
                    bins[bin] = value
                    filled[bin] = true
                }
            }
        }
        for bin in 0..<size where !filled[bin] {
            var distance = 1
            while !filled[(bin + distance) % size] { distance += 1 }
            bins[bin] = bins[(bin + distance) % size] &+ UInt32(distance) &* 0x9E37_79B9
        }
        return bins
    }

    /// SplitMix64's finaliser: spreads every input bit over the output.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
