import GovSweepProtocol
import Testing
@testable import PageAnalysis

/// The snapshot drops text made only of ASCII white space; it reads eight bytes at a time, and
/// must judge every run as a byte-by-byte reading does.
@Suite("Blank text read eight bytes at a time")
struct BlankTextTests {
    private static func blankByBytes(_ bytes: [UInt8]) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }

    @Test("every byte value, at every place of a word of spaces")
    func everyByte() {
        for value in 0...255 {
            for place in 0..<8 {
                var word = [UInt8](repeating: 0x20, count: 8)
                word[place] = UInt8(value)
                let expected = Self.blankByBytes(word)
                #expect(word.withUnsafeBufferPointer { ByteSearch.isBlank($0) } == expected, "byte \(value) at \(place)")
            }
        }
    }

    @Test("random runs of blanks and near-blanks, at every alignment")
    func randomRuns() {
        // White space, and the bytes next to it or that differ from it in one bit.
        let alphabet: [UInt8] = [0x20, 0x09, 0x0A, 0x0D, 0x20, 0x0A, 0x00, 0x08, 0x0B, 0x0C, 0x1F, 0x21, 0x29, 0x30, 0x2D, 0x8A, 0x89, 0xA0, 0xA9, 0x8D, 0xFF]
        var random = SplitMix64(seed: 20_261_205)  // seeded, so that a failure can be replayed
        var blanks = 0
        for _ in 0..<30_000 {
            let length = Int(random.next(below: 40))
            let lead = Int(random.next(below: 8))
            let nearBlank = random.next(below: 2) == 0
            let bytes = (0..<(lead + length)).map { _ in
                random.next(below: nearBlank ? 64 : 4) == 0 ? alphabet[Int(random.next(below: UInt64(alphabet.count)))]
                    : alphabet[Int(random.next(below: 4))]
            }
            let run = Array(bytes[lead...])
            let expected = Self.blankByBytes(run)
            if expected { blanks += 1 }
            let judged = bytes.withUnsafeBufferPointer { ByteSearch.isBlank(UnsafeBufferPointer(rebasing: $0[lead...])) }
            #expect(judged == expected, "\(run)")
        }
        #expect(blanks > 3_000)
    }
}
