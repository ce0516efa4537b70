/// Resolves link references against a page's URL (RFC 3986, section 5) and normalises the result:
/// scheme and host lower-cased, default port and fragment dropped, dot segments removed, spaces
/// and non-ASCII bytes percent-encoded. Only `http` and `https` targets resolve.
struct URLResolver: Sendable {
    let scheme: String
    let authority: String
    let path: String
    let query: String?

    /// The base URL's parts, or nil when `base` is not an absolute http(s) URL.
    init?(base: String) {
        guard let parts = URLResolver.split(URLResolver.clean(base)), let authority = parts.authority,
              parts.scheme == "http" || parts.scheme == "https"
        else { return nil }
        scheme = parts.scheme!
        self.authority = URLResolver.normalisedAuthority(authority, scheme: scheme)
        path = parts.path.isEmpty ? "/" : parts.path
        query = parts.query
    }

    /// The base URL itself, normalised.
    var absolute: String { scheme + "://" + authority + URLResolver.encode(path) + (query.map { "?" + URLResolver.encode($0) } ?? "") }

    /// The lower-cased host without port.
    var host: String { URLResolver.hostOnly(authority) }

    /// The absolute URL `reference` points at; nil for `javascript:`, `mailto:`, fragments and empty references.
    func resolve(_ reference: String) -> String? {
        let cleaned = URLResolver.clean(reference)
        guard !cleaned.isEmpty, cleaned.first != "#", let parts = URLResolver.split(cleaned) else { return nil }
        var targetScheme = scheme
        var targetAuthority = authority
        var targetPath: String
        var targetQuery: String?
        if let refScheme = parts.scheme {
            guard refScheme == "http" || refScheme == "https", let refAuthority = parts.authority, !refAuthority.isEmpty
            else { return nil }
            targetScheme = refScheme
            targetAuthority = URLResolver.normalisedAuthority(refAuthority, scheme: refScheme)
            targetPath = URLResolver.removingDotSegments(parts.path.isEmpty ? "/" : parts.path)
            targetQuery = parts.query
        } else if let refAuthority = parts.authority {
            guard !refAuthority.isEmpty else { return nil }
            targetAuthority = URLResolver.normalisedAuthority(refAuthority, scheme: scheme)
            targetPath = URLResolver.removingDotSegments(parts.path.isEmpty ? "/" : parts.path)
            targetQuery = parts.query
        } else if parts.path.isEmpty {
            targetPath = path
            targetQuery = parts.query ?? query
        } else if parts.path.hasPrefix("/") {
            targetPath = URLResolver.removingDotSegments(parts.path)
            targetQuery = parts.query
        } else {
            let directory = path[..<(path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex)]
            targetPath = URLResolver.removingDotSegments(String(directory) + parts.path)
            targetQuery = parts.query
        }
        return targetScheme + "://" + targetAuthority + URLResolver.encode(targetPath)
            + (targetQuery.map { "?" + URLResolver.encode($0) } ?? "")
    }

    /// The lower-cased host of an absolute URL, or nil.
    static func host(of url: String) -> String? {
        guard let parts = split(url), let authority = parts.authority else { return nil }
        return hostOnly(authority.lowercased())
    }

    // MARK: - Pieces

    private struct Parts {
        var scheme: String?
        var authority: String?
        var path: String
        var query: String?
    }

    /// Browsers drop surrounding spaces and every tab and newline, and read `\` as `/`.
    private static func clean(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where scalar != "\t" && scalar != "\n" && scalar != "\r" {
            scalars.append(scalar == "\\" ? "/" : scalar)
        }
        var result = Substring(String(scalars))
        while let first = result.first, first == " " || first == "\u{3000}" || first == "\u{00A0}" { result = result.dropFirst() }
        while let last = result.last, last == " " || last == "\u{3000}" || last == "\u{00A0}" { result = result.dropLast() }
        return String(result)
    }

    private static func split(_ text: String) -> Parts? {
        var rest = Substring(text)
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        var parts = Parts(scheme: nil, authority: nil, path: "", query: nil)
        if let colon = rest.firstIndex(of: ":"), let first = rest.first, first.isASCII, first.isLetter,
           rest[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }) {
            parts.scheme = rest[..<colon].lowercased()
            rest = rest[rest.index(after: colon)...]
        }
        if let question = rest.firstIndex(of: "?") {
            parts.query = String(rest[rest.index(after: question)...])
            rest = rest[..<question]
        }
        if rest.hasPrefix("//") {
            rest = rest.dropFirst(2)
            let slash = rest.firstIndex(of: "/") ?? rest.endIndex
            parts.authority = String(rest[..<slash])
            rest = rest[slash...]
        }
        parts.path = String(rest)
        return parts
    }

    private static func normalisedAuthority(_ authority: String, scheme: String) -> String {
        var host = Substring(authority.lowercased())
        if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
        if host.hasSuffix("."), !host.contains(":") { host = host.dropLast() }
        if scheme == "http", host.hasSuffix(":80") { host = host.dropLast(3) }
        if scheme == "https", host.hasSuffix(":443") { host = host.dropLast(4) }
        return String(host)
    }

    private static func hostOnly(_ authority: String) -> String {
        var host = Substring(authority)
        if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
        if host.hasPrefix("[") { return String(host) }
        if let colon = host.lastIndex(of: ":") { host = host[..<colon] }
        return String(host)
    }

    private static func removingDotSegments(_ path: String) -> String {
        guard path.contains(".") else { return path }
        var output: [Substring] = []
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        for (index, segment) in segments.enumerated() {
            let isLast = index == segments.count - 1
            switch segment {
            case ".":
                if isLast { output.append("") }
            case "..":
                if output.count > 1 { output.removeLast() }
                if isLast { output.append("") }
            default:
                output.append(segment)
            }
        }
        let joined = output.joined(separator: "/")
        return joined.hasPrefix("/") ? joined : "/" + joined
    }

    /// Percent-encodes bytes a request line cannot carry; existing escapes are kept.
    static func encode(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 <= 0x20 || $0 >= 0x7F || $0 == 0x22 || $0 == 0x3C || $0 == 0x3E }) else { return text }
        let hex: [UInt8] = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count * 2)
        for byte in utf8 {
            if byte <= 0x20 || byte >= 0x7F || byte == 0x22 || byte == 0x3C || byte == 0x3E {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0x0F)])
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
