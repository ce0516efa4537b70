import GovSweepProtocol
import Testing
@testable import PageAnalysis

/// The number read on the page's bytes, each label looked for only where a 号 ends it, must be
/// the number the decoded text gives when every scalar is tried.
@Suite("Document numbers read on bytes")
struct DocumentNumberBytesTests {
    /// The reading as first written: the decoded text without White_Space (looked up), every
    /// scalar tried as a label's start.
    private static func everyScalar(_ text: String) -> String? {
        guard text.unicodeScalars.contains("号") else { return nil }
        let scalars: [Unicode.Scalar] = text.unicodeScalars.filter { !$0.properties.isWhitespace }
        for label in DocumentNumberReader.labels {
            var at = scalars.startIndex
            while at + label.count <= scalars.endIndex {
                defer { at += 1 }
                guard scalars[at..<(at + label.count)].elementsEqual(label) else { continue }
                var start = at + label.count
                while start < scalars.endIndex, DocumentNumberReader.separators.contains(scalars[start]) { start += 1 }
                if let number = DocumentNumberReader.number(at: start, in: scalars) { return number }
            }
        }
        return nil
    }

    @Test("White_Space told without the property lookup is the property, for every scalar")
    func whitespaceTable() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(DocumentNumberReader.isWhitespace(scalar) == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
    }

    @Test("Ideographic told for the unified ideographs without the lookup is the property")
    func ideographs() {
        for value in UInt32(0x4000)...0xA000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(DocumentNumberReader.isIdeographic(scalar) == scalar.properties.isIdeographic, "U+\(String(value, radix: 16))")
        }
    }

    @Test("random texts of labels, blanks, separators, brackets, digits and stray bytes read as every scalar tried")
    func sameNumbers() {
        let pieces: [[UInt8]] = ["发文字号", "文号", "文件编号", "发文", "号", "文", "字", "编", "：", ":", "|", "〔", "〕", "[", "]", "（", "）",
                                 "2024", "1", "12", "1234567", "赣府办函", "沪卫", "〇", "㐀", "a", " ", "\n", "\u{3000}", "\u{A0}",
                                 "\u{2028}", "\u{85}", "\u{180E}", "\u{200B}", "，", "。"].map { Array($0.utf8) }
            + [[0x80], [0xE5, 0x8F], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0xE0, 0x80, 0x80]]
        var random = SplitMix64(seed: 20_261_207)  // seeded, so that a failure can be replayed
        var found = 0
        for round in 0..<30_000 {
            var bytes: [UInt8] = []
            let pool = round % 3 == 0 ? pieces.count : pieces.count - 6
            // A number's parts in order, each now and then swapped for a random piece, with random
            // pieces between the parts.
            for part in ["文号", "：", "赣府办函", "〔", "2024", "〕", "12", "号"] {
                for _ in 0..<Int(random.next(below: 3)) where random.next(below: 2) == 0 {
                    bytes += pieces[Int(random.next(below: UInt64(pool)))]
                }
                bytes += random.next(below: 6) == 0 ? pieces[Int(random.next(below: UInt64(pool)))] : Array(part.utf8)
            }
            let expected = Self.everyScalar(String(decoding: bytes, as: UTF8.self))
            if expected != nil { found += 1 }
            #expect(DocumentNumberReader.number(inUTF8: bytes) == expected, "\(bytes)")
        }
        #expect(found > 100)
    }
}
