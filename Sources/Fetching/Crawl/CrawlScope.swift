/// Which URLs belong to one site's crawl.
///
/// A URL is in scope when it is http or https, on the site's host (with or without `www.`,
/// either scheme on its default port, or the same explicit port) and under the site's path prefix. The prefix is `/` for a site whose
/// homepage is at the root; a channel of a shared platform whose homepage is deeper
/// (`/col/srsrmzf/index.html`, or `/col/srsrmzf` without a file name) is limited to that
/// directory (`/col/srsrmzf/`).
public struct CrawlScope: Sendable, Hashable {
    /// The host without a leading `www.`.
    public let host: String
    /// The port when it is not the scheme's default (http and https defaults count as one).
    public let port: Int?
    /// Paths in scope start with this; it ends with `/`.
    public let pathPrefix: String

    /// The scope of the site whose homepage is `homepage`; nil when it is not an http(s) URL.
    /// `pathPrefix` overrides the prefix derived from the homepage.
    public init?(homepage: String, pathPrefix: String? = nil) {
        guard let parts = URLNormalizer.resolve(homepage) else { return nil }
        host = Self.strippingWWW(parts.host)
        port = parts.port
        if let pathPrefix {
            self.pathPrefix = pathPrefix.hasSuffix("/") ? pathPrefix : pathPrefix + "/"
        } else if let last = parts.path.split(separator: "/").last, !last.contains(".") {
            // `/col/srsrmzf` names a directory, not a file in `/col/`.
            self.pathPrefix = parts.path.hasSuffix("/") ? parts.path : parts.path + "/"
        } else {
            self.pathPrefix = String(parts.path[...(parts.path.lastIndex(of: "/") ?? parts.path.startIndex)])
        }
    }

    /// True when the normalised absolute `url` is in scope.
    public func contains(_ url: String) -> Bool {
        guard let parts = URLParts(url) else { return false }
        return contains(parts)
    }

    /// True when `parts` is in scope.
    public func contains(_ parts: URLParts) -> Bool {
        guard parts.port == port, Self.isHost(parts.host, host) else { return false }
        let path = parts.path.utf8
        let prefix = pathPrefix.utf8
        return path.starts(with: prefix) || (prefix.count == path.count + 1 && prefix.starts(with: path))
    }

    /// Resolves `reference` found on the page at `base` and returns it when it is in scope.
    /// `mailto:`, `javascript:`, `tel:` and other non-http(s) references give nil.
    public func admit(_ reference: String, base: String) -> String? {
        guard let parts = URLNormalizer.resolve(reference, base: base), contains(parts) else { return nil }
        return parts.description
    }

    /// Like `admit(_:base:)` with a string base, the page's URL prepared once for the many links of one page.
    public func admit(_ reference: String, base: URLNormalizer.Base?) -> String? {
        guard let parts = URLNormalizer.resolve(reference, against: base), contains(parts) else { return nil }
        return parts.description
    }

    /// True when `candidate`, without a leading `www.`, is `host`.
    private static func isHost(_ candidate: String, _ host: String) -> Bool {
        candidate.utf8.starts(with: "www.".utf8) ? candidate.dropFirst(4) == host : candidate == host
    }

    private static func strippingWWW(_ host: String) -> String {
        host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
}
