/// ``URLResolver`` shortcuts read on a reference's bytes.
extension URLResolver {
    /// A plain relative reference (`202401/t20240106_1.html`, `index_2.html?x=1`) resolved without
    /// the general machinery: printable ASCII needing no cleaning or escaping, no scheme (no `:`),
    /// not starting with `/` or `?`, no fragment and no segment starting with a dot. Merged with a
    /// base directory that has no dot segment either, nothing is removed and nothing escaped, so
    /// the URL is ``relativeBase`` followed by the reference. One leading `./` (`./202401/t1.html`)
    /// is the segment dot-segment removal drops, so the URL is ``relativeBase`` and the rest. Nil
    /// for anything else (the general path then gives the answer it always gave).
    func resolvePlainRelative(utf8 reference: UnsafeBufferPointer<UInt8>) -> String? {
        var bytes = reference
        if bytes.count > 2, bytes[0] == UInt8(ascii: "."), bytes[1] == UInt8(ascii: "/") {
            bytes = UnsafeBufferPointer(rebasing: bytes[2...])
        }
        guard let relativeBase, let first = bytes.first, first != UInt8(ascii: "/"), first != UInt8(ascii: "?"),
              first != UInt8(ascii: ".")
        else { return nil }
        guard !bytes.contains(UInt8(ascii: ":")), Self.isPlainPath(bytes) else { return nil }
        return Self.joined(relativeBase, bytes)
    }

    /// Printable ASCII except the bytes `clean()` rewrites (`\`) or `encode()` escapes (`"`, `<`,
    /// `>`), no fragment (`#`) and no segment starting with a dot: bytes that resolving copies as
    /// they are.
    static func isPlainPath(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            guard byte > 0x20, byte < 0x7F, byte != 0x5C, byte != 0x22, byte != 0x3C, byte != 0x3E, byte != 0x23
            else { return false }
            if previous == UInt8(ascii: "/"), byte == UInt8(ascii: ".") { return false }
            previous = byte
        }
        return true
    }

    /// `head` followed by `tail`, made in one allocation.
    static func joined(_ head: String, _ tail: UnsafeBufferPointer<UInt8>) -> String {
        var head = head
        return head.withUTF8 { head in
            String(unsafeUninitializedCapacity: head.count + tail.count) { buffer in
                guard let target = buffer.baseAddress, let headBase = head.baseAddress, let tailBase = tail.baseAddress
                else { return 0 }
                target.initialize(from: headBase, count: head.count)
                (target + head.count).initialize(from: tailBase, count: tail.count)
                return head.count + tail.count
            }
        }
    }

    /// True when `bytes` spell an absolute http(s) URL that resolving leaves as it is: printable
    /// ASCII needing no cleaning or escaping, a lower-case scheme and authority with no user, no
    /// default port and no trailing dot, a path after it with no dot segment, no fragment. Then
    /// ``resolve(_:)`` gives the reference itself, with no string taken apart and put together.
    static func isNormalisedAbsolute(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let https = bytes.starts(with: "https://".utf8)
        guard https || bytes.starts(with: "http://".utf8) else { return false }
        let authorityStart = https ? 8 : 7
        var authorityEnd = -1
        var previous: UInt8 = 0
        for (offset, byte) in bytes.enumerated() {
            guard byte > 0x20, byte < 0x7F, byte != 0x5C, byte != 0x22, byte != 0x3C, byte != 0x3E, byte != 0x23 else { return false }
            if offset >= authorityStart, authorityEnd < 0 {
                if byte == UInt8(ascii: "/") {
                    authorityEnd = offset
                } else if byte == UInt8(ascii: "?") || byte == UInt8(ascii: "@") || byte &- 65 < 26 {
                    return false  // no path before the query, a user, or upper case
                }
            }
            if previous == UInt8(ascii: "/"), byte == UInt8(ascii: "."), offset > authorityStart { return false }
            previous = byte
        }
        guard authorityEnd > authorityStart else { return false }
        let authority = UnsafeBufferPointer(rebasing: bytes[authorityStart..<authorityEnd])
        if authority.last == UInt8(ascii: "."), !authority.contains(UInt8(ascii: ":")) { return false }
        if https ? authority.reversed().starts(with: ":443".utf8.reversed()) : authority.reversed().starts(with: ":80".utf8.reversed()) {
            return false
        }
        return true
    }
}
