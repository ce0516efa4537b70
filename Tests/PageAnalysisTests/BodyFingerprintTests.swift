import GovSweepProtocol
import Testing
@testable import PageAnalysis

/// Signatures are stored and compared across workers and resumed sweeps: the fingerprint read with
/// five-scalar shingles written out and a sentinel for empty bins must give every value the
/// loop over each shingle's scalars gave.
@Suite("Body fingerprint values")
struct BodyFingerprintTests {
    /// The signature as first written: FNV-1a over each shingle's scalars in a loop, a separate
    /// mark per filled bin.
    private static func reference(_ scalars: [UInt32]) -> [UInt32] {
        guard !scalars.isEmpty else { return [] }
        let size = BodySignature.size, width = BodySignature.shingleLength
        var bins = [UInt32](repeating: .max, count: size)
        var filled = [Bool](repeating: false, count: size)
        for start in 0...max(0, scalars.count - width) {
            var shingle: UInt64 = 0xcbf2_9ce4_8422_2325
            for index in start..<min(scalars.count, start + width) {
                shingle = (shingle ^ UInt64(scalars[index])) &* 0x100_0000_01b3
            }
            let hash = BodyFingerprint.mix(shingle)
            let bin = Int(truncatingIfNeeded: hash >> UInt64(64 - BodyFingerprint.binBits))
            let value = UInt32(truncatingIfNeeded: hash >> UInt64(32 - BodyFingerprint.binBits))
            if !filled[bin] || value < bins[bin] {
                bins[bin] = value
                filled[bin] = true
            }
        }
        for bin in 0..<size where !filled[bin] {
            var distance = 1
            while !filled[(bin + distance) % size] { distance += 1 }
            bins[bin] = bins[(bin + distance) % size] &+ UInt32(distance) &* 0x9E37_79B9
        }
        return bins
    }

    @Test("random texts of every length up to 600, short ones and repeated shingles among them, sign as before")
    func sameValues() {
        var random = SplitMix64(seed: 20_261_205)  // seeded, so that a failure can be replayed
        let alphabets: [[UInt32]] = [
            [0x61, 0x62], Array(0x4E00...0x4E0F), [0x30, 0x31, 0x32, 0x33, 0x4F1A, 0x8BAE, 0x1F600, 0x10FFFF, 0],
        ]
        for length in 0...600 {
            for alphabet in alphabets {
                let scalars = (0..<length).map { _ in alphabet[Int(random.next(below: UInt64(alphabet.count)))] }
                #expect(BodyFingerprint.minHashes(ofScalars: scalars[...]) == Self.reference(scalars), "\(length)")
            }
        }
    }

    @Test("a slice not starting at zero signs as its own array")
    func slices() {
        let scalars = Array("会议要求各县市区和市直有关部门要对照评价指标逐项查找短板".unicodeScalars.map(\.value))
        for start in 0..<scalars.count {
            #expect(BodyFingerprint.minHashes(ofScalars: scalars[start...]) == Self.reference(Array(scalars[start...])))
        }
    }
}
