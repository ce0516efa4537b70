/// Turns links as pages write them into the one absolute form the crawler and the findings use.
///
/// Resolves against the page's URL (RFC 3986), lower-cases scheme and host, drops the default
/// port and the fragment, removes `.` and `..` segments, turns `\` into `/` as browsers do,
/// percent-encodes spaces, controls and non-ASCII (as UTF-8) with upper-case hex, decodes
/// needlessly encoded unreserved characters, and keeps the query's order. Anything that is not
/// http or https (`mailto:`, `javascript:`, `tel:`, `data:`) gives nil.
public enum URLNormalizer {
    /// The normalised absolute form of `reference` found on a page at `base`, or nil.
    public static func normalize(_ reference: String, base: String? = nil) -> String? {
        resolve(reference, base: base)?.description
    }

    /// Like ``normalize(_:base:)`` but returns the parts.
    public static func resolve(_ reference: String, base: String? = nil) -> URLParts? {
        resolve(reference, against: base.flatMap(Base.init))
    }

    /// Like ``resolve(_:base:)`` with the page's URL prepared once, for the many links of one page.
    /// A nil `base` resolves absolute references only.
    public static func resolve(_ reference: String, against base: Base?) -> URLParts? {
        var absolute = cleaned(reference)
        if !hasScheme(absolute) {
            guard let base else { return nil }
            absolute = base.joining(absolute)
        }
        return encodedAndNormalized(absolute).withUnsafeBufferPointer { bytes in
            guard let layout = URLLayout(bytes) else { return nil }
            return URLParts(bytes, layout, path: removingDotSegments(bytes[layout.path]))
        }
    }

    /// The reference's bytes cleaned: tabs and lone CRs and LFs removed, spaces, ideographic and
    /// no-break spaces trimmed, `\` turned into `/`. A CR LF pair stays (and is percent-encoded
    /// later), as the earlier character-based filter kept it; browsers would drop it too.
    static func cleaned(_ reference: String) -> [UInt8] {
        ByteScan.withBytes(of: reference) { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            for index in bytes.indices {
                switch bytes[index] {
                case 0x09: continue
                case 0x0D where index + 1 == bytes.count || bytes[index + 1] != 0x0A: continue
                case 0x0A where index == 0 || bytes[index - 1] != 0x0D: continue
                case UInt8(ascii: "\\"): out.append(UInt8(ascii: "/"))
                case let byte: out.append(byte)
                }
            }
            var end = out.count
            while let length = trimmableSpace(endingAt: end, in: out) { end -= length }
            var start = 0
            while start < end, let length = trimmableSpace(startingAt: start, in: out) { start += length }
            return start == 0 && end == out.count ? out : Array(out[start..<max(start, end)])
        }
    }

    /// The length of the space, U+3000 or U+00A0 that starts at `index`, if one does.
    private static func trimmableSpace(startingAt index: Int, in bytes: [UInt8]) -> Int? {
        if bytes[index] == 0x20 { return 1 }
        if bytes[index...].starts(with: [0xC2, 0xA0]) { return 2 }
        if bytes[index...].starts(with: [0xE3, 0x80, 0x80]) { return 3 }
        return nil
    }

    /// The length of the space, U+3000 or U+00A0 that ends before `end`, if one does.
    private static func trimmableSpace(endingAt end: Int, in bytes: [UInt8]) -> Int? {
        if end >= 1, bytes[end - 1] == 0x20 { return 1 }
        if end >= 2, bytes[(end - 2)..<end].elementsEqual([0xC2, 0xA0]) { return 2 }
        if end >= 3, bytes[(end - 3)..<end].elementsEqual([0xE3, 0x80, 0x80]) { return 3 }
        return nil
    }

    private static func hasScheme(_ bytes: [UInt8]) -> Bool {
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0,
            ByteScan.lowered(bytes[0]) &- UInt8(ascii: "a") < 26
        else { return false }
        return bytes[..<colon].allSatisfy { byte in
            ByteScan.lowered(byte) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10
                || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
        }
    }

    /// RFC 3986 section 5.2.4, on a path that starts with `/` (an empty path reads as `/`).
    static func removingDotSegments(_ path: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        guard !path.isEmpty else { return "/" }
        var output: [Range<Int>] = []
        var removed = false
        var start = path.startIndex + 1
        while true {
            var end = start
            while end < path.endIndex, path[end] != UInt8(ascii: "/") { end += 1 }
            let isLast = end == path.endIndex
            let isDot = end - start == 1 && path[start] == UInt8(ascii: ".")
            let isDotDot = end - start == 2 && path[start] == UInt8(ascii: ".") && path[start + 1] == UInt8(ascii: ".")
            if isDot || isDotDot {
                removed = true
                if isDotDot, !output.isEmpty { output.removeLast() }
                if isLast { output.append(end..<end) }
            } else {
                output.append(start..<end)
            }
            if isLast { break }
            start = end + 1
        }
        let base = path.base
        guard removed else { return String(decoding: UnsafeBufferPointer(rebasing: path), as: UTF8.self) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(path.count)
        for segment in output {
            bytes.append(UInt8(ascii: "/"))
            bytes.append(contentsOf: base[segment])
        }
        return bytes.isEmpty ? "/" : String(decoding: bytes, as: UTF8.self)
    }

    /// Percent-encodes what must be in the path and query and normalises existing escapes. The
    /// host is left as written (an internationalised name such as 政府.cn stays readable; libcurl
    /// converts it with IDN when fetching).
    static func encodedAndNormalized(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var index = 0
        let schemeEnd = bytes.withUnsafeBufferPointer { ByteScan.firstIndex(of: schemeSeparator, in: $0) }
        if let schemeEnd {
            index = schemeEnd + 3
            while index < bytes.count, bytes[index] != UInt8(ascii: "/"), bytes[index] != UInt8(ascii: "?"),
                bytes[index] != UInt8(ascii: "#")
            {
                index += 1
            }
            out.append(contentsOf: bytes[0..<index])
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "#") { break }
            if byte == UInt8(ascii: "%"), index + 2 < bytes.count,
                let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
            {
                let decoded = high << 4 | low
                if isUnreserved(decoded) {
                    out.append(decoded)
                } else {
                    out.append(UInt8(ascii: "%"))
                    out.append(hexDigit(high))
                    out.append(hexDigit(low))
                }
                index += 3
                continue
            }
            if byte <= 0x20 || byte >= 0x7F || mustBeEscaped(byte) {
                out.append(UInt8(ascii: "%"))
                out.append(hexDigit(byte >> 4))
                out.append(hexDigit(byte & 0xF))
            } else {
                out.append(byte)
            }
            index += 1
        }
        return out
    }

    private static let schemeSeparator = Array("://".utf8)

    /// `"<>\^`{|}%`: printable ASCII that is not left bare in a path or query.
    private static func mustBeEscaped(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\\"), UInt8(ascii: "^"),
            UInt8(ascii: "`"), UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"), UInt8(ascii: "%"):
            true
        default: false
        }
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
            UInt8(ascii: "~"):
            true
        default: false
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + value - 10
    }
}
