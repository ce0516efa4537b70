import Testing
@testable import PageAnalysis

/// A ``SmallStringSet`` must answer as a `Set<String>` does, below and past its limit.
@Suite("Small string sets")
struct SmallStringSetTests {
    @Test("insert and contains agree with Set<String>", arguments: [3, SmallStringSet.limit, SmallStringSet.limit + 1, 100])
    func agreesWithSet(distinct: Int) {
        // Repeats, canonically equivalent spellings (é as one scalar and as e + accent) and URLs.
        var strings: [String] = []
        for i in 0..<distinct { strings.append("http://www.example.gov.cn/col/col\(i)/index.html") }
        strings += ["caf\u{E9}", "cafe\u{301}", "", "http://www.example.gov.cn/col/col0/index.html"]
        var small = SmallStringSet()
        var reference = Set<String>()
        for round in 0..<3 {
            for (index, string) in strings.enumerated() where (index + round) % 2 == 0 || round == 2 {
                #expect(small.contains(string) == reference.contains(string), "\(string)")
                #expect(small.insert(string) == reference.insert(string).inserted, "\(string)")
            }
        }
        #expect(!small.contains("http://www.example.gov.cn/"))
    }
}
