import GovSweepProtocol
import Testing
@testable import PageAnalysis

/// The policy link reader's byte checks must answer as the character operations they stand for.
@Suite("Policy words on bytes")
struct PolicyWordBytesTests {
    static let pieces = [
        "解", "读", "图", "文件", "通知", "》", "《", "关于", "a", " ", "\t", "\r\n", "\u{3000}", "\u{2028}", "\u{2029}", "\u{A0}",
        "\u{85}", "\u{1680}", "\u{2009}", "\u{200A}", "\u{200B}", "\u{202F}", "\u{205F}", "\u{2060}", "“", "”", "\u{301}", "\u{600}",
        "\u{F900}", "\u{2F874}", "\u{3001}", "é",
    ]

    @Test("on random texts the white-space filter gives what filtering characters gives")
    func whitespace() {
        var generator = SplitMix64(seed: 20_261_205)
        for _ in 0..<20_000 {
            let text = Self.randomText(&generator)
            let filtered = text.filter { !$0.isWhitespace }
            #expect(Array(PolicyLinkReader.withoutWhitespace(text).utf8) == Array(filtered.utf8), "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test("on random texts the endings told on bytes are the characters' suffixes")
    func endings() {
        var generator = SplitMix64(seed: 5)
        for _ in 0..<20_000 {
            let text = Self.randomText(&generator)
            let column = ["解读", "图解", "文件"].contains { text.hasSuffix($0) }
            #expect(PolicyLinkReader.endsWithAny(Substring(text), of: PolicyLinkReader.columnEndings) == column, "\(text.unicodeScalars.map(\.value))")
            let title = PolicyLinkReader.documentEndings.contains { text.hasSuffix($0) || text.hasSuffix($0 + "》") }
            #expect(PolicyLinkReader.endsWithAny(Substring(text), of: PolicyLinkReader.titleEndings) == title, "\(text.unicodeScalars.map(\.value))")
        }
        #expect(PolicyLinkReader.endsWithAny("政策解读", of: PolicyLinkReader.columnEndings))
        #expect(!PolicyLinkReader.endsWithAny("政策解读\u{301}", of: PolicyLinkReader.columnEndings))
        #expect(!PolicyLinkReader.endsWithAny("政策解\u{600}读", of: PolicyLinkReader.columnEndings))
    }

    private static func randomText(_ generator: inout SplitMix64) -> String {
        (0..<Int(generator.next() % 8)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
    }
}
