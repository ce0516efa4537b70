import GovSweepProtocol
import Rules

/// What changed between two sweeps of the same sites: the re-check after rectification (整改复查)
/// and articles whose publication date changed in between (私自修改发布时间).
public struct SweepDiff: Hashable, Sendable {
    /// One site's findings before and after. Findings match on check, page and target; notices are left out.
    public struct SiteChange: Hashable, Sendable {
        public var site: Site
        /// The site was judged in both sweeps (false: only in one, its findings are not compared).
        public var rechecked: Bool
        public var fixed: [Finding]
        public var stillPresent: [Finding]
        public var new: [Finding]
        /// Earlier problems that could not be looked at again because the site was unreachable in the
        /// later sweep: neither fixed nor seen again.
        public var unverified: [Finding] = []
        public var passedBefore: Bool?
        public var passedAfter: Bool?
    }

    /// An article whose publication date differs between the sweeps.
    public struct ArticleDateChange: Hashable, Sendable {
        public var url: String
        public var before: CivilDate
        public var after: CivilDate
    }

    /// Per site, sorted by site id.
    public var sites: [SiteChange]
    /// Sorted by URL.
    public var changedArticles: [ArticleDateChange]

    /// Compares two sweeps' verdicts and their articles' publication dates (URL → date).
    public static func compare(
        before: [SiteVerdict], after: [SiteVerdict], beforeArticles: [String: CivilDate],
        afterArticles: [String: CivilDate]
    ) -> SweepDiff {
        let old = Dictionary(before.map { ($0.site.id, $0) }, uniquingKeysWith: { first, _ in first })
        let new = Dictionary(after.map { ($0.site.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ids = Set(old.keys).union(new.keys).sorted()
        let sites = ids.map { id -> SiteChange in
            guard let b = old[id], let a = new[id] else {
                let only = (old[id] ?? new[id])!
                return SiteChange(
                    site: only.site, rechecked: false, fixed: [], stillPresent: [], new: [],
                    passedBefore: old[id]?.passed, passedAfter: new[id]?.passed)
            }
            let beforeKeys = Set(problems(b).map(key))
            let afterKeys = Set(problems(a).map(key))
            let gone = problems(b).filter { !afterKeys.contains(key($0)) }
            // An unreachable site shows no problems because nothing of it was seen, not because they were fixed.
            let unreachable = a.vetoes.contains(.siteUnreachable)
            return SiteChange(
                site: a.site, rechecked: true,
                fixed: unreachable ? [] : gone,
                stillPresent: problems(a).filter { beforeKeys.contains(key($0)) },
                new: problems(a).filter { !beforeKeys.contains(key($0)) },
                unverified: unreachable ? gone : [],
                passedBefore: b.passed, passedAfter: a.passed)
        }
        let articles = beforeArticles.compactMap { url, date -> ArticleDateChange? in
            guard let later = afterArticles[url], later != date else { return nil }
            return ArticleDateChange(url: url, before: date, after: later)
        }.sorted { $0.url < $1.url }
        return SweepDiff(sites: sites, changedArticles: articles)
    }

    private struct Key: Hashable {
        var check: CheckID
        var url: String
        var target: String?
    }

    private static func key(_ finding: Finding) -> Key { Key(check: finding.check, url: finding.url, target: finding.target) }

    private static func problems(_ verdict: SiteVerdict) -> [Finding] {
        verdict.findings.filter { $0.severity != .notice }
    }
}
