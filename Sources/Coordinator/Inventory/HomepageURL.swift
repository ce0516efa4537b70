/// Checks and normalises the URLs an operator writes in an inventory or columns file.
///
/// A URL must be absolute `http` or `https` with a host. Normalising lower-cases the scheme and
/// the host, drops a fragment and adds `/` when the path is empty. A bare host such as
/// `www.x.gov.cn` or `www.x.gov.cn/col/` (no scheme, a dot in the host) becomes `http://www.x.gov.cn/`.
enum HomepageURL {
    /// The normalised form of `text`, or nil when it is not an absolute http(s) URL with a host.
    static func normalised(_ text: String) -> String? {
        let trimmed = text.trimmedForInventory
        guard !trimmed.isEmpty, !trimmed.unicodeScalars.contains(where: \.isForbiddenInURL) else { return nil }
        if let schemeEnd = trimmed.firstRange(of: "://") {
            let scheme = trimmed[..<schemeEnd.lowerBound].lowercased()
            guard scheme == "http" || scheme == "https" else { return nil }
            return normalised(scheme: scheme, rest: trimmed[schemeEnd.upperBound...], requireDot: false)
        }
        return normalised(scheme: "http", rest: trimmed[...], requireDot: true)
    }

    private static func normalised(scheme: String, rest: Substring, requireDot: Bool) -> String? {
        let withoutFragment = rest.prefix { $0 != "#" }
        let authorityEnd = withoutFragment.firstIndex { $0 == "/" || $0 == "?" } ?? withoutFragment.endIndex
        let authority = withoutFragment[..<authorityEnd]
        var pathAndQuery = String(withoutFragment[authorityEnd...])
        guard let host = validHost(authority, requireDot: requireDot) else { return nil }
        if !pathAndQuery.hasPrefix("/") { pathAndQuery = "/" + pathAndQuery }
        return "\(scheme)://\(host)\(pathAndQuery)"
    }

    /// The lower-cased `host[:port]`, or nil when `authority` has user info, no host, a bad
    /// label or a bad port.
    private static func validHost(_ authority: Substring, requireDot: Bool) -> String? {
        guard !authority.contains("@") else { return nil }
        var host = authority
        var port: Substring?
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return nil }
            host = authority[...close]
            let after = authority[authority.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { return nil }
                port = after.dropFirst()
            }
            guard host.count > 2, host.dropFirst().dropLast().allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." })
            else { return nil }
        } else {
            if let colon = authority.lastIndex(of: ":") {
                host = authority[..<colon]
                port = authority[authority.index(after: colon)...]
            }
            let labels = host.split(separator: ".", omittingEmptySubsequences: false)
            guard !host.isEmpty, labels.allSatisfy(isValidLabel) else { return nil }
            if requireDot && labels.count < 2 { return nil }
        }
        if let port {
            guard !port.isEmpty, port.count <= 5, port.allSatisfy(\.isASCIIDigit),
                let number = Int(port), (1...65535).contains(number)
            else { return nil }
            return "\(host.lowercased()):\(port)"
        }
        return host.lowercased()
    }

    /// A host label: letters (Chinese domain names such as `江西.政务` included), digits, `-` and `_`,
    /// not starting or ending with `-`.
    private static func isValidLabel(_ label: Substring) -> Bool {
        guard !label.isEmpty, label.first != "-", label.last != "-" else { return false }
        return label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    }
}

extension Unicode.Scalar {
    /// Characters that cannot appear in a URL as an operator writes it: white space, controls,
    /// quotes and angle brackets.
    fileprivate var isForbiddenInURL: Bool {
        properties.isWhitespace || properties.generalCategory == .control
            || self == "\"" || self == "<" || self == ">" || self == "\\"
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
