import GovSweepProtocol
import Testing
@testable import PageAnalysis

/// `TermSet` must find exactly what searching term by term finds.
@Suite("One-pass term search")
struct TermSetTests {
    @Test("the first term is the first in list order, not the first in the text")
    func listOrder() {
        let set = TermSet(["赌场", "博彩", "casino"])
        #expect(set.firstTerm(in: "博彩网站与赌场") == "赌场")
        #expect(set.firstTerm(in: "博彩网站") == "博彩")
        #expect(set.firstTerm(in: "全市重点工作推进会议召开") == nil)
        #expect(set.firstTerm(in: "") == nil)
    }

    @Test("ASCII letters compare without case, other bytes exactly")
    func asciiCase() {
        let set = TermSet(["bet365", "casino"])
        #expect(set.firstTerm(in: "Visit BET365 now") == "bet365")
        #expect(set.allTerms(in: "CaSiNo and bet365") == ["bet365", "casino"])
        #expect(set.firstTerm(in: "cas1no") == nil)
    }

    @Test("terms at the very end, one-character terms and overlapping terms")
    func edges() {
        let set = TermSet(["+", "澳门", "澳门赌场", "门赌"])
        #expect(set.allTerms(in: "去澳门赌场") == ["澳门", "澳门赌场", "门赌"])
        #expect(set.firstTerm(in: "更多+") == "+")
        #expect(set.firstTerm(in: "澳") == nil, "half a term at the end is no match")
    }

    @Test("terms sharing their first two bytes, and two-byte terms beside longer ones")
    func sharedHeads() {
        // 六 (E5 85 AD) and 共 (E5 85 B1) share their first two bytes; "ab" is all of "abc"'s head.
        let set = TermSet(["六合彩", "共和国", "ab", "abc"])
        #expect(set.allTerms(in: "共和国六合彩") == ["六合彩", "共和国"])
        #expect(set.allTerms(in: "六合国") == [])
        #expect(set.allTerms(in: "xab") == ["ab"], "a two-byte term at the very end")
        #expect(set.allTerms(in: "xABc") == ["ab", "abc"])
    }

    @Test("on random texts it agrees with searching term by term")
    func agreesWithNaiveSearch() {
        let alphabet = Array("博彩澳门赌场娱乐城中华人民共和国abcABC 1+")
        let terms = ["博彩", "澳门", "娱乐城", "中华人民共合国", "abc", "c a", "1+", "国a"]
        let set = TermSet(terms)
        var generator = SplitMix64(seed: 7)
        for _ in 0..<2000 {
            let length = Int(generator.next() % 24)
            let text = String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
            let lowered = text.lowercased()
            let expected = terms.filter { lowered.containsBytes($0.lowercased()) }
            #expect(set.allTerms(in: text) == expected, "\(text)")
        }
    }
}
