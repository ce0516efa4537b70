/// Site-level facts a worker reports when it finishes (or gives back) a site.
public struct SiteReport: Codable, Hashable, Sendable {
    public var siteID: String
    /// Pages fetched in this lease.
    public var pagesFetched: Int
    /// Homepage probes spread over the crawl (the one-shot availability check).
    public var probes: [HomepageProbe]
    /// Set when a cap stopped the crawl early.
    public var cap: CrawlCap?
    /// Pages robots.txt kept the crawler from.
    public var robotsBlocked: [String]
    /// The certificate failure, when the site's TLS did not verify.
    public var tlsError: String?

    public init(
        siteID: String, pagesFetched: Int, probes: [HomepageProbe] = [], cap: CrawlCap? = nil,
        robotsBlocked: [String] = [], tlsError: String? = nil
    ) {
        self.siteID = siteID
        self.pagesFetched = pagesFetched
        self.probes = probes
        self.cap = cap
        self.robotsBlocked = robotsBlocked
        self.tlsError = tlsError
    }
}

/// One visit to a homepage.
public struct HomepageProbe: Codable, Hashable, Sendable {
    /// Seconds since 1970.
    public var at: Double
    public var ok: Bool
    public var status: Int?
    public var error: NetworkErrorKind?
    /// Seconds until the whole homepage had arrived.
    public var seconds: Double?

    public init(at: Double, ok: Bool, status: Int? = nil, error: NetworkErrorKind? = nil, seconds: Double? = nil) {
        self.at = at
        self.ok = ok
        self.status = status
        self.error = error
        self.seconds = seconds
    }
}

/// Which limit stopped a crawl.
public struct CrawlCap: Codable, Hashable, Sendable {
    public enum Reason: String, Codable, Sendable {
        case pages, depth, trap, urlLength = "url_length"
    }

    public var reason: Reason
    public var limit: Int
    /// An example URL that was not followed.
    public var example: String?

    public init(reason: Reason, limit: Int, example: String? = nil) {
        self.reason = reason
        self.limit = limit
        self.example = example
    }
}

/// A URL the crawler means to fetch, kept by the coordinator so a re-leased site resumes its frontier.
public struct FrontierEntry: Codable, Hashable, Sendable {
    public var url: String
    public var role: PageRole
    public var depth: Int
    /// The column whose pages lead here, for column and pagination pages.
    public var column: ColumnRef?

    public init(url: String, role: PageRole, depth: Int, column: ColumnRef? = nil) {
        self.url = url
        self.role = role
        self.depth = depth
        self.column = column
    }
}

extension SiteReport {
    enum CodingKeys: String, CodingKey {
        case siteID = "site_id", pagesFetched = "pages_fetched", probes, cap, robotsBlocked = "robots_blocked", tlsError = "tls_error"
    }
}
