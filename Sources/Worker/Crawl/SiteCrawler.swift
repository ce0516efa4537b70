import Fetching
import Foundation
import GovSweepProtocol
import PageAnalysis

/// Crawls one site: fetches its pages with libcurl, reads them with libxml2, checks the links
/// they hold, and reports facts as it goes. The coordinator judges them.
public struct SiteCrawler: SiteCrawling {
    let tools: CrawlTools
    /// Page fetches in flight per site (the engine's per-host politeness still applies).
    let pageParallelism: Int
    /// Link checks in flight per site.
    let checkParallelism: Int

    public init(tools: CrawlTools, pageParallelism: Int = 4, checkParallelism: Int = 8) {
        self.tools = tools
        self.pageParallelism = pageParallelism
        self.checkParallelism = checkParallelism
    }

    enum Completion: Sendable {
        case page(FrontierEntry, FetchedPage, PageObservation?)
        case link(LinkOutcome?)
    }

    public func crawl(_ assignment: Assignment, reporter: LeaseReporter) async -> SiteReport {
        let site = assignment.site
        let settings = assignment.settings
        let checker = await tools.checker(for: settings)
        await checker.seed(assignment.knownLinks)
        let analyzer = PageAnalyzer(typos: settings.typos)
        let key = site.politenessKey
        guard var frontier = CrawlFrontier(site: site, settings: settings),
              let homepage = URLNormalizer.normalize(site.url)
        else {
            return SiteReport(siteID: site.id, pagesFetched: 0, probes: [HomepageProbe(at: Date().timeIntervalSince1970, ok: false)])
        }
        // Whether the site checks a target itself (``Site/checksItself(_:)``), its own host key parsed once.
        let ownHostKey = site.platform == nil ? Site.hostKey(of: site.url) : nil
        func checksItself(_ target: String) -> Bool { ownHostKey != nil && Site.hostKey(of: target) == ownHostKey }
        var ledger = LinkLedger()
        ledger.seed(assignment.knownLinks)
        var state = CrawlState(homepage: homepage)
        frontier.markDone(assignment.done)
        if assignment.done.isEmpty && assignment.frontier.isEmpty {
            frontier.enqueue(FrontierEntry(url: homepage, role: .homepage, depth: 0))
        }
        for entry in assignment.frontier { frontier.enqueue(entry) }
        for column in assignment.columns {
            if let url = URLNormalizer.normalize(column.url) {
                var ref = column
                ref.url = url
                frontier.enqueue(FrontierEntry(url: url, role: .column, depth: 1, column: ref))
            }
        }

        // Links earlier leases found on pages now done, whose verdicts never arrived. Those into
        // other hosts are the coordinator's to check, under those hosts' leases.
        var restoredChecks: [(String, LinkKind)] = []
        for reference in assignment.pendingLinks where ledger.restore(reference) && checksItself(reference.target) {
            let willBeCrawled = reference.kind == .page && frontier.scope.contains(reference.target)
                && frontier.fetchesItself(reference.target)
            if !willBeCrawled { restoredChecks.append((reference.target, reference.kind)) }
        }

        await withTaskGroup(of: Completion.self) { group in
            var pagesRunning = 0
            var checksRunning = 0
            var pendingChecks = restoredChecks
            var capNoted = false
            var cutShort = false
            func launch() {
                while pagesRunning < pageParallelism, let entry = frontier.next() {
                    pagesRunning += 1
                    group.addTask {
                        let page = await checker.fetchPage(entry.url, politenessKey: key)
                        guard page.isSuccess, let text = page.text, page.mediaType.map(Self.isHTML) ?? true else {
                            return .page(entry, page, nil)
                        }
                        let input = PageInput(url: page.finalURL, html: text, asOf: settings.asOf, isHomepage: entry.role == .homepage)
                        return .page(entry, page, analyzer.analyze(input))
                    }
                }
                while checksRunning < checkParallelism, !pendingChecks.isEmpty {
                    let (target, kind) = pendingChecks.removeFirst()
                    checksRunning += 1
                    // Every check is of the site's own host: it counts against the site's budget, like its pages.
                    group.addTask { .link(await checker.check(target, kind: kind, politenessKey: key)) }
                }
            }
            /// Reports a verdict: a failing target with its pages, or the target as resolved.
            func settle(_ outcome: LinkOutcome, offSite: Bool) async {
                let wasWaiting = ledger.isWaiting(for: outcome.target)
                if let report = ledger.resolved(outcome, offSite: offSite) {
                    await reporter.links([report])
                } else if wasWaiting {
                    await reporter.pending([], resolved: [outcome.target])
                }
            }
            launch()
            while let completion = await group.next() {
                switch completion {
                case .page(let entry, let page, let observation):
                    pagesRunning -= 1
                    // A fetch cut short (lease revoked, worker stopping) is no answer: nothing is
                    // recorded, and the page stays in the stored frontier for the next lease.
                    if page.wasCutShort {
                        cutShort = true
                        group.cancelAll()
                        continue
                    }
                    let tlsBefore = state.tlsError
                    if let outcome = state.record(page, entry: entry) { await settle(outcome, offSite: false) }
                    if state.tlsError != tlsBefore { await reporter.note(SiteNotes(tlsError: state.tlsError)) }
                    guard !page.blockedByRobots else {
                        await reporter.note(SiteNotes(robotsBlocked: [page.url]))
                        // Not crawled, but links to it are checked like any link (robots.txt governs crawling).
                        frontier.markBarred(page.url)
                        if checksItself(page.url), ledger.isWaiting(for: page.url) { pendingChecks.append((page.url, .page)) }
                        break
                    }
                    var found: [FrontierEntry] = []
                    if let observation {
                        found = frontier.discover(from: observation, at: entry, finalURL: page.finalURL)
                        var reports: [LinkOutcome] = []
                        var references: [LinkReference] = []
                        for link in observation.links where !link.hidden {
                            // Pages the crawl fetches get their verdict from the fetch; the rest are checked
                            // (also pages an earlier lease fetched, whose verdict this lease never learns).
                            let crawled = link.kind == .page && frontier.fetchesItself(link.url)
                            switch ledger.reference(link.url, kind: link.kind, from: page.url, crawled: crawled) {
                            case .check(let target, let kind):
                                // Links into another host are checked under that host's lease.
                                if checksItself(target) { pendingChecks.append((target, kind)) }
                                references.append(LinkReference(target: target, kind: kind, foundOn: [page.url]))
                            case .wait:
                                references.append(LinkReference(target: link.url, kind: link.kind, foundOn: [page.url]))
                            case .report(let outcome): reports.append(outcome)
                            case .nothing: break
                            }
                        }
                        if !reports.isEmpty { await reporter.links(reports) }
                        if !references.isEmpty { await reporter.pending(references, resolved: []) }
                    }
                    await reporter.page(page.report(for: entry, observation: observation), found: found)
                case .link(let outcome):
                    checksRunning -= 1
                    // nil: cancelled before a verdict; the target stays pending.
                    if let outcome { await settle(outcome, offSite: !frontier.scope.contains(outcome.target)) }
                }
                if !capNoted, let cap = frontier.cap {
                    capNoted = true
                    await reporter.note(SiteNotes(cap: cap))
                }
                if Task.isCancelled || cutShort { group.cancelAll() } else { launch() }
            }
            // Cut short without this task being cancelled (the engine shut down): the crawl is not
            // complete, so it must not be reported done; cancelling marks it unfinished for the worker.
            if cutShort, !Task.isCancelled { withUnsafeCurrentTask { $0?.cancel() } }
        }

        let probes = await state.finishProbes(settings: settings, checker: checker, key: key)
        return SiteReport(
            siteID: site.id, pagesFetched: state.pagesFetched, probes: probes, cap: frontier.cap,
            robotsBlocked: state.robotsBlocked, tlsError: state.tlsError)
    }

