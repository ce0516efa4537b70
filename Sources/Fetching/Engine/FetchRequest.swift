/// One HTTP request handed to a ``FetchEngine``.
public struct FetchRequest: Sendable, Hashable {
    /// The HTTP method: GET, or HEAD for a status without a body.
    public enum Method: String, Sendable, Hashable {
        case get = "GET"
        case head = "HEAD"
    }

    /// Which requests of one politeness key start first when several wait.
    public enum Priority: Sendable, Hashable {
        /// Crawling: pages and robots.txt, which lead to more work.
        case normal
        /// Checking links: waits while requests of normal priority wait on the same key, so a
        /// host's budget goes to the pages first. The checks still run within the same lease.
        case background
    }

    /// What to do with the response body.
    public enum BodyPolicy: Sendable, Hashable {
        /// Keep the body; past the engine's `maxBodyBytes` the fetch fails with `too_large`.
        case keep
        /// Keep at most `bytes` and stop reading there without an error (the result is marked truncated).
        case truncate(atBytes: Int)
        /// Stop at the first body byte, unless the answer is a 206 partial body or an HTML page
        /// (kept up to `htmlBytes`, so a soft 404 can still be recognised).
        case headersOnly(htmlBytes: Int)
    }

    /// An absolute http or https URL.
    public var url: String
    /// GET unless a HEAD probe is enough.
    public var method: Method
    /// Extra request headers as `Name: value` lines.
    public var headers: [String]
    /// How much of the body to keep.
    public var body: BodyPolicy
    /// The politeness budget this request counts against; nil means the URL's `host:port`.
    /// Channels of one shared platform (the inventory's `host_group`) pass one key.
    public var politenessKey: String?
    /// Normal, or background for link checks.
    public var priority: Priority

    /// A request; by default a GET that keeps the body, under the URL's own host budget.
    public init(
        url: String, method: Method = .get, headers: [String] = [], body: BodyPolicy = .keep,
        politenessKey: String? = nil, priority: Priority = .normal
    ) {
        self.url = url
        self.method = method
        self.headers = headers
        self.body = body
        self.politenessKey = politenessKey
        self.priority = priority
    }
}

extension FetchRequest {
    /// The budget a hop to `url` counts against: the request's own key while the hop stays on the
    /// original host and port (an http-to-https redirect between default ports stays in budget), the
    /// hop's `host:port` once a redirect leaves them. Another port of the same host is another
    /// server with its own budget, and may be another site's.
    func politenessKey(forHop url: String) -> String {
        let hop = URLParts(url)
        if let key = politenessKey, let hop {
            // The first hop is the request's own URL: no second parse to compare it with itself.
            if url == self.url { return key }
            if let original = URLParts(self.url), hop.host == original.host, hop.port == original.port { return key }
        }
        return hop?.hostKey ?? url
    }
}
