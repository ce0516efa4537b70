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
    /// A bin is held in 64 bits while the shingles are read, `UInt64.max` while it is empty, so
    /// that one comparison both fills an empty bin and keeps a filled one's smallest value.
    static func minHashes(ofScalars scalars: ArraySlice<UInt32>) -> [UInt32] {
        guard !scalars.isEmpty else { return [] }
        let size = BodySignature.size
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: size) { bins in
            bins.initialize(repeating: .max)
            scalars.withUnsafeBufferPointer { scalars in
                if scalars.count < BodySignature.shingleLength {
                    keep(hash: fnv(scalars), in: bins, binBits: binBits)
                } else {
                    hashShingles(of: scalars, into: bins)
                }
            }
            return [UInt32](unsafeUninitializedCapacity: size) { values, count in
                borrow(from: bins, into: values)
                count = size
            }
        }
    }

    /// The signature's values from the bins (at least one filled): a filled bin's own value, an
    /// empty one's the next filled bin's (in ring order) plus its distance times 0x9E3779B9.
    ///
    /// One pass backwards round the ring from a filled bin, carrying the nearest filled bin ahead:
    /// a text of a few shingles leaves most bins empty, and looking ahead from each of them read
    /// about `size²/2` bins (≈ 8,000 for one shingle).
    private static func borrow(from bins: UnsafeMutableBufferPointer<UInt64>, into values: UnsafeMutableBufferPointer<UInt32>) {
        let size = bins.count
        guard var next = bins.lastIndex(where: { $0 != .max }) else { return }
        var bin = next
        for _ in 0..<size {
            if bins[bin] != .max {
                next = bin
                values[bin] = UInt32(truncatingIfNeeded: bins[bin])
            } else {
                let distance = next > bin ? next - bin : next + size - bin
                values[bin] = UInt32(truncatingIfNeeded: bins[next]) &+ UInt32(distance) &* 0x9E37_79B9
            }
            bin = bin == 0 ? size - 1 : bin - 1
        }
    }

    /// FNV-1a, 64 bits, over the scalars of a text shorter than a shingle: its one shingle.
    private static func fnv(_ scalars: UnsafeBufferPointer<UInt32>) -> UInt64 {
        var shingle: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in scalars { shingle = (shingle ^ UInt64(scalar)) &* 0x100_0000_01b3 }
        return shingle
    }

    /// Keeps every five-scalar shingle of `scalars` (at least five long) in `bins`: FNV-1a over
    /// the five scalars, written out.
    private static func hashShingles(of scalars: UnsafeBufferPointer<UInt32>, into bins: UnsafeMutableBufferPointer<UInt64>) {
        assert(BodySignature.shingleLength == 5 && scalars.count >= 5)
        let prime: UInt64 = 0x100_0000_01b3
        let binBits = Self.binBits
        guard let base = scalars.baseAddress else { return }
        for start in 0...(scalars.count - 5) {
            let at = base + start
            var shingle: UInt64 = 0xcbf2_9ce4_8422_2325
            shingle = (shingle ^ UInt64(at[0])) &* prime
            shingle = (shingle ^ UInt64(at[1])) &* prime
            shingle = (shingle ^ UInt64(at[2])) &* prime
            shingle = (shingle ^ UInt64(at[3])) &* prime
            shingle = (shingle ^ UInt64(at[4])) &* prime
            keep(hash: shingle, in: bins, binBits: binBits)
        }
    }

    /// Mixes a shingle's hash: its top bits pick the bin, the next 32 are its value there.
    @inline(__always)
    private static func keep(hash shingle: UInt64, in bins: UnsafeMutableBufferPointer<UInt64>, binBits: Int) {
        let hash = mix(shingle)
        let bin = Int(truncatingIfNeeded: hash >> UInt64(64 - binBits))
        let value = UInt64(UInt32(truncatingIfNeeded: hash >> UInt64(32 - binBits)))
        let slot = bins.baseAddress! + bin
        if value < slot.pointee { slot.pointee = value }
    }

    /// SplitMix64's finaliser: spreads every input bit over the output.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
