/// Resolves link references against a page's URL (RFC 3986, section 5) and normalises the result:
/// scheme and host lower-cased, default port and fragment dropped, dot segments removed, spaces
/// and non-ASCII bytes percent-encoded. Only `http` and `https` targets resolve.
struct URLResolver: Sendable {
    let scheme: String
    let authority: String
    let path: String
    let query: String?
    /// `scheme://authority`, the start of every URL a root-relative reference resolves to.
    private let origin: String
    /// ``origin`` and the base path's directory (escaped), the start of every URL a plain relative
    /// reference resolves to; nil when the directory holds a dot segment (``resolvePlainRelative(utf8:)``).
    let relativeBase: String?
    /// Whether ``path`` is ASCII (read once here for ``resolvePlainParentRelative(utf8:)``).
    let pathIsASCII: Bool

    /// The base URL's parts, or nil when `base` is not an absolute http(s) URL.
    init?(base: String) {
        guard let parts = URLResolver.split(URLResolver.clean(base)), let authority = parts.authority,
              parts.scheme == "http" || parts.scheme == "https"
        else { return nil }
        scheme = parts.scheme!
        self.authority = URLResolver.normalisedAuthority(authority, scheme: scheme)
        path = parts.path.isEmpty ? "/" : parts.path
        query = parts.query
        pathIsASCII = !path.utf8.contains(where: { $0 >= 0x80 })
        origin = scheme + "://" + self.authority
        let directory = String(path[...(URLResolver.lastSlash(in: path) ?? path.startIndex)])
        // A dot segment: a `/` followed by a `.` (a search for those two bytes).
        relativeBase = directory.containsBytes("/.") ? nil : origin + URLResolver.encode(directory)
    }

    /// The base URL itself, normalised.
    var absolute: String { scheme + "://" + authority + URLResolver.encode(path) + (query.map { "?" + URLResolver.encode($0) } ?? "") }

    /// The lower-cased host without port.
    var host: String { URLResolver.hostOnly(authority) }

    /// The absolute URL `reference` points at; nil for `javascript:`, `mailto:`, fragments and empty references.
    func resolve(_ reference: String) -> String? {
        resolveNotingHost(reference)?.url
    }

    /// ``resolve(_:)``, and whether the URL keeps the base URL's host (the reference has no
    /// scheme and no authority): then ``URLResolver/host(of:)`` of it is ``host``, known without
    /// reading it again.
    func resolveNotingHost(_ reference: String) -> (url: String, keepsHost: Bool)? {
        if let plain = resolvePlainRootRelative(reference) { return (plain, true) }
        var bytes = reference
        if let plain = bytes.withUTF8({ resolvePlainRelative(utf8: $0) }) { return (plain, true) }
        if bytes.withUTF8({ Self.isNormalisedAbsolute($0) }) { return (reference, false) }
        if let shortcut = bytes.withUTF8({ resolveSchemeRelative(utf8: $0) ?? resolveWithoutPath(utf8: $0) }) {
            return (shortcut.url, false)
        }
        return resolveGenerally(reference)
    }

    /// ``resolveNotingHost(_:)`` without its shortcuts, for a caller that tried them on the
    /// reference's bytes already (the same answer for every reference).
    func resolveGenerally(_ reference: String) -> (url: String, keepsHost: Bool)? {
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
        let url = targetScheme + "://" + targetAuthority + URLResolver.encode(targetPath)
            + (targetQuery.map { "?" + URLResolver.encode($0) } ?? "")
        return (url, parts.scheme == nil && parts.authority == nil)
    }

    /// The common case without the general machinery: `/path?query` made of printable ASCII that
    /// needs no cleaning, escaping or dot-segment removal resolves to ``origin`` + `reference`.
    /// Nil when `reference` is anything else (the general path then gives the same answer it
    /// always did).
    private func resolvePlainRootRelative(_ reference: String) -> String? {
        var reference = reference
        return reference.withUTF8 { resolvePlainRootRelative(utf8: $0) }
    }

    /// ``resolvePlainRootRelative(_:)`` of a reference given as UTF-8 bytes (an attribute value
    /// as the page has it): the URL is made in one allocation and no string is made for a
    /// reference that is not plain. For such a reference the bytes are what decoding them
    /// would give, so the answer is the same as for the decoded string.
    func resolvePlainRootRelative(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.count >= 1, bytes[0] == UInt8(ascii: "/"), bytes.count == 1 || bytes[1] != UInt8(ascii: "/")
        else { return nil }
        guard Self.isPlainPath(bytes) else { return nil }
        return Self.joined(origin, bytes)
    }

