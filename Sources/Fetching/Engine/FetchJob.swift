/// One ``FetchEngine/fetch(_:)`` call as the loop thread tracks it across redirect hops and a
/// TLS refetch, until it resumes the caller.
struct FetchJob {
    let ticket: Int
    let request: FetchRequest
    let continuation: CheckedContinuation<FetchResult, Never>
    /// The URL the next hop fetches.
    var currentURL: String
    var chain: [String]
    /// Set after a certificate failure: what failed, and that verification is now off.
    var tlsError: String?
    var verifyTLS = true
    /// Time spent in hops already finished.
    var elapsed: Duration = .zero

    init(ticket: Int, request: FetchRequest, continuation: CheckedContinuation<FetchResult, Never>) {
        self.ticket = ticket
        self.request = request
        self.continuation = continuation
        self.currentURL = request.url
        self.chain = [request.url]
    }

    /// The politeness key for the current hop (see ``FetchRequest/politenessKey(forHop:)``).
    var politenessKey: String { request.politenessKey(forHop: currentURL) }

    /// A result for a job that ended without an HTTP answer.
    func failure(_ error: FetchError) -> FetchResult {
        FetchResult(
            url: request.url, finalURL: currentURL, redirectChain: chain, status: nil, headers: [], body: [],
            truncated: false, error: error, tlsError: tlsError, timeToFirstByte: .zero, totalTime: elapsed)
    }
}
