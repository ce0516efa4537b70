import GovSweepProtocol

extension LinkChecker {
    /// Fetches a page for the crawler: obeys robots.txt (unless switched off), retries transient
    /// failures with back-off, decodes HTML and text answers with ``CharsetDetector`` and flags soft 404s.
    ///
    /// Not isolated to the checker: the decoding and the soft-404 check run in the caller's task,
    /// not one page after another on the actor every site of the worker shares.
    public nonisolated func fetchPage(_ url: String, politenessKey: String?) async -> FetchedPage {
        guard let parts = URLParts(url) else {
            return FetchedPage(failed: url, error: .invalidURL(url))
        }
        if options.obeyRobots, await !robots.allows(parts, politenessKey: politenessKey) {
            var page = FetchedPage(failed: url, error: nil)
            page.blockedByRobots = true
            return page
        }
        let engine = engine
        let retry = options.retry
        var attempt = 0
        while true {
            let result = await engine.fetch(FetchRequest(url: url, politenessKey: politenessKey))
            attempt += 1
            if RetryPolicy.isTransient(status: result.status, error: result.error), attempt <= retry.retries {
                try? await Task.sleep(for: retry.delay(beforeRetry: attempt, random: Double.random(in: 0..<1)))
                continue
            }
            return FetchedPage(result: result, attempts: attempt)
        }
    }
}

extension FetchedPage {
    /// A page that was never fetched.
    init(failed url: String, error: FetchError?) {
        self.init(
            url: url, finalURL: url, redirectChain: [url], status: nil, headers: [], error: error?.kind, failure: error,
            tlsError: nil, blockedByRobots: false, text: nil, charset: nil, charsetSource: nil, mediaType: nil,
            softNotFound: nil, timeToFirstByte: .zero, totalTime: .zero, attempts: 0)
    }

    /// The page an engine result gives: text decoded for HTML and text media types (or none given).
    init(result: FetchResult, attempts: Int) {
        let mediaType = result.mediaType
        self.init(
            url: result.url, finalURL: result.finalURL, redirectChain: result.redirectChain, status: result.status,
            headers: result.headers, error: result.errorKind, failure: result.error, tlsError: result.tlsError,
            blockedByRobots: false, text: nil, charset: nil, charsetSource: nil, mediaType: mediaType,
            softNotFound: nil, timeToFirstByte: result.timeToFirstByte, totalTime: result.totalTime, attempts: attempts)
        // A document reached as a page (a link with no extension that serves a PDF) is there when
        // it answered: its size is no failure, and it is not read.
        if case .tooLarge? = result.error, let status = result.status, (200..<300).contains(status),
           let mediaType, !Self.isTextual(mediaType, body: []) {
            error = nil
            failure = nil
            return
        }
        guard result.error == nil, Self.isTextual(mediaType, body: result.body) else { return }
        let (text, detection) = CharsetDetector.decode(result.body, contentType: result.header("content-type"))
        self.text = text
        charset = detection.encoding
        charsetSource = detection.source
        if let status = result.status, (200..<300).contains(status), mediaType.map({ ByteScan.contains("html", in: $0) }) ?? true {
            softNotFound = SoftNotFoundDetector.reason(html: text)
        }
    }

    private static func isTextual(_ mediaType: String?, body: [UInt8]) -> Bool {
        guard let mediaType else {
            let start = body.prefix(512).drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
            return start.first == UInt8(ascii: "<")
        }
        return mediaType.hasPrefix("text/") || ByteScan.contains("html", in: mediaType) || ByteScan.contains("xml", in: mediaType)
            || mediaType == "application/json" || mediaType == "application/javascript"
    }
}
