extension URLResolver {
    /// Whether `text` is printable ASCII (U+0020…U+007E): no two of those scalars join into one
    /// character, so a search for an ASCII character can run on the bytes.
    static func isPrintableASCII(_ text: some StringProtocol) -> Bool {
        text.utf8.allSatisfy { $0 &- 0x20 < 0x7F - 0x20 }
    }

    /// `path.lastIndex(of: "/")`, on bytes when `path` is printable ASCII (nearly every base URL).
    static func lastSlash(in path: String) -> String.Index? {
        isPrintableASCII(path) ? path.utf8.lastIndex(of: UInt8(ascii: "/")) : path.lastIndex(of: "/")
    }

    /// ``normalisedAuthority(_:scheme:)`` of a printable-ASCII authority, on its bytes: lower-cased
    /// (ASCII letters only, as `lowercased()` does for ASCII), user information dropped, a trailing
    /// dot dropped when there is no port, the scheme's default port dropped. Nil for any other
    /// authority (the caller then reads it on characters).
    static func normalisedPrintableASCIIAuthority(_ authority: String, scheme: String) -> String? {
        guard isPrintableASCII(authority) else { return nil }
        var host = Array(authority.utf8)
        for index in host.indices where host[index] &- 65 < 26 { host[index] |= 0x20 }
        if let at = host.lastIndex(of: UInt8(ascii: "@")) { host.removeSubrange(...at) }
        if host.last == UInt8(ascii: "."), !host.contains(UInt8(ascii: ":")) { host.removeLast() }
        if scheme == "http", host.count >= 3, host.suffix(3).elementsEqual(":80".utf8) { host.removeLast(3) }
        if scheme == "https", host.count >= 4, host.suffix(4).elementsEqual(":443".utf8) { host.removeLast(4) }
        return String(decoding: host, as: UTF8.self)
    }
}