    /// The lower-cased host of an absolute URL, or nil.
    static func host(of url: String) -> String? {
        if let found = url.utf8.withContiguousStorageIfAvailable({ hostRange(inUTF8: $0) }) {
            guard let (range, hasUpperCase) = found else { return nil }
            let utf8 = url.utf8
            let host = String(Substring(utf8[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
                ..< utf8.index(utf8.startIndex, offsetBy: range.upperBound)]))
            return hasUpperCase ? host.lowercased() : host
        }
        guard let start = LinkClassifier.afterScheme(url) else { return nil }
        let utf8 = url.utf8
        let tail = utf8[start...]
        let end = tail.firstIndex(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") })
            ?? tail.endIndex
        let host = hostOnly(String(url[start..<end]))
        return host.utf8.contains(where: { $0 >= 65 && $0 <= 90 }) ? host.lowercased() : host
    }

    /// ``host(of:)`` on bytes: the host's byte range (after any `user@`, without the port) and
    /// whether it holds an upper-case ASCII letter; nil without a scheme.
    private static func hostRange(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> (Range<Int>, Bool)? {
        guard var start = LinkClassifier.afterScheme(inUTF8: bytes) else { return nil }
        var end = start
        var lastAt = -1
        while end < bytes.count {
            let byte = bytes[end]
            if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") { break }
            if byte == UInt8(ascii: "@") { lastAt = end }
            end += 1
        }
        if lastAt >= 0 { start = lastAt + 1 }
        if start >= end || bytes[start] != UInt8(ascii: "[") {
            var colon = end - 1
            while colon >= start, bytes[colon] != UInt8(ascii: ":") { colon -= 1 }
            if colon >= start { end = colon }
        }
        var hasUpperCase = false
        for offset in start..<end where bytes[offset] >= 65 && bytes[offset] <= 90 { hasUpperCase = true; break }
        return (start..<end, hasUpperCase)
    }

    // MARK: - Pieces


    /// Browsers drop surrounding spaces and every tab and newline, and read `\` as `/`.
    private static func clean(_ text: String) -> String {
        let utf8 = text.utf8
        if let first = utf8.first, let last = utf8.last, first > 0x20, last > 0x20, first < 0x80, last < 0x80,
           !utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x5C }) {
            return text
        }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where scalar != "\t" && scalar != "\n" && scalar != "\r" {
            scalars.append(scalar == "\\" ? "/" : scalar)
        }
        var result = Substring(String(scalars))
        while let first = result.first, first == " " || first == "\u{3000}" || first == "\u{00A0}" { result = result.dropFirst() }
        while let last = result.last, last == " " || last == "\u{3000}" || last == "\u{00A0}" { result = result.dropLast() }
        return String(result)
    }

    private static func normalisedAuthority(_ authority: String, scheme: String) -> String {
        if let normalised = normalisedPrintableASCIIAuthority(authority, scheme: scheme) { return normalised }
        var host = Substring(authority.lowercased())
        if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
        if host.hasSuffix("."), !host.utf8.contains(UInt8(ascii: ":")) { host = host.dropLast() }
        if scheme == "http", host.hasSuffix(":80") { host = host.dropLast(3) }
        if scheme == "https", host.hasSuffix(":443") { host = host.dropLast(4) }
        return String(host)
    }

    private static func hostOnly(_ authority: String) -> String {
        let utf8 = authority.utf8
        var start = utf8.startIndex
        if let at = utf8.lastIndex(of: UInt8(ascii: "@")) { start = utf8.index(after: at) }
        if utf8[start...].first == UInt8(ascii: "[") { return String(authority[start...]) }
        let end = utf8[start...].lastIndex(of: UInt8(ascii: ":")) ?? utf8.endIndex
        return start == utf8.startIndex && end == utf8.endIndex ? authority : String(authority[start..<end])
    }

    /// `path` with its `.` and `..` segments resolved (RFC 3986 5.2.4), read on characters
    /// unless ASCII (``removingDotSegments(asciiPath:)``).
    static func removingDotSegments(_ path: String) -> String {
        // Only a segment that starts with a dot can be "." or "..".
        let utf8 = path.utf8
        var hasDotSegment = utf8.first == UInt8(ascii: ".")
        var previous: UInt8 = 0
        for byte in utf8 {
            if previous == UInt8(ascii: "/"), byte == UInt8(ascii: ".") { hasDotSegment = true; break }
            previous = byte
        }
        guard hasDotSegment else { return path }
        var bytes = path
        if let ascii = bytes.withUTF8({ removingDotSegments(asciiPath: $0) }) { return ascii }
        return removingDotSegments(onCharacters: path)
    }

    /// ``removingDotSegments(_:)`` read on the path's characters: any path, one holding a dot
    /// segment. (A differential test holds the ASCII reading to it.)
    static func removingDotSegments(onCharacters path: String) -> String {
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
