/// Fetches each origin's robots.txt once and answers whether a URL may be crawled.
///
/// A missing robots.txt (any 4xx) or one that cannot be fetched (5xx, network error) allows
/// everything: a government site must still be inspectable when its robots.txt is broken. Only
/// an explicit Disallow keeps the crawler out. Bodies over 512 KiB are cut there (RFC 9309).
actor RobotsCache {
    private let engine: FetchEngine
    private var policies: [String: Task<RobotsPolicy, Never>] = [:]

    init(engine: FetchEngine) {
        self.engine = engine
    }

    /// The policy for `url`'s origin, fetching robots.txt the first time.
    func policy(for url: URLParts, politenessKey: String?) async -> RobotsPolicy {
        let origin = url.origin
        if let known = policies[origin] { return await known.value }
        let engine = engine
        let task = Task {
            let result = await engine.fetch(
                FetchRequest(url: origin + "/robots.txt", body: .truncate(atBytes: 512 << 10), politenessKey: politenessKey))
            guard let status = result.status, (200..<300).contains(status) else { return RobotsPolicy.allowAll }
            return RobotsPolicy(parsing: String(decoding: result.body, as: UTF8.self))
        }
        policies[origin] = task
        return await task.value
    }

    /// True when robots.txt lets the crawler fetch `url`.
    func allows(_ url: URLParts, politenessKey: String?) async -> Bool {
        await policy(for: url, politenessKey: politenessKey).allows(url.path + (url.query.map { "?" + $0 } ?? ""))
    }
}
