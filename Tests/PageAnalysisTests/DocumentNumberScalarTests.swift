import GovSweepProtocol
import Testing
@testable import PageAnalysis

/// The document number read from scalars decoded straight from the bytes, labels found in one
/// pass, must be the number the label-by-label reading of the decoded string finds.
@Suite("Document numbers from scalars")
struct DocumentNumberScalarTests {
    @Test("on random texts the one-pass reading agrees with reading label by label")
    func randomTexts() {
        let pieces: [[UInt8]] = [
            "发文字号", "文号", "文件编号", "发文", "文", "字", "号", "：", ":", " ", "\u{3000}", "\n", "吉政明电", "赣府办函", "〔", "〕", "[", "]",
            "2022", "12", "1", "中", "a", "\u{A0}", "\u{2003}", "吉政明电〔2022〕1号", "赣府 办函［2024］12 号", "府\t任(2023)7号",
        ].map { Array($0.utf8) } + [[0xFF], [0xE5, 0x8F]]
        var generator = SplitMix64(seed: 20_261_205)
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(generator.next() % 10) { bytes += pieces[Int(generator.next() % UInt64(pieces.count))] }
            let expected = Self.labelByLabel(String(decoding: bytes, as: UTF8.self))
            #expect(DocumentNumberReader.number(inUTF8: bytes) == expected, "\(String(decoding: bytes, as: UTF8.self))")
        }
        let text = Array("文号：赣府办函〔2024〕12号 发文字号：吉政明电〔2022〕1号".utf8)
        #expect(DocumentNumberReader.number(inUTF8: text) == "吉政明电〔2022〕1号", "the longer label first, wherever it stands")
    }

    /// The reading the one-pass reading replaced.
    private static func labelByLabel(_ text: String) -> String? {
        guard text.unicodeScalars.contains("号") else { return nil }
        let scalars: [Unicode.Scalar] = text.unicodeScalars.filter { !DocumentNumberReader.isWhitespace($0) }
        for label in DocumentNumberReader.labels {
            var at = scalars.startIndex
            while at + label.count <= scalars.endIndex {
                defer { at += 1 }
                guard scalars[at] == label[0], scalars[at..<(at + label.count)].elementsEqual(label) else { continue }
                var start = at + label.count
                while start < scalars.endIndex, DocumentNumberReader.separators.contains(scalars[start]) { start += 1 }
                if let number = DocumentNumberReader.number(at: start, in: scalars) { return number }
            }
        }
        return nil
    }
}
