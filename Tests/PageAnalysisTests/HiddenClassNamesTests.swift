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
}
