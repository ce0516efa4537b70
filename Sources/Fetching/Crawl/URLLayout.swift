/// Where the parts of an absolute http(s) URL lie in its UTF-8 bytes, found without copying.
///
/// The rules are ``URLParts``': the scheme ends at the first `://`; the fragment is dropped; the
/// authority ends at the first `/` or `?`; user information before the last `@` is skipped; a port
/// follows the last `:` unless a `]` (IPv6) comes after it, and must be 1–65535 when present.
struct URLLayout {
    /// True for `https`, false for `http` (the only schemes accepted, in any case).
    var isHTTPS: Bool
    var host: Range<Int>
    /// True when the host is ASCII, so that lower-casing it byte by byte is exact.
    var hostIsASCII: Bool
    /// The port as written, default ports included.
    var port: Int?
    /// Empty when the URL has no path.
    var path: Range<Int>
    /// Without the `?`.
    var query: Range<Int>?

    /// The layout of `bytes`, or nil when they are not an absolute http(s) URL with a host.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let schemeEnd = ByteScan.firstIndex(of: Self.schemeSeparator, in: bytes) else { return nil }
        switch schemeEnd {
        case 4 where ByteScan.matches(Self.http, in: bytes, at: 0, ignoringCase: true):
            isHTTPS = false
        case 5 where ByteScan.matches(Self.https, in: bytes, at: 0, ignoringCase: true):
            isHTTPS = true
        default:
            return nil
        }
        let start = schemeEnd + 3
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "#") { end += 1 }
        var authorityEnd = start
        while authorityEnd < end, bytes[authorityEnd] != UInt8(ascii: "/"), bytes[authorityEnd] != UInt8(ascii: "?") { authorityEnd += 1 }
        var hostStart = start
        var hostEnd = authorityEnd
        var colon: Int?
        var hostIsASCII = true
        for index in start..<authorityEnd {
            switch bytes[index] {
            case UInt8(ascii: "@"):
                hostStart = index + 1
                colon = nil
                hostIsASCII = true
            case UInt8(ascii: ":"): colon = index
            case UInt8(ascii: "]"): colon = nil
            case 0x80...: hostIsASCII = false
            default: break
            }
        }
        if let colon {
            if colon + 1 < authorityEnd {
                guard let port = Self.port(bytes[(colon + 1)..<authorityEnd]) else { return nil }
                self.port = port
            } else {
                port = nil
            }
            hostEnd = colon
        } else {
            port = nil
        }
        guard hostStart < hostEnd else { return nil }
        host = hostStart..<hostEnd
        self.hostIsASCII = hostIsASCII
        var queryStart = authorityEnd
        while queryStart < end, bytes[queryStart] != UInt8(ascii: "?") { queryStart += 1 }
        path = authorityEnd..<queryStart
        query = queryStart < end ? (queryStart + 1)..<end : nil
    }

    /// A port as `Int` reads it (an optional `+`, ASCII digits), when it is 1–65535.
    private static func port(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        var index = digits.startIndex
        if digits[index] == UInt8(ascii: "+") { index += 1 }
        guard index < digits.endIndex else { return nil }
        var value = 0
        while index < digits.endIndex {
            let digit = digits[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
            guard value <= 65535 else { return nil }
            index += 1
        }
        return value >= 1 ? value : nil
    }

    private static let schemeSeparator = Array("://".utf8)
    private static let http = Array("http".utf8)
    private static let https = Array("https".utf8)
}
