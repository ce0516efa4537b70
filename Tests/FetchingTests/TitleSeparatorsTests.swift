@testable import Fetching
import GovSweepProtocol
import Testing

@Suite("Title separators found on scalars")
struct TitleSeparatorsTests {
    /// The split the detector made before: every `Character` hashed against the set.
    private func characterSplit(_ text: String) -> [String] {
        text.split(whereSeparator: { TitleSeparators.characters.contains($0) }).map(String.init)
    }

    @Test("titles cut as the Character split cuts them", arguments: [
        "页面不存在 - 某市人民政府", "页面不存在_某市人民政府", "404|某县", "信息不存在｜某区—门户网站–首页",
        "首页·某市", "首页\u{0387}某市", "--a--", "-", "", "无分隔符的标题", "a - b - c", "  - 空 -  ",
        "a-\u{0301}b", "a\u{0600}-b", "a-\u{0903}b", "a-\u{200D}b", "a\u{200D}-b", "\u{1F600}-\u{1F600}",
        "🇨🇳-🇨🇳", "e\u{0301}-e\u{0301}", "\r\n-\r\n", "한-국", "か\u{3099}-か\u{3099}", "ｶ-\u{FF9E}",
        "·\u{0300}", "\u{0387}\u{0301}x", "a_b|c｜d—e–f·g\u{0387}h",
    ])
    func sameAsCharacters(title: String) {
        #expect(TitleSeparators.split(title).map(String.init) == characterSplit(title))
    }

    @Test("U+0387 is the same Character as the middle dot, and separates")
    func anoTeleia() {
        #expect(Character("\u{0387}") == "·")
        #expect(TitleSeparators.split("页面不存在\u{0387}某市").map(String.init) == ["页面不存在", "某市"])
    }

    @Test("random titles of separators, CJK, Latin, combining and joining marks split as before")
    func randomTitles() {
        let pool: [Unicode.Scalar] = [
            "-", "_", "|", "｜", "—", "–", "·", "\u{0387}", " ", "a", "Z", "4", "政", "府", "。", "\u{0301}",
            "\u{0903}", "\u{200D}", "\u{0600}", "\u{1F600}", "\u{1F1E8}", "\u{FE0F}", "\r", "\n", "\u{3099}", "한",
        ]
        var generator = SplitMix64(seed: 20)  // seeded, so that a failure can be replayed
        for _ in 0..<2_000 {
            var view = String.UnicodeScalarView()
            for _ in 0..<Int(generator.next(below: 9)) { view.append(pool[Int(generator.next(below: UInt64(pool.count)))]) }
            let title = String(view)
            #expect(TitleSeparators.split(title).map(String.init) == characterSplit(title), "\(title.unicodeScalars.map { $0.value })")
        }
    }

    @Test("the detector's title parts are trimmed and never empty")
    func parts() {
        #expect(SoftNotFoundDetector.parts(of: " 页面不存在 -  某市 ·  ", splittingTitle: true) == ["页面不存在", "某市"])
        #expect(SoftNotFoundDetector.parts(of: " 页面不存在 - 某市 ", splittingTitle: false) == ["页面不存在 - 某市"])
        #expect(SoftNotFoundDetector.parts(of: "   ", splittingTitle: false).isEmpty)
        #expect(SoftNotFoundDetector.parts(of: "", splittingTitle: true).isEmpty)
    }
}
