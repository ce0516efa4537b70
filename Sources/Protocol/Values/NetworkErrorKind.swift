/// The kinds of network failure the findings contract names in its `error` field.
public enum NetworkErrorKind: String, Codable, CaseIterable, Sendable {
    case dns, connect, timeout, tls, reset
    case tooManyRedirects = "too_many_redirects"
    case tooLarge = "too_large"
}
