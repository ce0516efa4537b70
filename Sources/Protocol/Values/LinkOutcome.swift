/// The checked state of one link target on one site: a fact the fetch engine established.
public struct LinkOutcome: Codable, Hashable, Sendable {
    /// The target (absolute, normalised).
    public var target: String
    public var kind: LinkKind
    public var verdict: LinkVerdict
    /// The last HTTP status seen, nil after a network error.
    public var status: Int?
    public var error: NetworkErrorKind?
    /// Why a 200 answer counts as missing (soft 404), or other detail worth showing.
    public var note: String?
    /// Pages of the site that link to the target (for failing targets; may arrive over several batches).
    public var foundOn: [String]

    public init(
        target: String, kind: LinkKind, verdict: LinkVerdict, status: Int? = nil,
        error: NetworkErrorKind? = nil, note: String? = nil, foundOn: [String] = []
    ) {
        self.target = target
        self.kind = kind
        self.verdict = verdict
        self.status = status
        self.error = error
        self.note = note
        self.foundOn = foundOn
    }
}

/// What a link points at.
public enum LinkKind: String, Codable, CaseIterable, Sendable {
    case page
    case attachment
    case image
    case iframe
}

/// What checking a link established.
public enum LinkVerdict: String, Codable, CaseIterable, Sendable {
    case ok
    /// Failed after retries: 4xx/5xx, a network error, or a soft 404.
    case broken
    /// 401, 403, 429 or 999 persisted: the server refused us; the link may be fine.
    case blocked
}

extension LinkOutcome {
    enum CodingKeys: String, CodingKey {
        case target, kind, verdict, status, error, note, foundOn = "found_on"
    }
}
