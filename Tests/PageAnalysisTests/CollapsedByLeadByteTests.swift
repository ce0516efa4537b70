import GovSweepProtocol
import Testing
@testable import PageAnalysis

@Suite("Collapsed text: the check by lead byte")
struct CollapsedByLeadByteTests {
    @Test("the contiguous check answers as the general one", arguments: [
        "", "a", " a", "a ", "a  b", "a b", "政府 网站", "政府\u{3000}网站", "政府\u{00A0}网站", "a\u{2000}b", "a\u{200B}b",
        "a\u{200C}b", "a\u{FEFF}b", "a\tb", "a\nb", "\u{3000}", "a\u{0001}b", "€uro", "中文标题（2024年）", "a\u{E2}",
    ])
    func sameAnswer(text: String) {
        let bytes = Array(text.utf8)
        let general = TextTools.isCollapsed(bytes)
        #expect(bytes.withUnsafeBufferPointer { TextTools.isCollapsed($0) } == general)
    }

    @Test("byte sequences cut short or not valid UTF-8 get the same answer", arguments: [
        [0xC2] as [UInt8], [0xE2, 0x80], [0xE3, 0x80], [0xEF, 0xBB], [0x41, 0xE3, 0x80, 0x80], [0xE2, 0x80, 0x8B, 0x41],
        [0xE2, 0x80, 0x8C], [0x80, 0x80, 0xE3, 0x80, 0x80], [0xC2, 0xA0], [0x41, 0x20, 0x20, 0x41], [0xFF, 0xC2, 0xA0],
    ])
    func invalidBytes(bytes: [UInt8]) {
        #expect(bytes.withUnsafeBufferPointer { TextTools.isCollapsed($0) } == TextTools.isCollapsed(bytes))
    }
}
