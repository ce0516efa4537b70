import Dispatch
import GovSweepProtocol
import Synchronization

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
        copies(SignatureTable(articles))
    }

    /// The copies among the articles of `table`, each with its earliest original, ordered by site and address.
    public func copies(_ table: SignatureTable) -> [CopiedArticle] {
        let eligible = eligibleArticles(table)
        let originals = earliestOriginals(table, eligible)
        var copies: [CopiedArticle] = []
        for (later, earlier) in originals.enumerated() where earlier >= 0 {
            let copy = eligible[later], original = eligible[Int(earlier)]
            // The earliest alike article is the original: a site repeating its own article, or crediting it, copies nothing.
            let copySite = table.owner(copy), originalSite = table.owner(original)
            guard copySite.id != originalSite.id, !credits(table, copy, original) else { continue }
            copies.append(CopiedArticle(
                siteID: copySite.id, url: table.url(copy), published: table.published(copy)!, originalSiteID: originalSite.id,
                originalSiteName: originalSite.name, originalURL: table.url(original), originalPublished: table.published(original)!,
                similarity: Double(table.equalValues(copy, original)) / Double(BodySignature.size)))
        }
        return copies.sorted { ($0.siteID, $0.url) < ($1.siteID, $1.url) }
    }

    /// The indices in `table` of the articles the check judges (``isJudged(_:_:)``), ordered by
    /// date, then address, then their order in the table.
    func eligibleArticles(_ table: SignatureTable) -> [Int] {
        (0..<table.count).filter { isJudged(table, $0) }.sorted { a, b in
            let first = table.packedDate(a), second = table.packedDate(b)
            return first != second ? first < second : table.urlPrecedes(a, b)
        }
    }

    /// For each article of `eligible` (indices into `table`, ordered by date), the position in
    /// `eligible` of the earliest earlier-dated article alike enough among its candidates; -1 when none.
    ///
    /// Candidates are checked as each band's buckets are built, never gathered in a set first: a
    /// body repeated across a province (a notice every county reposts) is in one bucket per band
    /// with thousands of others, and its up to ``bucketComparisons`` pairs per band and article
    /// would take gigabytes at 4,000 sites. A candidate no earlier than the original found so far
    /// cannot change the answer and is not checked again, so the result is the same as checking
    /// every candidate pair once, in whatever order.
    ///
    /// The bands are shared out over `lanes` threads, each finding its own earliest originals; as
    /// each lane's answer is the earliest alike article among its candidates, the earliest of the
    /// lanes' answers is the answer over all bands, whatever the number of lanes.
    func earliestOriginals(_ table: SignatureTable, _ eligible: [Int], lanes: Int = 2) -> [Int32] {
        let lanes = max(1, min(lanes, Self.bands))
        let answers = Mutex([[Int32]]())
        DispatchQueue.concurrentPerform(iterations: lanes) { lane in
            let bands = Array(stride(from: lane, to: Self.bands, by: lanes))
            let found = earliestOriginals(table, eligible, bands: bands)
            answers.withLock { $0.append(found) }
        }
        return answers.withLock { answers in
            var originals = [Int32](repeating: -1, count: eligible.count)
            for found in answers {
                for (later, earlier) in found.enumerated() where earlier >= 0 && (originals[later] < 0 || earlier < originals[later]) {
                    originals[later] = earlier
                }
            }
            return originals
        }
    }

    /// ``earliestOriginals(_:_:lanes:)`` over the candidates of `bands` only.
    func earliestOriginals(_ table: SignatureTable, _ eligible: [Int], bands: [Int]) -> [Int32] {
        var originals = [Int32](repeating: -1, count: eligible.count)
        let needed = equalValuesNeeded
        // A bucket offers a later article its earlier ones by position, so by date: once one is
        // found, or is not dated before it, none after it in that bucket can be an earlier original.
        forEachCandidate(table, eligible, bands: bands) { earlier, later in
            let found = originals[later]
            if found >= 0, Int(found) <= earlier { return false }
            let original = eligible[earlier], copy = eligible[later]
            guard table.packedDate(original) < table.packedDate(copy) else { return false }
            guard table.sharesAtLeast(copy, original, needed) else { return true }
            originals[later] = Int32(earlier)
            return false
        }
        return originals
    }

    /// The fewest equal values of two signatures whose estimated similarity (equal values ÷
    /// ``BodySignature/size``) reaches the rules' line; one more than the size when none does.
    var equalValuesNeeded: Int {
        (0...BodySignature.size).first { Double($0) / Double(BodySignature.size) >= rules.similarityAtLeast } ?? BodySignature.size + 1
    }

    /// Dated, long enough, and not a repost of a shared outlet (the table keeps full signatures only).
    func isJudged(_ table: SignatureTable, _ index: Int) -> Bool {
        guard table.packedDate(index) != 0, table.length(index) >= rules.minimumLength else { return false }
        guard let source = table.source(index) else { return true }
        return !rules.sharedSources.contains { !$0.isEmpty && source.containsUTF8($0) }
    }

    /// Whether the copy's stated 来源 names the original's site (its name or unit), or the origin the original states.
    func credits(_ table: SignatureTable, _ copy: Int, _ original: Int) -> Bool {
        let site = table.owner(original)
        return credits(copySource: table.source(copy), originalNames: [site.name, site.unit, table.source(original)])
    }

    /// Whether `copySource`, a copy's stated 来源, names one of the original's names (its site's name or unit, or the origin it states).
    func credits(copySource: String?, originalNames: [String?]) -> Bool {
        guard let source = copySource.map(Self.stem), source.count >= 2 else { return false }
        let names = originalNames.compactMap { $0.map(Self.stem) }.filter { $0.count >= 2 }
        return names.contains { $0.containsUTF8(source) || source.containsUTF8($0) }
    }

    /// A name without the words that tell a website from its owner (门户网站, 网站, 官网).
    static func stem(_ name: String) -> String {
        var text = name.filter { !$0.isWhitespace }
        for suffix in ["门户网站", "政府网站", "网站", "官网", "门户"] where text.hasSuffix(suffix) && text.count > suffix.count {
            text.removeLast(suffix.count)
        }
        return text
    }

    /// Calls `body` with position pairs (earlier, later) in `eligible` of articles agreeing on all
    /// values of some band, each pair of a bucket once per band it shares, buckets in no given order.
    /// Within a bucket a later article gets its earlier ones in ascending position, and no more of
    /// them once `body` returns false (wants no more). Holds one band's keys at a time: a bucket is a run of equal
    /// keys once they are sorted.
    func forEachCandidate(
        _ table: SignatureTable, _ eligible: [Int], bands: [Int] = Array(0..<bands),
        _ body: (_ earlier: Int, _ later: Int) -> Bool
    ) {
        let rows = BodySignature.size / Self.bands
        var positions = [Int32](repeating: -1, count: table.count)
        for (position, index) in eligible.enumerated() { positions[index] = Int32(position) }
        var keys: [BandKey] = []
        keys.reserveCapacity(eligible.count)
        for band in bands {
            keys.removeAll(keepingCapacity: true)
            table.forEachSignature { index, values in
                guard positions[index] >= 0 else { return }
                var key: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(band)
                for value in values[(band * rows)..<((band + 1) * rows)] {
                    key = (key ^ UInt64(value)) &* 0x100_0000_01b3
                }
                keys.append(BandKey(key: key, position: positions[index]))
            }
            keys.sort { ($0.key, $0.position) < ($1.key, $1.position) }
            var start = 0
            while start < keys.count {
                var end = start + 1
                while end < keys.count, keys[end].key == keys[start].key { end += 1 }
                for rank in (start + 1)..<end {
                    for earlier in start..<min(rank, start + Self.bucketComparisons) {
                        guard body(Int(keys[earlier].position), Int(keys[rank].position)) else { break }
                    }
                }
                start = end
            }
        }
    }

    /// One article's key in one band, with its position in the eligible articles.
    struct BandKey {
        var key: UInt64
        var position: Int32
    }
}
