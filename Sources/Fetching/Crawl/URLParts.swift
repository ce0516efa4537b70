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
        var text = ""
        text.reserveCapacity(scheme.utf8.count + host.utf8.count + path.utf8.count + (query?.utf8.count ?? 0) + 10)
        text += scheme
        text += "://"
        text += host
        if let port {
            text += ":"
            text += String(port)
        }
        text += path
        if let query {
            text += "?"
            text += query
        }
        return text
    }

    /// Splits an absolute http(s) URL as it is (no normalisation); nil when it is not one.
    public init?(_ text: String) {
        guard let parts = ByteScan.withBytes(of: text, { bytes in URLLayout(bytes).map { URLParts(bytes, $0) } }) else {
            return nil
        }
        self = parts
    }

    /// The parts of `bytes` laid out by `layout`; `path` replaces the path when given.
    init(_ bytes: UnsafeBufferPointer<UInt8>, _ layout: URLLayout, path: String? = nil) {
        func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
        scheme = layout.isHTTPS ? "https" : "http"
        host = layout.hostIsASCII ? ByteScan.loweredString(bytes[layout.host]) : text(layout.host).lowercased()
        port = layout.port == (layout.isHTTPS ? 443 : 80) ? nil : layout.port
        self.path = path ?? (layout.path.isEmpty ? "/" : text(layout.path))
        query = layout.query.map(text)
    }

    /// Parts given one by one (already normalised).
    public init(scheme: String, host: String, port: Int?, path: String, query: String?) {
        self.scheme = scheme
        self.host = host
        self.port = port
        self.path = path
        self.query = query
    }
}
