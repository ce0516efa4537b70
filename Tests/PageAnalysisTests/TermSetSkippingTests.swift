import GovSweepProtocol
import Testing
@testable import PageAnalysis

/// The skipping search (every term four bytes or more) must visit exactly what a byte-by-byte
/// comparison at every position visits, in the same order.
@Suite("Skipping term search")
struct TermSetSkippingTests {
    @Test("the skip table is made only when every term is four bytes or more")
    func skipTableMade() {
        #expect(TermSet(["中华人民共合国", "习近年", "Casino"]).window == 6)
        #expect(!TermSet(["中华人民共合国", "习近年"]).shifts.isEmpty)
        #expect(TermSet(["中华人民共合国", "abc"]).shifts.isEmpty)
        #expect(TermSet(["中华人民共合国", "+"]).shifts.isEmpty)
    }

    @Test("terms at the start, at the end, overlapping and in either case")
    func edges() {
        let terms = ["习近年", "近年来", "习近年来", "Casino", "asinoX"]
        for text in ["习近年", "学习近年来的", "xx习近年", "CASINOX", "cAsInO", "casin", "习近", "", "a", "习近年习近年"] {
            expectAgrees(terms, text)
        }
    }

    @Test("on random texts it visits what comparing at every position visits")
    func random() {
        let alphabet = Array("习近年来中华人民共和国合abcABC xX")
        let termLists = [
            ["习近年", "近年来", "中华人民共合国", "abcx", "cabc", "x习近"],
            ["AbCa", "bcab", "年来中华", "民共和国合"],
            ["共和国合国", "a  a", "习近年来中华人民共和国合"],
        ]
        var generator = SplitMix64(seed: 23)
        for terms in termLists {
            for _ in 0..<1500 {
                let length = Int(generator.next() % 30)
                let text = String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
                expectAgrees(terms, text)
            }
        }
    }

    @Test("the typo list finds its phrases through the skipping search")
    func typos() {
        let scanner = TypoScanner(extra: [])
        let hits = scanner.hits(in: Array("学习近年来，习近年同志与中华人民共合国，再一次习近年".utf8))
        #expect(hits.map(\.evidence) == ["习近年", "中华人民共合国"])
        #expect(hits.map(\.count) == [2, 1])
    }

    private func expectAgrees(_ terms: [String], _ text: String) {
        let set = TermSet(terms)
        #expect(!set.shifts.isEmpty)
        var visited: [[Int]] = []
        Array(text.utf8).withUnsafeBufferPointer { bytes in
            set.forEachMatch(in: bytes) { index, offset in
                visited.append([index, offset])
                return false
            }
        }
        let folded = text.utf8.map { $0 &- 65 < 26 ? $0 | 0x20 : $0 }
        var expected: [[Int]] = []
        for offset in folded.indices {
            for (index, term) in set.terms.enumerated() where ByteSearch.hasPrefix(term, in: folded, at: offset) {
                expected.append([index, offset])
            }
        }
        #expect(visited == expected, "\(terms) in \(text)")
    }
}
