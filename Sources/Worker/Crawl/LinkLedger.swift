import GovSweepProtocol

/// Which pages of a site link to which targets, and what is known of each target. Pure.
///
/// A target is checked once; the pages that hold it are collected while the check runs, and a
/// failing target is reported with every page that holds it (later pages in later outcomes).
struct LinkLedger: Sendable {
    enum Step: Equatable, Sendable {
        /// Check this target now.
        case check(String, LinkKind)
        /// Report this outcome (a failing target with pages that hold it).
        case report(LinkOutcome)
        case nothing
    }

    private var verdicts: [String: LinkOutcome] = [:]
    private var waiting: [String: [String]] = [:]

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
        if var known = verdicts[target] {
            guard known.verdict != .ok else { return .nothing }
            known.foundOn = [page]
            return .report(known)
        }
        if waiting[target] != nil {
            if !waiting[target]!.contains(page) { waiting[target]!.append(page) }
            return .nothing
        }
        waiting[target] = [page]
        return crawled ? .nothing : .check(target, kind)
    }

    /// The verdict on `target` arrived. Returns what to report: failing targets with their pages;
    /// working targets on other hosts (so other sites of the sweep need not check them again).
    mutating func resolved(_ outcome: LinkOutcome, offSite: Bool) -> LinkOutcome? {
        let pages = waiting.removeValue(forKey: outcome.target) ?? []
        var stored = outcome
        stored.foundOn = []
        verdicts[outcome.target] = stored
        var report = outcome
        report.foundOn = pages
        if outcome.verdict != .ok { return report }
        return offSite ? report : nil
    }

    var checkedCount: Int { verdicts.count }
}
