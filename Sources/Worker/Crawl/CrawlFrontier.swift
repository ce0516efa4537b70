import Fetching
import GovSweepProtocol
import PageAnalysis

/// What a site's crawl will fetch next, as a pure value: the queue, the pages seen, and the caps.
///
/// Columns and their pages come first (they decide staleness), then articles, then other pages,
/// breadth-first by depth. URLs outside the site's scope, past the depth limit or caught by the
/// trap guard are not queued, nor are documents (``TargetKind/isFile(_:)``, links the analysis
/// calls attachments); the first cap hit is remembered for the `crawl_capped` notice.
struct CrawlFrontier: Sendable {
    let scope: CrawlScope
    let settings: SweepSettings
    private var queues: [[FrontierEntry]] = [[], [], []]  // columns, articles, others
    private var seen: Set<String> = []
    /// Pages seen that this crawl does not fetch: done by an earlier lease (``markDone(_:)``) or
    /// barred by robots.txt (``markBarred(_:)``). Links to them need checks of their own.
    private var unfetched: Set<String> = []
    private var pagesPerColumn: [String: Int] = [:]
    private var trapGuard = TrapGuard()
    private(set) var started = 0
    private(set) var cap: CrawlCap?

    init?(site: Site, settings: SweepSettings) {
        guard let scope = CrawlScope(homepage: site.url) else { return nil }
        self.scope = scope
        self.settings = settings
    }

    /// Pages done in an earlier lease: never fetched again. The trap guard counts them as if this
    /// crawl had queued them, so a resumed crawl stops a trap where an uninterrupted one would.
    mutating func markDone(_ urls: [String]) {
        seen.formUnion(urls)
        unfetched.formUnion(urls)
        started += urls.count
        for url in urls { _ = trapGuard.check(url) }
    }

    /// Queues `entry` unless it was seen; returns whether it was queued.
    @discardableResult
    mutating func enqueue(_ entry: FrontierEntry) -> Bool {
        guard !seen.contains(entry.url) else { return false }
        if entry.role != .homepage {
            // Documents are checked as links, never crawled (also when a resumed frontier holds one).
            if entry.role == .article || entry.role == .other, TargetKind.isFile(entry.url) { return false }
            if entry.depth > settings.maxDepth {
                noteCap(.init(reason: .depth, limit: settings.maxDepth, example: entry.url))
                return false
            }
            if let trap = trapGuard.check(entry.url) {
                noteCap(.init(reason: trap.isLength ? .urlLength : .trap, limit: trap.limit, example: entry.url))
                return false
            }
            if entry.role == .pagination, let column = entry.column {
                let count = pagesPerColumn[column.url, default: 1]
                guard count < settings.maxPagesPerColumn else { return false }
                pagesPerColumn[column.url] = count + 1
            }
        }
        seen.insert(entry.url)
        queues[Self.queueIndex(of: entry.role)].append(entry)
        return true
    }

    /// The next page to fetch, or nil when the queue is empty or the page cap is reached.
    mutating func next() -> FrontierEntry? {
        guard let index = queues.firstIndex(where: { !$0.isEmpty }) else { return nil }
        guard started < settings.maxPagesPerSite else {
            noteCap(.init(reason: .pages, limit: settings.maxPagesPerSite, example: queues[index].first?.url))
            return nil
        }
        started += 1
        return queues[index].removeFirst()
    }

    var isEmpty: Bool { queues.allSatisfy(\.isEmpty) }

    /// Whether `url` was queued or done.
    func hasSeen(_ url: String) -> Bool { seen.contains(url) }

    /// A queued page robots.txt bars from the crawl: seen, never fetched.
    mutating func markBarred(_ url: String) {
        unfetched.insert(url)
    }

    /// Whether this crawl fetches `url` (queued or fetched by this lease), so that a link to it
    /// gets its verdict from that fetch. A page an earlier lease fetched is not fetched again, nor
    /// one robots.txt bars: a link to either needs a check of its own, or its verdict never arrives.
    func fetchesItself(_ url: String) -> Bool {
        seen.contains(url) && (unfetched.isEmpty || !unfetched.contains(url))
    }

    /// The URLs a fetched page leads to, queued; returns the entries queued (reported to the coordinator).
    mutating func discover(from observation: PageObservation, at entry: FrontierEntry, finalURL: String) -> [FrontierEntry] {
        var found: [FrontierEntry] = []
        // Pages repeat links (menus, lists and their items): resolve each distinct reference once.
        let base = URLNormalizer.Base(finalURL)
        var admitted: [String: String?] = [:]
        func admit(_ reference: String) -> String? {
            if let known = admitted[reference] { return known }
            let url = scope.admit(reference, base: base)
            admitted[reference] = .some(url)
            return url
        }
        func add(_ url: String, _ role: PageRole, column: ColumnRef? = nil, depth: Int) {
            guard let admitted = admit(url) else { return }
            let candidate = FrontierEntry(url: admitted, role: role, depth: depth, column: column)
            if enqueue(candidate) { found.append(candidate) }
        }
        let depth = entry.depth + 1
        for column in observation.columns {
            guard let url = admit(column.url) else { continue }
            var ref = column
            ref.url = url
            add(url, .column, column: ref, depth: depth)
        }
        if let column = entry.column, entry.role == .column || entry.role == .pagination {
            for page in observation.pagination { add(page, .pagination, column: column, depth: entry.depth) }
        }
        // Documents are checked as links, never crawled: a list item may point straight at a PDF,
        // or at a download URL the page's analysis calls an attachment.
        let documents = Set(observation.links.lazy.filter { $0.kind == .attachment || $0.kind == .image }.map(\.url))
        func isPage(_ url: String) -> Bool { !documents.contains(url) }
        for item in observation.items {
            if let url = item.url, isPage(url) { add(url, .article, depth: depth) }
        }
        for link in observation.links where link.kind == .page && !link.hidden && isPage(link.url) {
            add(link.url, .other, depth: depth)
        }
        return found
    }

    private mutating func noteCap(_ newCap: CrawlCap) {
        if cap == nil { cap = newCap }
    }

    private static func queueIndex(of role: PageRole) -> Int {
        switch role {
        case .homepage, .column, .pagination: 0
        case .article: 1
        case .other: 2
        }
    }
}

extension TrapGuard.Trap {
    var isLength: Bool {
        if case .tooLong = self { return true }
        return false
    }

    /// The bound the trap passed, when it has a number (0 otherwise).
    var limit: Int {
        switch self {
        case .queryExplosion(_, let limit): limit
        case .tooLong: TrapGuard.Limits().maxURLLength
        case .calendar, .sessionID, .repeatedSegments: 0
        }
    }
}