    public func checkLinks(_ assignment: LinkCheckAssignment) async -> [LinkOutcome] {
        let checker = await tools.checker(for: assignment.settings)
        let key = assignment.politenessKey
        return await withTaskGroup(of: LinkOutcome?.self) { group in
            var waiting = assignment.targets[...]
            var outcomes: [LinkOutcome] = []
            func launch(_ count: Int) {
                for _ in 0..<count {
                    guard !Task.isCancelled, let next = waiting.popFirst() else { return }
                    group.addTask { await checker.check(next.target, kind: next.kind, politenessKey: key) }
                }
            }
            launch(checkParallelism)
            while let next = await group.next() {
                if let outcome = next { outcomes.append(outcome) }
                launch(1)
            }
            return outcomes
        }
    }

    /// True for media types the analysis reads: `text/…` and any naming HTML or XML.
    static func isHTML(_ mediaType: String) -> Bool {
        mediaType.hasPrefix("text/") || contains(mediaType, "html") || contains(mediaType, "xml")
    }

    /// Searched on UTF-8 bytes one by one: `String.contains` goes through Foundation's
    /// locale-aware search here, and the generic `Collection.contains` of the bytes of one
    /// collection in another made a searcher on every call (1 % of a worker, for one word per page).
    static func contains(_ text: String, _ word: StaticString) -> Bool {
        let needle = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard let first = needle.first else { return true }
        let bytes = text.utf8
        var start = bytes.startIndex
        while let found = bytes[start...].firstIndex(of: first) {
            if bytes[found...].starts(with: needle) { return true }
            start = bytes.index(after: found)
        }
        return false
    }
}
