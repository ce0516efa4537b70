extension URLNormalizer {
    /// A page's URL prepared once for resolving the many references the page holds.
    public struct Base: Sendable, Hashable {
        /// The page's URL, percent-encoded as references are (dot segments kept, as RFC 3986 merges them).
        public let parts: URLParts
        private let scheme: [UInt8]
        private let origin: [UInt8]
        private let directory: [UInt8]
        private let withoutQuery: [UInt8]
        private let whole: [UInt8]

        /// The base `url`; nil when it is not an absolute http(s) URL.
        public init?(_ url: String) {
            guard let parts = URLParts(String(decoding: URLNormalizer.encodedAndNormalized(Array(url.utf8)), as: UTF8.self)) else {
                return nil
            }
            self.parts = parts
            scheme = Array(parts.scheme.utf8)
            origin = Array(parts.origin.utf8)
            let path = Array(parts.path.utf8)
            let lastSlash = path.lastIndex(of: UInt8(ascii: "/")) ?? 0
            directory = origin + path[...lastSlash]
            withoutQuery = origin + path
            whole = Array(parts.description.utf8)
        }

        /// `reference` (relative, cleaned) joined onto this base, as RFC 3986 section 5.2.2 does
        /// before dot segments are removed.
        func joining(_ reference: [UInt8]) -> [UInt8] {
            let slash = UInt8(ascii: "/")
            if reference.starts(with: [slash, slash]) { return scheme + [UInt8(ascii: ":")] + reference }
            if reference.first == slash { return origin + reference }
            if reference.isEmpty || reference.first == UInt8(ascii: "#") { return whole }
            if reference.first == UInt8(ascii: "?") { return withoutQuery + reference }
            return directory + reference
        }
    }
}
