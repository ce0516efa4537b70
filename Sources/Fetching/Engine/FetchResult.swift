import GovSweepProtocol

/// What one ``FetchEngine/fetch(_:)`` established: the final answer after redirects, or the failure.
public struct FetchResult: Sendable, Hashable {
    /// The URL asked for.
    public var url: String
    /// Where redirects ended (equal to `url` without redirects).
    public var finalURL: String
    /// Every URL visited, starting with `url`, ending with `finalURL`.
    public var redirectChain: [String]
    /// The final HTTP status; nil after a network error.
    public var status: Int?
    /// The final response's headers in order, names lower-cased.
    public var headers: [HeaderField]
    /// The body as received (decompressed), possibly cut short by the request's body policy.
    public var body: [UInt8]
    /// True when the body policy stopped reading before the end.
    public var truncated: Bool
    /// Why there is no HTTP answer, if there is none.
    public var error: FetchError?
    /// The certificate failure seen before the content was fetched again without verification.
    public var tlsError: String?
    /// Time to the first byte of the final response, and the whole fetch including redirects.
    public var timeToFirstByte: Duration
    public var totalTime: Duration

    /// The contract's error kind, if the fetch failed on the network.
    public var errorKind: NetworkErrorKind? { error?.kind }

    /// The first value of header `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name == wanted }?.value
    }

    /// The response's media type, lower-cased, without parameters (`text/html`).
    public var mediaType: String? {
        guard let value = header("content-type") else { return nil }
        // An ASCII value (nearly all) is cut, trimmed and lower-cased on its bytes, as the
        // character path below does it; it split, trimmed character by character and lower-cased.
        let bytes = value.utf8
        // (A value starting with `;` keeps that path: the split skips an empty first part.)
        if bytes.first != UInt8(ascii: ";"), bytes.allSatisfy({ $0 < 0x80 }) {
            var type = bytes[..<(bytes.firstIndex(of: UInt8(ascii: ";")) ?? bytes.endIndex)]
            while let first = type.first, first == 0x20 || first == 0x09 { type = type.dropFirst() }
            while let last = type.last, last == 0x20 || last == 0x09 { type = type.dropLast() }
            return String(unsafeUninitializedCapacity: type.count) { buffer in
                for (offset, byte) in type.enumerated() { buffer[offset] = ByteScan.lowered(byte) }
                return type.count
            }
        }
        let type = value.split(separator: ";", maxSplits: 1).first.map(String.init) ?? value
        return type.trimmingCharacters(in: " \t").lowercased()
    }
}

/// One response header, its name lower-cased.
public struct HeaderField: Sendable, Hashable {
    /// Lower-cased header name.
    public var name: String
    /// The value, trimmed.
    public var value: String

    /// A header field.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

extension String {
    /// The string without leading and trailing characters from `set`.
    func trimmingCharacters(in set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
