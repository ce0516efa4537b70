import GovSweepProtocol
import Testing
@testable import PageAnalysis

/// A class list read on its bytes must hide an element exactly when the list split on its
/// characters and lower-cased does.
@Suite("Hidden class names read on bytes")
struct HiddenClassNamesTests {
    private static func onCharacters(_ classes: String, _ hidden: Set<String>) -> Bool {
        classes.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).contains { hidden.contains($0.lowercased()) }
    }

    @Test("random class lists of names, blanks, line breaks and marks are judged as on characters")
    func sameJudgement() {
        let hidden: Set<String> = ["hide", "sr-only", "x", "i̇x", "é"]
        let pieces = ["hide", "HIDE", "Hide", "sr-only", "SR-Only", "x", "X", "xx", "İx", "i̇x", "É", "é", "e\u{301}", "a",
                      " ", " ", "\t", "\n", "\r", "\r\n", "\u{301}", "\u{A0}", "\u{200D}", "\u{600}"]
        var random = SplitMix64(seed: 20_261_208)  // seeded, so that a failure can be replayed
        var hits = 0
        for round in 0..<30_000 {
            let pool = round % 2 == 0 ? pieces.count : 8  // half the lists ASCII names and spaces only
            let classes = (0..<Int(random.next(below: 8))).map { _ in pieces[Int(random.next(below: UInt64(pool)))] }.joined()
            let expected = Self.onCharacters(classes, hidden)
            if expected { hits += 1 }
            #expect(PageWalker.namesHidden(classes: classes, hiddenClasses: hidden) == expected, "\(classes.debugDescription)")
        }
        #expect(hits > 1_000)
    }

    @Test("names passed over by their length are never hidden ones", arguments: [
        Set(["hide", "sr-only", "x", "a-very-long-hidden-class-name-of-more-than-sixty-three-bytes-in-all"]),
        Set(["hide", "x", "i̇x", "é"]),
    ])
    func lengthFilter(hidden: Set<String>) {
        let lengths = PageWalker.nameLengths(of: hidden)
        let pieces = ["hide", "HIDE", "hid", "hidee", "sr-only", "SR-ONLY", "x", "X", "xx", "İx", "i̇x", "é", "É",
                      "a-very-long-hidden-class-name-of-more-than-sixty-three-bytes-in-all",
                      "a-very-long-hidden-class-name-of-more-than-sixty-three-bytes-in-alL", "a-very-long-other-name-of-more-than-sixty-three-bytes-in-all-too",
                      " ", "\t", "\n"]
        var random = SplitMix64(seed: 20_261_205)
        var hits = 0
        for _ in 0..<20_000 {
            let classes = (0..<Int(random.next(below: 6))).map { _ in pieces[Int(random.next(below: UInt64(pieces.count)))] }.joined()
            let expected = Self.onCharacters(classes, hidden)
            if expected { hits += 1 }
            #expect(PageWalker.namesHidden(classes: classes, hiddenClasses: hidden, lengths: lengths) == expected, "\(classes.debugDescription)")
        }
        #expect(hits > 1_000)
        #expect(hidden.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } } ? lengths != .max : lengths == .max)
    }
}
