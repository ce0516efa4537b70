import GovSweepProtocol

/// Which pages of a site link to which targets, and what is known of each target. Pure.
///
/// A target is checked once; the pages that hold it are collected while the check runs, and a
/// failing target is reported with every page that holds it (later pages in later outcomes).
struct LinkLedger: Sendable {
    enum Step: Equatable, Sendable {
        /// Check this target now (and report the page as holding it until the verdict arrives).
        case check(String, LinkKind)
        /// The verdict is pending: report the page as holding the target.
        case wait
        /// Report this outcome (a failing target with pages that hold it).
        case report(LinkOutcome)
        case nothing
    }

    private var verdicts: [String: LinkOutcome] = [:]
    private var waiting: [String: Holders] = [:]
    /// What the site's pages say each target is: an attachment once any page says so. A verdict
    /// is reported with this kind, not with the kind of the fetch or check that produced it (a
    /// missing document answered with an HTML 404 page stays an attachment).
    private var kinds: [String: LinkKind] = [:]

    /// Verdicts known before the crawl (earlier leases, other sites of the sweep).
    mutating func seed(_ known: [LinkOutcome]) {
        for outcome in known {
            var stored = outcome
            stored.foundOn = []
            verdicts[outcome.target] = stored
        }
    }

    /// `page` links to `target`. `crawled` targets get their verdict from the page fetch instead of a check.
    mutating func reference(_ target: String, kind: LinkKind, from page: String, crawled: Bool) -> Step {
        let kind = note(kind, of: target)
        if var known = verdicts[target] {
            guard known.verdict != .ok else { return .nothing }
            known.foundOn = [page]
            known.kind = kind
            return .report(known)
        }
        if let index = waiting.index(forKey: target) {
            return waiting.values[index].insert(page) ? .wait : .nothing
        }
        waiting[target] = Holders(page)
        return crawled ? .wait : .check(target, kind)
    }

    /// Takes over the pages an earlier lease saw holding `reference.target`. Returns true when the
    /// target still needs a verdict (it was not seeded).
    mutating func restore(_ reference: LinkReference) -> Bool {
        guard verdicts[reference.target] == nil else { return false }
        note(reference.kind, of: reference.target)
        var pages = waiting[reference.target] ?? Holders()
        for page in reference.foundOn { pages.insert(page) }
        waiting[reference.target] = pages
        return true
    }

    /// Whether pages are waiting for `target`'s verdict.
    func isWaiting(for target: String) -> Bool { waiting[target] != nil }

    /// The verdict on `target` arrived. Returns what to report: failing targets with the pages that
    /// hold them; working targets on other hosts (so other sites of the sweep need not check them
    /// again). A failing page no page links to (the homepage itself, a resumed frontier entry) is
    /// no broken link: it is kept for later references and not reported now.
    mutating func resolved(_ outcome: LinkOutcome, offSite: Bool) -> LinkOutcome? {
        let pages = waiting.removeValue(forKey: outcome.target)?.pages ?? []
        var stored = outcome
        stored.foundOn = []
        verdicts[outcome.target] = stored
        var report = outcome
        report.foundOn = pages
        if let kind = kinds[outcome.target] { report.kind = kind }
        if outcome.verdict != .ok { return pages.isEmpty ? nil : report }
        return offSite ? report : nil
    }

    var checkedCount: Int { verdicts.count }

    /// Records that a page calls `target` a `kind`; returns the kind the target is reported as.
    @discardableResult
    private mutating func note(_ kind: LinkKind, of target: String) -> LinkKind {
        // One lookup: the entry is updated in place.
        var kept = kind
        kinds[target, default: kind].upgrade(to: kind, keeping: &kept)
        return kept
    }

}

extension LinkLedger {
    /// The pages holding one target, in the order they were found, each once.
    ///
    /// A target linked from every page (a footer link to another site, checked under that
    /// site's lease) collects a page per page crawled; asking the list whether it holds a page
    /// compared the page with every one before it. Past a few pages a set answers instead.
    struct Holders: Sendable {
        private(set) var pages: [String] = []
        private var index: Set<String>?
        private static let listLimit = 16

        init() {}

        init(_ page: String) {
            pages = [page]
        }

        /// Adds `page` unless it is already held; returns whether it was added.
        @discardableResult
        mutating func insert(_ page: String) -> Bool {
            if index != nil {
                guard index!.insert(page).inserted else { return false }
            } else if pages.count < Self.listLimit {
                guard !pages.contains(page) else { return false }
            } else {
                var made = Set(pages)
                guard made.insert(page).inserted else { return false }
                index = made
            }
            pages.append(page)
            return true
        }
    }
}

extension LinkKind {
    /// A page's word on a target is upgraded, never downgraded: attachment over image, iframe and page.
    fileprivate var rank: Int {
        switch self {
        case .page: 0
        case .iframe: 1
        case .image: 2
        case .attachment: 3
        }
    }

    /// Becomes `kind` when that ranks higher; `kept` is set to the result.
    fileprivate mutating func upgrade(to kind: LinkKind, keeping kept: inout LinkKind) {
        if kind.rank > rank { self = kind }
        kept = self
    }
}
