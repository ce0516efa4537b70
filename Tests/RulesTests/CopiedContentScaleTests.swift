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
        let eligible = articles.filter(Self.judgement.isJudged).sorted { ($0.published!, $0.url) < ($1.published!, $1.url) }
        var pairs: Set<[Int]> = []
        Self.judgement.forEachCandidate(eligible) { pairs.insert([$0, $1]) }
        var expected: [Int: Int] = [:]
        for pair in pairs {
            let (earlier, later) = (pair[0], pair[1])
            guard eligible[earlier].published! < eligible[later].published!,
                  eligible[later].signature.similarity(to: eligible[earlier].signature) >= Self.judgement.rules.similarityAtLeast
            else { continue }
            if expected[later].map({ earlier < $0 }) ?? true { expected[later] = earlier }
        }
        #expect(!expected.isEmpty)
        #expect(Self.judgement.earliestOriginals(eligible) == expected)
    }
}

extension SignedArticle {
    func with(published date: CivilDate) -> SignedArticle {
        var article = self
        article.published = date
        return article
    }
}
