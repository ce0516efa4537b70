/// Pages of a site that link to a target whose verdict is not known yet.
///
/// Workers report references as they find them and the coordinator keeps them until the target's
/// verdict arrives, so a site re-leased after a crash still checks every link its earlier pages held.
public struct LinkReference: Codable, Hashable, Sendable {
    public var target: String
    public var kind: LinkKind
    public var foundOn: [String]

    public init(target: String, kind: LinkKind, foundOn: [String]) {
        self.target = target
        self.kind = kind
        self.foundOn = foundOn
    }

    enum CodingKeys: String, CodingKey {
        case target, kind
        case foundOn = "found_on"
    }
}

/// Site-level facts noted during a crawl, sent as they arise so that no lease loses them.
public struct SiteNotes: Codable, Hashable, Sendable {
    /// The first cap that stopped the crawl.
    public var cap: CrawlCap?
    /// Pages robots.txt kept the crawler from.
    public var robotsBlocked: [String]
    /// The site's certificate failure.
    public var tlsError: String?

    public init(cap: CrawlCap? = nil, robotsBlocked: [String] = [], tlsError: String? = nil) {
        self.cap = cap
        self.robotsBlocked = robotsBlocked
        self.tlsError = tlsError
    }

    public var isEmpty: Bool { cap == nil && robotsBlocked.isEmpty && tlsError == nil }

    /// Both notes together: the earlier cap and TLS error win, robots-blocked pages are united.
    public func merged(with other: SiteNotes) -> SiteNotes {
        var pages = robotsBlocked
        for page in other.robotsBlocked where !pages.contains(page) { pages.append(page) }
        return SiteNotes(cap: cap ?? other.cap, robotsBlocked: pages, tlsError: tlsError ?? other.tlsError)
    }

    enum CodingKeys: String, CodingKey {
        case cap
        case robotsBlocked = "robots_blocked"
        case tlsError = "tls_error"
    }
}

extension SiteReport {
    /// The report with notes from earlier leases of the site folded in.
    public func including(_ notes: SiteNotes) -> SiteReport {
        let merged = SiteNotes(cap: cap, robotsBlocked: robotsBlocked, tlsError: tlsError).merged(with: notes)
        var report = self
        report.cap = merged.cap
        report.robotsBlocked = merged.robotsBlocked
        report.tlsError = merged.tlsError
        return report
    }
}
