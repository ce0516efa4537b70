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
        } else if bytes.count > 2, bytes[0] == UInt8(ascii: "."), bytes[1] == UInt8(ascii: "."), bytes[2] == UInt8(ascii: "/") {
            return resolvePlainParentRelative(utf8: bytes)
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
    ///
    /// Read eight bytes at a time: a word passes when no byte is outside 0x21…0x7E and none is one
    /// of the five refused or a dot (each a test on the whole word); a word with a dot is read
    /// byte by byte for a `/` before it.
    static func isPlainPath(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        var previous: UInt8 = 0
        while index + 8 <= count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            if hasOutsidePrintable(word) || has(0x22, in: word) || has(0x23, in: word) || has(0x3C, in: word)
                || has(0x3E, in: word) || has(0x5C, in: word) {
                return false
            }
            if has(UInt8(ascii: "."), in: word) {
                for offset in index..<(index + 8) where base[offset] == UInt8(ascii: ".") {
                    if (offset == 0 ? previous : base[offset - 1]) == UInt8(ascii: "/") { return false }
                }
            }
            previous = base[index + 7]
            index += 8
        }
        while index < count {
            let byte = base[index]
            guard isPlainByte(byte) else { return false }
            if byte == UInt8(ascii: "."), previous == UInt8(ascii: "/") { return false }
            previous = byte
            index += 1
        }
        return true
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101, highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether one of `word`'s bytes is `byte` (the carries of the subtraction can only mark a
    /// byte above one that matches, so the answer for the word is exact).
    @inline(__always)
    static func has(_ byte: UInt8, in word: UInt64) -> Bool {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highBits != 0
    }

    /// Whether one of `word`'s bytes is below 0x21 or above 0x7E (exact for the word, as ``has(_:in:)``).
    @inline(__always)
    static func hasOutsidePrintable(_ word: UInt64) -> Bool {
        let below = (word &- ones &* 0x21) & ~word
        let above = (word &+ ones) | word
        return (below | above) & highBits != 0
    }

    /// Whether one of `word`'s bytes is an upper-case ASCII letter, for a word whose bytes are all
    /// below 0x80 (then adding 0x3F or 0x25 to a byte carries into no other: exact).
    @inline(__always)
    static func hasUpperCase(_ word: UInt64) -> Bool {
        (word &+ ones &* 0x3F) & ~(word &+ ones &* 0x25) & highBits != 0
    }

    /// A byte ``isPlainPath(_:)`` accepts: 0x21…0x7E but `"`, `#`, `<`, `>` and `\`, read from two
    /// 64-bit masks instead of six comparisons.
    @inline(__always)
    static func isPlainByte(_ byte: UInt8) -> Bool {
        // Bits 33…63 (`!`…`?`) but `"` (34), `#` (35), `<` (60), `>` (62).
        let low: UInt64 = ~0 << 33 & ~(1 << 34 | 1 << 35 | 1 << 60 | 1 << 62)
        // Bits 0…62 for 0x40…0x7E (`@`…`~`) but `\` (0x5C, bit 28).
        let high: UInt64 = (1 << 63 - 1) & ~(1 << 28)
        return byte < 0x40 ? low >> UInt64(byte) & 1 != 0 : byte < 0x80 && high >> UInt64(byte - 0x40) & 1 != 0
    }

    /// `head` followed by `tail`, made in one allocation (``joined(bytes:_:)``).
    static func joined(_ head: String, _ tail: UnsafeBufferPointer<UInt8>) -> String {
        var head = head
        return head.withUTF8 { joined(bytes: $0, tail) }
    }

    /// The string of `head`'s bytes followed by `tail`'s, made in one allocation; either may be
    /// empty (an empty buffer may have no base address).
    static func joined(bytes head: UnsafeBufferPointer<UInt8>, _ tail: UnsafeBufferPointer<UInt8>) -> String {
        let count = head.count + tail.count
        guard count > 0 else { return "" }
        return String(unsafeUninitializedCapacity: count) { buffer in
            guard let target = buffer.baseAddress else { return 0 }
            if let headBase = head.baseAddress { target.initialize(from: headBase, count: head.count) }
            if let tailBase = tail.baseAddress { (target + head.count).initialize(from: tailBase, count: tail.count) }
            return count
        }
    }

    /// True when `bytes` start with a scheme other than `http` and `https` (`javascript:`,
    /// `mailto:`): ASCII letters, then `:`. Such a reference resolves to nothing: cleaning leaves
    /// its start alone (its first byte is a letter, and nothing it removes is a letter or `:`),
    /// and splitting reads the letters as its scheme.
    static func startsWithOtherScheme(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var colon = 0
        while colon < bytes.count, (bytes[colon] | 0x20) &- 97 < 26 { colon += 1 }
        guard colon > 0, colon < bytes.count, bytes[colon] == UInt8(ascii: ":") else { return false }
        guard colon == 4 || colon == 5 else { return true }
        let http = bytes[0] | 0x20 == UInt8(ascii: "h") && bytes[1] | 0x20 == UInt8(ascii: "t") && bytes[2] | 0x20 == UInt8(ascii: "t")
            && bytes[3] | 0x20 == UInt8(ascii: "p")
        return !(http && (colon == 4 || bytes[4] | 0x20 == UInt8(ascii: "s")))
    }

    /// True when `bytes` spell an absolute http(s) URL that resolving leaves as it is: printable
    /// ASCII needing no cleaning or escaping, a lower-case scheme and authority with no user, no
    /// default port and no trailing dot, a path after it with no dot segment, no fragment. Then
    /// ``resolve(_:)`` gives the reference itself, with no string taken apart and put together.
    static func isNormalisedAbsolute(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        normalisedAbsoluteHost(bytes) != nil
    }

    /// For bytes ``isNormalisedAbsolute(_:)`` accepts, where in them the URL's host sits (what
    /// ``host(of:)`` reads: the authority without its port); nil for any other bytes.
    static func normalisedAbsoluteHost(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let count = bytes.count
        guard count > 7, bytes[0] == UInt8(ascii: "h"), bytes[1] == UInt8(ascii: "t"), bytes[2] == UInt8(ascii: "t"),
              bytes[3] == UInt8(ascii: "p")
        else { return nil }
        let https = bytes[4] == UInt8(ascii: "s")
        let authorityStart = https ? 8 : 7
        guard count > authorityStart, bytes[authorityStart - 3] == UInt8(ascii: ":"), bytes[authorityStart - 2] == UInt8(ascii: "/"),
              bytes[authorityStart - 1] == UInt8(ascii: "/")
        else { return nil }
        return normalisedHost(bytes, authorityStart: authorityStart, https: https)
    }

    /// ``normalisedAbsoluteHost(_:)`` from the authority on, which starts at `authorityStart`
    /// (after `//`) under the scheme `https` says: where the host sits, or nil when resolving
    /// would change the bytes from there on.
    static func normalisedHost(_ bytes: UnsafeBufferPointer<UInt8>, authorityStart: Int, https: Bool) -> Range<Int>? {
        let count = bytes.count
        // The authority: plain bytes up to the first `/`, no query before the path, no user, no upper case.
        var authorityEnd = authorityStart
        var colon = -1
        // Eight bytes at a time while a word holds none of the bytes the loop below stops at or
        // refuses (nor a colon, which it records): such bytes it would pass over one by one.
        if let base = bytes.baseAddress {
            while authorityEnd + 8 <= count {
                let word = UnsafeRawPointer(base + authorityEnd).loadUnaligned(as: UInt64.self)
                if hasOutsidePrintable(word) || hasUpperCase(word) || has(0x2F, in: word) || has(0x3A, in: word)
                    || has(0x3F, in: word) || has(0x40, in: word) || has(0x22, in: word) || has(0x23, in: word)
                    || has(0x3C, in: word) || has(0x3E, in: word) || has(0x5C, in: word) {
                    break
                }
                authorityEnd += 8
            }
        }
        while authorityEnd < count {
            let byte = bytes[authorityEnd]
            if byte == UInt8(ascii: "/") { break }
            guard isPlainByte(byte), byte != UInt8(ascii: "?"), byte != UInt8(ascii: "@"), byte &- 65 >= 26 else { return nil }
            if byte == UInt8(ascii: ":") { colon = authorityEnd }
            authorityEnd += 1
        }
        guard authorityEnd < count, authorityEnd > authorityStart,
              isPlainPath(UnsafeBufferPointer(rebasing: bytes[authorityEnd...]))
        else { return nil }
        if colon < 0, bytes[authorityEnd - 1] == UInt8(ascii: ".") { return nil }
        // The scheme's default port is dropped by resolving: not as it is.
        let length = authorityEnd - authorityStart
        if https, length >= 4, bytes[authorityEnd - 4] == UInt8(ascii: ":"), bytes[authorityEnd - 3] == UInt8(ascii: "4"),
           bytes[authorityEnd - 2] == UInt8(ascii: "4"), bytes[authorityEnd - 1] == UInt8(ascii: "3") {
            return nil
        }
        if !https, length >= 3, bytes[authorityEnd - 3] == UInt8(ascii: ":"), bytes[authorityEnd - 2] == UInt8(ascii: "8"),
           bytes[authorityEnd - 1] == UInt8(ascii: "0") {
            return nil
        }
        // ``host(of:)`` keeps a bracketed (IPv6) authority whole and otherwise drops the port.
        if bytes[authorityStart] == UInt8(ascii: "[") || colon < 0 { return authorityStart..<authorityEnd }
        return authorityStart..<colon
    }
}
