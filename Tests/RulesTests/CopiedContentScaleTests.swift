import GovSweepProtocol
import Testing
@testable import Rules

/// A notice every county reposts puts thousands of articles in one bucket of every band: the
/// check must find the same originals without gathering every candidate pair first.
@Suite("Copied content at scale: originals found band by band")
struct CopiedContentScaleTests {
    static let judgement = CopiedContentJudgement(rules: .builtIn)

    static func day(_ n: Int) -> CivilDate {
        CivilDate(year: 2023, month: 1 + n / 28, day: 1 + n % 28)!
    }

    @Test("a body reposted by more sites than a bucket compares: every repost names the first publication")
    func widelyReposted() {
        let body = CopiedContentTests.signature(7)
        let articles = (0..<150).map { n in
            CopiedContentTests.article("s\(n)", "notice.html", nil, body).with(published: Self.day(n))
        }
        var random = SplitMix64(seed: 4)
        let copies = Self.judgement.copies(articles.shuffled(using: &random))
        #expect(copies.count == 149)
        #expect(copies.allSatisfy { $0.originalURL == "http://s0.gov.cn/notice.html" })
    }

    /// Every band's buckets, worked out from the signatures: the positions in `eligible` of the
    /// articles that agree on all of a band's values, in eligible order.
    static func buckets(_ table: SignatureTable, _ eligible: [Int]) -> [[Int]] {
        let rows = BodySignature.size / CopiedContentJudgement.bands
        return (0..<CopiedContentJudgement.bands).flatMap { band in
            var buckets: [[UInt32]: [Int]] = [:]
            for (position, index) in eligible.enumerated() {
                buckets[Array(table[index].signature.minHashes[(band * rows)..<((band + 1) * rows)]), default: []].append(position)
            }
            return Array(buckets.values)
        }
    }

    @Test("the candidates are each band's bucket pairs: each member with the earliest members before it, at most a bucket's comparisons")
    func candidatesAreBucketPairs() {
        var random = SplitMix64(seed: 7)
        // A body reposted 90 times (one bucket above the comparison limit in every band), and
        // 300 bodies changed in a few values, so that they share some bands and not others.
        var articles = (0..<90).map { n in
            CopiedContentTests.article("r\(n % 30)", "repost-\(n).html", nil, CopiedContentTests.signature(11)).with(published: Self.day(n))
        }
        for n in 0..<300 {
            let changed = Int.random(in: 0...100, using: &random)
            articles.append(CopiedContentTests.article("s\(n % 40)", "\(n).html", nil, CopiedContentTests.signature(UInt32(n % 17), changed: changed))
                .with(published: Self.day(Int.random(in: 0..<300, using: &random))))
        }
        let table = SignatureTable(articles.shuffled(using: &random))
        let eligible = Self.judgement.eligibleArticles(table)
        var found: [[Int]] = []
        Self.judgement.forEachCandidate(table, eligible) { found.append([$0, $1]); return true }
        // The definition: per band, the members of each bucket in eligible order, each paired with
        // the earliest `bucketComparisons` members before it.
        var expected: [[Int]] = []
        for members in Self.buckets(table, eligible) {
            for (rank, later) in members.enumerated() {
                for earlier in members.prefix(min(rank, CopiedContentJudgement.bucketComparisons)) { expected.append([earlier, later]) }
            }
        }
        #expect(found.count == expected.count)
        #expect(found.sorted { $0.lexicographicallyPrecedes($1) } == expected.sorted { $0.lexicographicallyPrecedes($1) })
        #expect(expected.count > 90 * CopiedContentJudgement.bucketComparisons, "the repost's buckets are capped, not skipped")
    }

    @Test("a later article told that it wants no more is offered no further earlier article of that bucket")
    func stopsOffering() {
        var random = SplitMix64(seed: 21)
        let articles = (0..<120).map { n in
            CopiedContentTests.article("s\(n % 9)", "\(n).html", nil, CopiedContentTests.signature(UInt32(n % 5), changed: Int.random(in: 0...40, using: &random)))
                .with(published: Self.day(Int.random(in: 0..<90, using: &random)))
        }
        let table = SignatureTable(articles)
        let eligible = Self.judgement.eligibleArticles(table)
        var offered: [[Int]] = []
        Self.judgement.forEachCandidate(table, eligible) { offered.append([$0, $1]); return false }
        // Only each bucket's first member is offered to each later member, once per band.
        var expected: [[Int]] = []
        for members in Self.buckets(table, eligible) where members.count > 1 {
            expected += members.dropFirst().map { [members[0], $0] }
        }
        #expect(!expected.isEmpty)
        #expect(offered.sorted { $0.lexicographicallyPrecedes($1) } == expected.sorted { $0.lexicographicallyPrecedes($1) })
    }

    @Test("the originals are those of checking every candidate pair once")
    func sameAsEveryPair() {
        var random = SplitMix64(seed: 20)
        // 40 bodies, each reposted 1–12 times with a few values changed, on random days; some
        // share a band with another body by chance (the first values of seeds close together).
        var articles: [SignedArticle] = []
        for body in 0..<40 {
            for copy in 0..<Int.random(in: 1...12, using: &random) {
                let signature = CopiedContentTests.signature(UInt32(body % 29), changed: Int.random(in: 0...60, using: &random))
                articles.append(CopiedContentTests.article(
                    "s\(Int.random(in: 0..<15, using: &random))", "\(body)-\(copy).html", nil, signature
                ).with(published: Self.day(Int.random(in: 0..<200, using: &random))))
            }
        }
        let table = SignatureTable(articles)
        let eligible = Self.judgement.eligibleArticles(table)
        #expect(eligible.map { table[$0].url } == articles.filter { $0.signature.length >= Self.judgement.rules.minimumLength }
            .sorted { ($0.published!, $0.url) < ($1.published!, $1.url) }.map(\.url))
        var pairs: Set<[Int]> = []
        Self.judgement.forEachCandidate(table, eligible) { pairs.insert([$0, $1]); return true }
        var expected = [Int32](repeating: -1, count: eligible.count)
        for pair in pairs {
            let (earlier, later) = (pair[0], pair[1])
            let original = table[eligible[earlier]], copy = table[eligible[later]]
            guard original.published! < copy.published!,
                  copy.signature.similarity(to: original.signature) >= Self.judgement.rules.similarityAtLeast
            else { continue }
            if expected[later] < 0 || earlier < expected[later] { expected[later] = Int32(earlier) }
        }
        #expect(expected.contains { $0 >= 0 })
        // The bands shared out over any number of threads give the same answer as one thread over all bands.
        for lanes in [1, 2, 3, 16] {
            #expect(Self.judgement.earliestOriginals(table, eligible, lanes: lanes) == expected, "lanes: \(lanes)")
        }
    }
}

extension SignedArticle {
    func with(published date: CivilDate) -> SignedArticle {
        var article = self
        article.published = date
        return article
    }
}
