import GovSweepProtocol

/// A page fetched for the crawler, after retries, decoded to text when it is HTML or text.
public struct FetchedPage: Sendable, Hashable {
    /// The URL asked for.
    public var url: String
    /// Where redirects ended.
    public var finalURL: String
    /// Every URL visited, from `url` to `finalURL`.
    public var redirectChain: [String]
    /// The final HTTP status; nil after a network error or when robots.txt forbade the fetch.
    public var status: Int?
    /// The final response's headers, names lower-cased.
    public var headers: [HeaderField]
    /// The contract's error kind after the last attempt.
    public var error: NetworkErrorKind?
    /// The engine's detailed failure after the last attempt.
    public var failure: FetchError?
    /// The certificate failure seen before the content was fetched without verification (`tls_invalid`).
    public var tlsError: String?
    /// robots.txt disallows this URL; nothing was fetched (`robots_blocked`).
    public var blockedByRobots: Bool
    /// The decoded page, for HTML and text answers only.
    public var text: String?
    /// The encoding `text` was decoded with (`UTF-8`, `GB18030`, ...), and where it was found.
    public var charset: String?
    /// Where the charset was found (BOM, header, meta, sniffed).
    public var charsetSource: CharsetDetector.Source?
    /// The media type without parameters (`text/html`).
    public var mediaType: String?
    /// Why a 200 page reads as "page not found", when it does.
    public var softNotFound: String?
    /// Time to the first byte and total time of the last attempt, redirects included.
    public var timeToFirstByte: Duration
    public var totalTime: Duration
    /// Attempts made (1 without retries).
    public var attempts: Int

    /// True for a 2xx answer that is not a soft 404.
    public var isSuccess: Bool {
        guard let status else { return false }
        return (200..<300).contains(status) && softNotFound == nil
    }

    /// True when the fetch was cancelled (a revoked lease, a worker stopping, the engine shutting
    /// down) before an answer or a network error: no outcome at all, never to be recorded.
    public var wasCutShort: Bool { failure == .cancelled }
}
