import GovSweepProtocol
import Testing
@testable import PageAnalysis

/// The scans that skip eight bytes at a time must stop where a byte-by-byte scan stops, and the
/// text joined for the identity marks must be what the byte-by-byte joining gave.
@Suite("Byte runs skipped a word at a time")
struct ByteRunsTests {
    /// Bytes around each class's edges: digits and their neighbours, breaks, blanks, high bytes.
    private static let pool: [UInt8] = [0x2F, 0x30, 0x35, 0x39, 0x3A, 0x0A, 0x0D, 0x09, 0x20, 0x0B, 0x0C, 0x00,
                                        0x41, 0x78, 0x7F, 0x80, 0x8A, 0x8D, 0xAF, 0xB0, 0xB9, 0xBA, 0xE5, 0xFF]

    private static func randomBytes(_ random: inout SplitMix64, count: Int, pool: [UInt8]) -> [UInt8] {
        (0..<count).map { _ in pool[Int(random.next(below: UInt64(pool.count)))] }
    }

    @Test("the first digit and the first line break are where a byte-by-byte scan finds them")
    func sameStops() {
        var random = SplitMix64(seed: 20_261_205)  // seeded, so that a failure can be replayed
        for _ in 0..<20_000 {
            let length = Int(random.next(below: 40))
            // Sparse classes too, so that whole words are skipped.
            let sparse = random.next(below: 2) == 0
            let bytes = Self.randomBytes(&random, count: length, pool: sparse ? [0x41, 0xE5, 0x8D, 0x20] + Self.pool.prefix(2) : Self.pool)
            let start = length == 0 ? 0 : Int(random.next(below: UInt64(length + 1)))
            let digit = bytes[start...].firstIndex { $0 >= 0x30 && $0 <= 0x39 } ?? length
            let lineBreak = bytes[start...].firstIndex { $0 == 0x0A || $0 == 0x0D } ?? length
            bytes.withUnsafeBufferPointer { buffer in
                #expect(ByteSearch.firstDigit(in: buffer, from: start) == digit, "\(bytes) from \(start)")
                #expect(ByteSearch.firstLineBreak(in: buffer, from: start) == lineBreak, "\(bytes) from \(start)")
            }
        }
    }

    /// The joining as first written, scanning byte by byte and counting the spaces before a break.
    private static func joinedByteByByte(_ text: [UInt8]) -> [UInt8] {
        var joined: [UInt8] = []
        let isDigit = { (b: UInt8) in b >= 48 && b <= 57 }
        let isBlank = { (b: UInt8) in b == 32 || b == 9 || b == 10 || b == 13 }
        var i = 0
        while i < text.count {
            let byte = text[i]
            guard byte == 10 || byte == 13 else {
                joined.append(byte)
                i += 1
                continue
            }
            var end = i
            while end < text.count, isBlank(text[end]) { end += 1 }
            var spacesBefore = 0
            while spacesBefore < joined.count, joined[joined.count - 1 - spacesBefore] == 32 || joined[joined.count - 1 - spacesBefore] == 9 {
                spacesBefore += 1
            }
            let run = text[i..<end]
            let hasBlanks = run.contains { $0 == 32 || $0 == 9 }
            let fromSource = spacesBefore > 0 || run.count > 1
            let before = joined.last.map(isDigit) ?? false
            let after = end < text.count && isDigit(text[end])
            if after, !hasBlanks, spacesBefore == 0, before || fromSource {
                joined.append(32)
            } else if hasBlanks {
                for blank in run where blank == 32 || blank == 9 { joined.append(blank) }
            }
            i = end
        }
        return joined
    }

    @Test("text nodes are joined as byte by byte")
    func sameJoining() {
        var random = SplitMix64(seed: 20_261_206)
        let pool: [UInt8] = [0x0A, 0x0A, 0x0D, 0x20, 0x09, 0x31, 0x39, 0x41, 0xE5, 0x8F, 0xB7]
        for _ in 0..<20_000 {
            let text = Self.randomBytes(&random, count: Int(random.next(below: 48)), pool: pool)
            #expect(IdentityScanner.joiningTextNodes(text) == Self.joinedByteByByte(text), "\(text)")
        }
    }
}
