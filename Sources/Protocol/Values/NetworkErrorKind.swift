/// The kinds of network failure the findings contract names in its `error` field.
public enum NetworkErrorKind: String, Codable, CaseIterable, Sendable {
    case dns, connect, timeout, tls, reset
    case tooManyRedirects = "too_many_redirects"
    case tooLarge = "too_large"
    /// The server answered, but not with valid HTTP: a garbage status line, headers beyond the
    /// limit, a redirect to a scheme that is not http or https.
    case badResponse = "bad_response"
    /// The crawler refused to connect: the address is outside what the operator allowed
    /// (a private, loopback or reserved network without `--allow-address`).
    case blockedByPolicy = "blocked_by_policy"

    /// True for failures that say nothing about whether the site is reachable: the server answered
    /// (too large, bad response) or the crawler chose not to connect (policy).
    public var isReachabilityFailure: Bool {
        switch self {
        case .dns, .connect, .timeout, .tls, .reset, .tooManyRedirects: true
        case .tooLarge, .badResponse, .blockedByPolicy: false
        }
    }
}
