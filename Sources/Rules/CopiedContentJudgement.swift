import GovSweepProtocol

/// Finds, across a whole sweep, the articles whose body is the same or nearly the same as an
/// earlier article on another site.
///
/// Candidates come from LSH banding of the MinHash signatures (articles that agree on every value
/// of at least one band), so a province of 100 000 articles is never compared pair by pair; each
/// candidate is confirmed by its estimated similarity. The earliest publication is the original.
/// Left out: bodies shorter than the line, undated articles, articles stating a shared outlet
/// (新华社 …) as their 来源, and copies whose stated 来源 names the original's site.
public struct CopiedContentJudgement: Sendable {
    public let rules: CopiedContentRules

    /// Bands of the signature; with 128 values, 16 bands of 8 make pairs alike at 0.7 likely candidates
    /// and pairs alike at 0.9 candidates almost surely.
    static let bands = 16
    /// A band bucket holding more articles than this compares each only with the earliest this many.
    static let bucketComparisons = 64

    public init(rules: CopiedContentRules) {
        self.rules = rules
    }

    /// The copies among `articles`, each with its earliest original, ordered by site and address.
    public func copies(_ articles: [SignedArticle]) -> [CopiedArticle] {
        let eligible = articles.filter(isJudged).sorted { ($0.published!, $0.url) < ($1.published!, $1.url) }
        let originals = earliestOriginals(eligible)
        // The earliest alike article is the original: a site repeating its own article, or crediting it, copies nothing.
        return originals.filter { later, earlier in
            eligible[later].siteID != eligible[earlier].siteID && !credits(eligible[later], eligible[earlier])
        }.map { later, earlier in
            let copy = eligible[later], original = eligible[earlier]
            return CopiedArticle(
                siteID: copy.siteID, url: copy.url, published: copy.published!, originalSiteID: original.siteID,
                originalSiteName: original.siteName, originalURL: original.url, originalPublished: original.published!,
                similarity: copy.signature.similarity(to: original.signature))
        }.sorted { ($0.siteID, $0.url) < ($1.siteID, $1.url) }
    }

    /// For each article (by index in `eligible`, ordered by date) that has one, the earliest
    /// earlier-dated article alike enough among its candidates.
    ///
    /// Candidates are checked as each band's buckets are built, never gathered in a set first: a
    /// body repeated across a province (a notice every county reposts) is in one bucket per band
    /// with thousands of others, and its up to ``bucketComparisons`` pairs per band and article
    /// would take gigabytes at 4,000 sites. A candidate no earlier than the original found so far
    /// cannot change the answer and is not checked again, so the result is the same as checking
    /// every candidate pair once.
    func earliestOriginals(_ eligible: [SignedArticle]) -> [Int: Int] {
        var originals: [Int: Int] = [:]
        forEachCandidate(eligible) { earlier, later in
            if let found = originals[later], found <= earlier { return }
            let original = eligible[earlier], copy = eligible[later]
            guard original.published! < copy.published!,
                  copy.signature.similarity(to: original.signature) >= rules.similarityAtLeast
            else { return }
            originals[later] = earlier
        }
        return originals
    }

    /// Dated, long enough, a full signature, and not a repost of a shared outlet.
    func isJudged(_ article: SignedArticle) -> Bool {
        guard article.published != nil, article.signature.length >= rules.minimumLength,
              article.signature.minHashes.count == BodySignature.size
        else { return false }
        guard let source = article.signature.source else { return true }
        return !rules.sharedSources.contains { !$0.isEmpty && source.contains($0) }
    }

    /// Whether the copy's stated 来源 names the original's site (its name or unit), or the origin the original states.
    func credits(_ copy: SignedArticle, _ original: SignedArticle) -> Bool {
        guard let source = copy.signature.source.map(Self.stem), source.count >= 2 else { return false }
        let names = [original.siteName, original.siteUnit, original.signature.source].compactMap { $0.map(Self.stem) }.filter { $0.count >= 2 }
        return names.contains { $0.contains(source) || source.contains($0) }
    }

    /// A name without the words that tell a website from its owner (门户网站, 网站, 官网).
    static func stem(_ name: String) -> String {
        var text = name.filter { !$0.isWhitespace }
        for suffix in ["门户网站", "政府网站", "网站", "官网", "门户"] where text.hasSuffix(suffix) && text.count > suffix.count {
            text.removeLast(suffix.count)
        }
        return text
    }

    /// Calls `body` with index pairs (earlier, later) of articles agreeing on all values of some
    /// band; a pair agreeing on several bands comes once per band. Holds one band's buckets at a time.
    func forEachCandidate(_ articles: [SignedArticle], _ body: (_ earlier: Int, _ later: Int) -> Void) {
        let rows = BodySignature.size / Self.bands
        for band in 0..<Self.bands {
            var buckets: [UInt64: [Int]] = [:]
            for (index, article) in articles.enumerated() {
                var key: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(band)
                for value in article.signature.minHashes[(band * rows)..<((band + 1) * rows)] {
                    key = (key ^ UInt64(value)) &* 0x100_0000_01b3
                }
                buckets[key, default: []].append(index)
            }
            for members in buckets.values where members.count > 1 {
                for (position, later) in members.enumerated().dropFirst() {
                    for earlier in members[0..<min(position, Self.bucketComparisons)] { body(earlier, later) }
                }
            }
        }
    }
}
