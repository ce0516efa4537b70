/// An absolute http(s) URL split into the parts the crawler reasons about.
///
/// Produced by ``URLNormalizer``; `description` gives the normalised text back.
public struct URLParts: Sendable, Hashable, CustomStringConvertible {
    /// `http` or `https`, lower-cased.
    public var scheme: String
    /// Lower-cased host name or address (IPv6 in brackets).
    public var host: String
    /// The port when it is not the scheme's default.
    public var port: Int?
    /// Starts with `/`, dot segments removed, percent-encoded.
    public var path: String
    /// Without the `?`; nil when there is none.
    public var query: String?

    /// The port in effect, default included.
    public var effectivePort: Int { port ?? (scheme == "https" ? 443 : 80) }

    /// `host:port`, the default politeness key.
    public var hostKey: String { "\(host):\(effectivePort)" }

    /// `scheme://host[:port]`.
    public var origin: String { port.map { "\(scheme)://\(host):\($0)" } ?? "\(scheme)://\(host)" }

    public var description: String {
        origin + path + (query.map { "?" + $0 } ?? "")
    }

    /// Splits an absolute http(s) URL as it is (no normalisation); nil when it is not one.
    public init?(_ text: String) {
        guard let schemeEnd = text.range(of: "://") else { return nil }
        let scheme = text[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        var rest = text[schemeEnd.upperBound...]
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? rest.endIndex
        var authority = rest[..<authorityEnd]
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        var hostPart = authority
        var port: Int?
        if let colon = authority.lastIndex(of: ":"), !authority[colon...].contains("]") {
            let digits = authority[authority.index(after: colon)...]
            if !digits.isEmpty {
                guard let value = Int(digits), (1...65535).contains(value) else { return nil }
                port = value
            }
            hostPart = authority[..<colon]
        }
        guard !hostPart.isEmpty else { return nil }
        let afterAuthority = rest[authorityEnd...]
        let queryStart = afterAuthority.firstIndex(of: "?")
        let path = queryStart.map { afterAuthority[..<$0] } ?? afterAuthority
        self.scheme = scheme
        self.host = hostPart.lowercased()
        self.port = (port == (scheme == "https" ? 443 : 80)) ? nil : port
        self.path = path.isEmpty ? "/" : String(path)
        self.query = queryStart.map { String(afterAuthority[afterAuthority.index(after: $0)...]) }
    }

    public init(scheme: String, host: String, port: Int?, path: String, query: String?) {
        self.scheme = scheme
        self.host = host
        self.port = port
        self.path = path
        self.query = query
    }
}
