/// Which URLs belong to one site's crawl.
///
/// A URL is in scope when it is http or https, on the site's host (with or without `www.`,
/// either scheme on its default port, or the same explicit port) and under the site's path prefix. The prefix is `/` for a site whose
/// homepage is at the root; a channel of a shared platform whose homepage is deeper
/// (`/col/srsrmzf/index.html`) is limited to that directory (`/col/srsrmzf/`).
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
        Self.strippingWWW(parts.host) == host && parts.port == port
            && (parts.path.hasPrefix(pathPrefix) || parts.path + "/" == pathPrefix)
    }

    /// Resolves `reference` found on the page at `base` and returns it when it is in scope.
    /// `mailto:`, `javascript:`, `tel:` and other non-http(s) references give nil.
    public func admit(_ reference: String, base: String) -> String? {
        guard let parts = URLNormalizer.resolve(reference, base: base), contains(parts) else { return nil }
        return parts.description
    }

    private static func strippingWWW(_ host: String) -> String {
        host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
}
