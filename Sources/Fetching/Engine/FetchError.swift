import GovSweepProtocol

/// Why a fetch produced no usable HTTP answer.
///
/// Every case maps onto the findings contract's ``NetworkErrorKind`` through ``kind``; the extra
/// detail (which address was refused, what libcurl said) is for logs and notes.
public enum FetchError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The host name did not resolve.
    case dns(String)
    /// No connection could be opened (refused, unreachable).
    case connect(String)
    /// The connection or the whole transfer ran past its time limit.
    case timeout(String)
    /// The TLS handshake failed even without certificate verification.
    case tls(String)
    /// The server closed or reset the connection before a complete answer.
    case reset(String)
    /// More than the allowed number of redirects, or a redirect loop.
    case tooManyRedirects(chain: [String])
    /// The body exceeded the configured maximum.
    case tooLarge(limit: Int)
    /// The target resolved to an address outside the public internet that the operator did not allow.
    case refusedAddress(String)
    /// The server answered with something that is not valid HTTP (garbage status line, oversized
    /// headers) or redirected to a URL that is not http(s).
    case badResponse(String)
    /// The URL cannot be fetched (not http/https, unparsable).
    case invalidURL(String)
    /// The engine shut down before the transfer finished.
    case cancelled
    /// Any other libcurl failure, with its code and message.
    case other(code: Int, message: String)

    /// The contract's error kind for this failure; nil for failures the contract does not name
    /// (cancellation, bad URLs), which the crawler reports as unfetched rather than broken.
    public var kind: NetworkErrorKind? {
        switch self {
        case .dns: .dns
        case .connect: .connect
        case .refusedAddress: .blockedByPolicy
        case .badResponse: .badResponse
        case .timeout: .timeout
        case .tls: .tls
        case .reset, .other: .reset
        case .tooManyRedirects: .tooManyRedirects
        case .tooLarge: .tooLarge
        case .invalidURL, .cancelled: nil
        }
    }

    /// True for failures worth retrying after a pause: the next attempt may well succeed.
    public var isTransient: Bool {
        switch self {
        case .connect, .timeout, .reset, .other: true
        case .dns, .tls, .tooManyRedirects, .tooLarge, .refusedAddress, .badResponse, .invalidURL, .cancelled: false
        }
    }

    public var description: String {
        switch self {
        case .dns(let message): "host name did not resolve (\(message)); check the URL's host"
        case .connect(let message): "could not connect (\(message)); the server may be down"
        case .timeout(let message): "timed out (\(message)); the server is slow or unreachable"
        case .tls(let message): "TLS handshake failed (\(message))"
        case .reset(let message): "connection reset or closed early (\(message))"
        case .tooManyRedirects(let chain):
            "too many redirects or a redirect loop after \(chain.count) hops (last: \(chain.last ?? "?"))"
        case .tooLarge(let limit): "body larger than \(limit) bytes; raise maxBodyBytes to fetch it"
        case .refusedAddress(let address):
            "refused to connect to \(address) by the address policy; allow the range with --allow-address CIDR if it is meant"
        case .badResponse(let why): "the server's answer is not valid HTTP (\(why))"
        case .invalidURL(let url): "not a fetchable http(s) URL: \(url)"
        case .cancelled: "the fetch engine shut down before the transfer finished"
        case .other(let code, let message): "libcurl error \(code): \(message)"
        }
    }
}
