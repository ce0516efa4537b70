import GovSweepProtocol
import Testing
@testable import PageAnalysis

/// The article body's normalised text read on bytes must be what reading it on characters gives,
/// or must leave the text to that reading.
@Suite("Normalised body text on bytes")
struct NormalisedTextTests {
    /// What ``ArticleBodyReader`` keeps of a text when it reads it on characters: the scalars
    /// of the kept characters and how many characters they are.
    private static func onCharacters(_ text: String) -> (scalars: [UInt32], count: Int) {
        var characters: [Character] = []
        for character in text where character.isLetter || character.isNumber {
            characters.append(contentsOf: character.lowercased())
        }
        return (characters.flatMap { $0.unicodeScalars.map(\.value) }, characters.count)
    }

    private static func onBytes(_ bytes: [UInt8]) -> (scalars: [UInt32], count: Int)? {
        var body = NormalisedBody()
        body.append("前")
        let simple = bytes.withUnsafeBufferPointer { NormalisedText.appendSimple($0, to: &body) }
        if !simple {
            #expect(body.scalars == [0x524D] && body.characterCount == 1, "a text left to the characters' reading adds nothing")
            return nil
        }
        return (Array(body.scalars.dropFirst()), body.characterCount - 1)
    }

    @Test("Chinese, ASCII, Latin-1 and full-width text gives what reading characters gives", arguments: [
        "会议强调，要坚持以人民为中心的发展思想。",
        "Hello World 2024-01-06 12:56",
        "来源：新华社\u{3000}发布时间：2024年1月6日",
        "ＡＢＣ１２３ｘｙｚ（全角）",
        "Café naïve ÀÉÎ ß µ ² ¼ a\u{00A0}b",
        "line\r\nbreak\ttab",
        "〇一二三々〆〻",
        "",
    ])
    func sameAsCharacters(_ text: String) {
        let bytes = Array(text.utf8)
        let expected = Self.onCharacters(text)
        if let fast = Self.onBytes(bytes) {
            #expect(fast.scalars == expected.scalars)
            #expect(fast.count == expected.count)
        }
    }

    @Test("random text of the table's scalars, marks and joiners among them, gives what reading characters gives")
    func randomTextAgrees() {
        // Scalars of every block the table covers, with the ones that join a neighbour.
        let pool: [UInt32] = [
            0x41, 0x7A, 0x30, 0x20, 0x0D, 0x0A, 0xE9, 0xDF, 0x130, 0x3A3, 0x3C2, 0x301, 0x410, 0x483, 0x2014, 0x201C,
            0x200D, 0x200B, 0x2103, 0x2160, 0x2460, 0x2605, 0x2716, 0xFE0F, 0x3001, 0x3007, 0x302A, 0x302E, 0x3042,
            0x3099, 0x30AB, 0x3253, 0x3400, 0x4E00, 0x8BAE, 0x9FFF, 0xFE31, 0xFF21, 0xFF41, 0xFF76, 0xFF9E, 0xAC00,
        ]
        var random = SplitMix64(seed: 2_026_120_5)
        for _ in 0..<5_000 {
            var text = ""
            for _ in 0..<(1 + random.next(below: 8)) {
                text.unicodeScalars.append(Unicode.Scalar(pool[Int(random.next(below: UInt64(pool.count)))])!)
            }
            guard let fast = Self.onBytes(Array(text.utf8)) else { continue }
            let expected = Self.onCharacters(text)
            #expect(fast.scalars == expected.scalars && fast.count == expected.count, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("the usual article text is read on bytes")
    func usualTextIsSimple() {
        #expect(Self.onBytes(Array("“十四五”规划——坚持稳中求进，气温25℃，①②③，★重点".utf8)) != nil)
        #expect(Self.onBytes(Array("国务院常务会议近日召开，研究部署进一步优化营商环境 ABC 123。".utf8)) != nil)
        #expect(Self.onBytes(Array("Ｗｅｂ\u{00A0}ｘ".utf8)) != nil)
    }

    @Test("marks that join a character, other scripts and broken UTF-8 are left to the characters' reading", arguments: [
        Array("e\u{0301}会议".utf8),  // a combining accent joins the e
        Array("会\u{302A}议".utf8),  // an ideographic tone mark joins 会
        Array("ｶﾞ".utf8),  // the half-width voiced mark joins ｶ
        Array("한국어".utf8),  // Hangul syllables join by rule
        Array("İstanbul".utf8),  // İ lower-cases to two scalars
        Array("soft\u{00AD}hyphen".utf8),  // a format character
        Array("emoji 👍🏽".utf8),
        [0xE4, 0xBC],  // cut in the middle of a character
        [0xC0, 0x80],  // an overlong NUL
        [0xE0, 0x80, 0x80],  // an overlong NUL in three bytes
        [0xED, 0xA0, 0x80],  // a surrogate
        [0xFF, 0x41],
    ])
    func otherTextFallsBack(_ bytes: [UInt8]) {
        #expect(Self.onBytes(bytes) == nil)
    }

    @Test("every scalar of the tables is judged as its character is")
    func tablesMatchCharacters() {
        let ranges: [ClosedRange<UInt32>] = [0...0x4FF, 0x2000...0x27FF, 0x3000...0x30FF, 0x3200...0x32FF, 0x3400...0x4E20,
                                             0x9F00...0x9FFF, 0xFE00...0xFFFF]
        for value in ranges.joined() {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "前" + String(Character(scalar)) + "后"
            guard let fast = Self.onBytes(Array(text.utf8)) else { continue }
            let expected = Self.onCharacters(text)
            #expect(fast.scalars == expected.scalars && fast.count == expected.count, "U+\(String(value, radix: 16))")
        }
    }

    @Test("the fingerprinted prefix is the first characters, whatever their scalars; a text left to characters is taken back whole")
    func signedPrefixCountsCharacters() {
        var body = NormalisedBody(signedLength: 3)
        body.append("a")
        body.append("i\u{0307}")  // one character of two scalars (what İ lower-cases to)
        body.append(scalar: 0x4F1A)
        body.append(scalar: 0x8BAE)
        #expect(body.characterCount == 4)
        #expect(Array(body.signedScalars) == [0x61, 0x69, 0x307, 0x4F1A])
        let simple = Array("会\u{302A}议".utf8).withUnsafeBufferPointer { NormalisedText.appendSimple($0, to: &body) }
        #expect(!simple)
        #expect(body.characterCount == 4 && body.scalars == [0x61, 0x69, 0x307, 0x4F1A, 0x8BAE])
        #expect(Array(body.signedScalars) == [0x61, 0x69, 0x307, 0x4F1A])
    }
}
