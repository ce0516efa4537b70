import Foundation
import GovSweepProtocol
import Testing
@testable import Rules

@Suite("Copied content (抄袭): copies across sites, originals, reposts and look-alikes")
struct CopiedContentTests {
    /// A signature whose values are `seed`'s, with the first `changed` values replaced.
    static func signature(_ seed: UInt32, changed: Int = 0, length: Int = 300, source: String? = nil) -> BodySignature {
        var values = (0..<UInt32(BodySignature.size)).map { $0 &* 2_654_435_761 &+ seed &* 40_503 }
        for i in 0..<changed { values[i] = values[i] &+ 977 }
        return BodySignature(minHashes: values, length: length, source: source)
    }

    static func article(_ site: String, _ path: String, _ day: Int?, _ signature: BodySignature, name: String? = nil) -> SignedArticle {
        SignedArticle(siteID: site, siteName: name ?? "\(site)门户网站", url: "http://\(site).gov.cn/\(path)",
                      published: day.map { CivilDate(year: 2023, month: 11, day: $0)! }, signature: signature)
    }

    static let judgement = CopiedContentJudgement(rules: .builtIn)

    @Test("a later copy on another site names the earliest original; the original and same-site repeats are not copies")
    func earliestOriginal() {
        let copies = Self.judgement.copies([
            Self.article("b", "2.html", 5, Self.signature(1, changed: 4)),
            Self.article("a", "1.html", 2, Self.signature(1)),
            Self.article("c", "3.html", 9, Self.signature(1)),
            Self.article("c", "4.html", 12, Self.signature(1)),
            Self.article("a", "5.html", 20, Self.signature(1)),
        ])
        // a/5.html repeats its own site's earlier article: not a copy of b.
        #expect(copies.map(\.url) == ["http://b.gov.cn/2.html", "http://c.gov.cn/3.html", "http://c.gov.cn/4.html"])
        #expect(copies.allSatisfy { $0.originalURL == "http://a.gov.cn/1.html" && $0.originalSiteID == "a" })
        #expect(copies[0].similarity == Double(BodySignature.size - 4) / Double(BodySignature.size))
        #expect(copies[0].originalPublished == CivilDate(year: 2023, month: 11, day: 2))
    }

    @Test("bodies alike below the line, undated, published the same day or too short are left out")
    func leftOut() {
        let rules = CopiedContentRules.builtIn
        let unlike = Int(Double(BodySignature.size) * (1 - rules.similarityAtLeast)) + 2
        #expect(Self.judgement.copies([Self.article("a", "1", 1, Self.signature(2)), Self.article("b", "2", 3, Self.signature(2, changed: unlike))]).isEmpty)
        #expect(Self.judgement.copies([Self.article("a", "1", nil, Self.signature(3)), Self.article("b", "2", 3, Self.signature(3))]).isEmpty)
        #expect(Self.judgement.copies([Self.article("a", "1", 3, Self.signature(4)), Self.article("b", "2", 3, Self.signature(4))]).isEmpty)
        let short = Self.signature(5, length: rules.minimumLength - 1)
        #expect(Self.judgement.copies([Self.article("a", "1", 1, short), Self.article("b", "2", 3, short)]).isEmpty)
    }

    @Test("a repost stating a shared outlet, the original's site or the original's own 来源 is no copy; another 来源 is")
    func reposts() {
        let original = Self.article("a", "1", 1, Self.signature(6, source: "赣州市发展和改革委员会"), name: "赣州市发展和改革委员会门户网站")
        func copied(_ source: String) -> [CopiedArticle] {
            Self.judgement.copies([original, Self.article("b", "2", 4, Self.signature(6, source: source))])
        }
        #expect(copied("新华社").isEmpty)
        #expect(copied("赣州市发展和改革委员会").isEmpty)
        #expect(copied("南康区人民政府办公室").count == 1)
        let unit = SignedArticle(siteID: "a", siteName: "赣州市人民政府", siteUnit: "赣州市人民政府办公室", url: "http://a.gov.cn/9",
                                 published: CivilDate(year: 2023, month: 11, day: 1), signature: Self.signature(8))
        #expect(Self.judgement.copies([unit, Self.article("b", "2", 4, Self.signature(8, source: "赣州市人民政府办公室"))]).isEmpty)
        let dispatch = Self.signature(7, source: "人民日报")
        #expect(Self.judgement.copies([Self.article("a", "1", 1, dispatch), Self.article("b", "2", 4, Self.signature(7))]).isEmpty)
    }

    @Test("among thousands of unrelated articles, banding finds the one copied pair")
    func bandingAtScale() {
        var articles = (0..<3000).map { i in Self.article("s\(i % 50)", "\(i).html", 1 + i % 27, Self.signature(UInt32(100 + i))) }
        articles.append(Self.article("x", "copy.html", 28, Self.signature(1234, changed: 3)))
        let copies = Self.judgement.copies(articles)
        #expect(copies.count == 1)
        #expect(copies.first?.url == "http://x.gov.cn/copy.html")
        #expect(copies.first?.originalURL == "http://s34.gov.cn/1134.html")
    }

    @Test("the judge reports content_copied at the copy with the original as target, as a warning, and keeps the pairs")
    func findings() throws {
        let copy = CopiedArticle(
            siteID: Evidence.site.id, url: "\(Evidence.home)gzdt/2.html", published: Evidence.ago(3), originalSiteID: "360000",
            originalSiteName: "某某局门户网站", originalURL: "http://other.gov.cn/1.html", originalPublished: Evidence.ago(20), similarity: 0.97)
        let verdict = Judge(rules: .builtIn, asOf: Evidence.asOf).judge(Evidence.evidence([Evidence.freshHomepage]), copied: [copy])
        let finding = try #require(verdict.findings.first { $0.check == .contentCopied })
        #expect(finding.url == copy.url)
        #expect(finding.target == copy.originalURL)
        #expect(finding.severity == .warning)
        #expect(finding.detail.contains("97%"))
        #expect(verdict.copiedArticles == [copy])
        #expect(verdict.warnings.contains(finding))
    }

    @Test("rule sets without copied_content read with the defaults; an unusable line is refused")
    func rules() throws {
        var rules = RuleSet.builtIn
        rules.copiedContent = nil
        #expect(rules.copiedContentRules == .builtIn)
        rules.copiedContent = CopiedContentRules(similarityAtLeast: 0, minimumLength: 100, sharedSources: [])
        #expect(rules.firstProblem()?.0 == "copied_content.similarity_at_least")
        let decoded = try JSONDecoder().decode(RuleSet.self, from: JSONEncoder().encode(RuleSet.builtIn))
        #expect(decoded.copiedContent == .builtIn)
    }

    @Test("a 来源 names a site when either name holds the other")
    func namesHoldEachOther() {
        #expect(Self.judgement.credits(copySource: "萍乡市政府门户网站", originalNames: ["萍乡市人民政府网站", "萍乡市政府"]))
        #expect(!Self.judgement.credits(copySource: "新余市政府", originalNames: ["萍乡市人民政府网站", "萍乡市政府"]))
    }
}
