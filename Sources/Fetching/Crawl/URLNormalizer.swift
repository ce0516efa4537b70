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
        let cleaned = String(reference.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" })
            .trimmingCharacters(in: " \u{3000}\u{00A0}")
            .replacingBackslashes()
        let baseParts = base.flatMap { URLParts(encodedAndNormalized($0)) }
        let absolute: String
        if hasScheme(cleaned) {
            absolute = cleaned
        } else if let baseParts {
            absolute = join(cleaned, onto: baseParts)
        } else {
            return nil
        }
        guard var parts = URLParts(encodedAndNormalized(absolute)) else { return nil }
        parts.path = removingDotSegments(parts.path)
        return parts
    }

    private static func hasScheme(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let scheme = text[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }

    private static func join(_ reference: String, onto base: URLParts) -> String {
        if reference.hasPrefix("//") { return base.scheme + ":" + reference }
        if reference.hasPrefix("/") { return base.origin + reference }
        if reference.isEmpty || reference.hasPrefix("#") {
            return base.description
        }
        if reference.hasPrefix("?") { return base.origin + base.path + reference }
        let directory = base.path[...(base.path.lastIndex(of: "/") ?? base.path.startIndex)]
        return base.origin + directory + reference
    }

    /// RFC 3986 section 5.2.4, on a path that starts with `/`.
    static func removingDotSegments(_ path: String) -> String {
        var output: [Substring] = []
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        for (index, segment) in segments.enumerated() {
            let isLast = index == segments.count - 1
            switch segment {
            case ".":
                if isLast { output.append("") }
            case "..":
                if !output.isEmpty { output.removeLast() }
                if isLast { output.append("") }
            default:
                output.append(segment)
            }
        }
        return "/" + output.joined(separator: "/")
    }

    /// Percent-encodes what must be and normalises existing escapes; lower-cases scheme and host.
    private static func encodedAndNormalized(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        let bytes = Array(text.utf8)
        var index = 0
        var hashSeen = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "#") { hashSeen = true }
            if hashSeen { break }
            if byte == UInt8(ascii: "%"), index + 2 < bytes.count,
                let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
            {
                let decoded = high << 4 | low
                if isUnreserved(decoded) {
                    out.append(decoded)
                } else {
                    out.append(contentsOf: [UInt8(ascii: "%"), hexDigit(high), hexDigit(low)])
                }
                index += 3
                continue
            }
            if byte <= 0x20 || byte >= 0x7F || "\"<>\\^`{|}%".utf8.contains(byte) {
                out.append(contentsOf: [UInt8(ascii: "%"), hexDigit(byte >> 4), hexDigit(byte & 0xF)])
            } else {
                out.append(byte)
            }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
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

extension String {
    fileprivate func replacingBackslashes() -> String {
        String(map { $0 == "\\" ? "/" : $0 })
    }
}
