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

extension URLResolver {
    /// ``removingDotSegments(_:)`` of an ASCII path, on its bytes; nil for any other path (read
    /// on characters). In ASCII every byte but CR LF is a character, and neither CR LF nor any
    /// other character equals `/`, `.` or `..`, so the split and the segments are the same.
    static func removingDotSegments(asciiPath path: UnsafeBufferPointer<UInt8>) -> String? {
        guard ByteSearch.firstNonASCII(in: path) == nil else { return nil }
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        var output: [Range<Int>] = []
        var start = 0
        while true {
            var end = start
            while end < path.count, path[end] != slash { end += 1 }
            let isLast = end == path.count
            let length = end - start
            if length == 1, path[start] == dot {
                if isLast { output.append(end..<end) }
            } else if length == 2, path[start] == dot, path[start + 1] == dot {
                if output.count > 1 { output.removeLast() }
                if isLast { output.append(end..<end) }
            } else {
                output.append(start..<end)
            }
            if isLast { break }
            start = end + 1
        }
        var joined: [UInt8] = []
        joined.reserveCapacity(path.count + 1)
        for (index, segment) in output.enumerated() {
            if index > 0 { joined.append(slash) }
            joined.append(contentsOf: UnsafeBufferPointer(rebasing: path[segment]))
        }
        if joined.first != slash { joined.insert(slash, at: 0) }
        return String(decoding: joined, as: UTF8.self)
    }
}
