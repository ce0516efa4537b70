import GovSweepProtocol

/// Probes one link target with retries and turns the answers into a ``LinkOutcome``.
///
/// Every request first passes the checker's ``HostGate``: a host judged down gives its verdict
/// without a request, and a host not yet seen alive is scouted by one check at a time.
struct LinkProbe: Sendable {
    let engine: FetchEngine
    let options: LinkChecker.Options
    let hosts: HostGate

    /// One probe's answer, after the HEAD-to-GET fallback.
    struct Answer {
        var status: Int?
        var error: FetchError?
        var tlsError: String?
        var softNotFound: String?
        /// The answer declared an HTML media type.
        var isHTML = false
        /// The target's host answered with a redirect (a failure came from a later hop).
        var redirected = false
    }

    /// The verdict on `target`; nil when the probe was cancelled before a real answer or a real
    /// network error (a cancelled fetch is never a verdict).
    func outcome(of target: String, kind: LinkKind, politenessKey: String?) async -> LinkOutcome? {
        let host = URLParts(target).map { "\($0.scheme)://\($0.hostKey)" }
        var attempt = 0
        while true {
            if let host {
                switch await hosts.admit(host) {
                case .cancelled: return nil
                case .judged(let error): return Self.verdict(Answer(error: error), target: target, kind: kind)
                case .probe: break
                }
            }
            let answer = await probe(target, kind: kind, politenessKey: politenessKey)
            attempt += 1
            // Drawn only when a failure or a retry needs it: the system generator is a system
            // call, and nearly every answer is an HTTP answer that ends the probe.
            let transient = RetryPolicy.isTransient(status: answer.status, error: answer.error)
            let pause = answer.error == nil && !transient
                ? .zero : options.retry.delay(beforeRetry: attempt, random: Double.random(in: 0..<1))
            if let host { await hosts.record(host, answer.redirected ? nil : answer.error, pause: pause) }
            if answer.error == .cancelled || Task.isCancelled { return nil }
            guard transient, attempt <= options.retry.retries
            else { return Self.verdict(answer, target: target, kind: kind) }
            try? await Task.sleep(for: pause)
        }
    }

    private func probe(_ target: String, kind: LinkKind, politenessKey: String?) async -> Answer {
        let looksLikeFile = TargetKind.isFile(target)
        switch kind {
        case .attachment:
            return await document(target, politenessKey)
        case .image:
            return await headThenGet(target, politenessKey)
        case .page, .iframe:
            if looksLikeFile { return await document(target, politenessKey) }
            return await get(target, headers: [], body: .truncate(atBytes: options.pageProbeBytes), politenessKey)
        }
    }

    /// A document is checked as a document, never fetched whole or judged on its size: HEAD first;
    /// when HEAD is refused or fails, a one-byte `Range` GET (stopping after the headers when the
    /// server ignores the range). An HTML answer where a file was expected is read (64 KiB at most)
    /// for a "not found" message; a 4xx HTML page stays a failure of the document.
    private func document(_ target: String, _ politenessKey: String?) async -> Answer {
        let head = await engine.fetch(FetchRequest(url: target, method: .head, politenessKey: politenessKey, priority: .background))
        let headIsHTML = head.mediaType.map { ByteScan.contains("html", in: $0) } ?? false
        switch head.error {
        case .none:
            if let status = head.status, (200..<400).contains(status), !headIsHTML {
                return Answer(status: status, error: nil, tlsError: head.tlsError, redirected: head.redirectChain.count > 1)
            }
        case .dns?, .refusedAddress?, .tooManyRedirects?, .invalidURL?, .cancelled?:
            return Answer(status: head.status, error: head.error, tlsError: head.tlsError, redirected: head.redirectChain.count > 1)
        default:
            break
        }
        let ranged = await get(target, headers: ["Range: bytes=0-0"], body: .headersOnly(htmlBytes: 64 << 10), politenessKey)
        // An empty file answers a range with 416, some servers refuse ranges with 400/405/501,
        // and a document answered with one byte of an HTML page may be a "not found" page:
        // ask again without a range before deciding.
        let htmlFragment = ranged.status == 206 && ranged.isHTML
        guard let status = ranged.status, [400, 405, 416, 501].contains(status) || htmlFragment else { return ranged }
        return await get(target, headers: [], body: .headersOnly(htmlBytes: 64 << 10), politenessKey)
    }

    private func headThenGet(_ target: String, _ politenessKey: String?) async -> Answer {
        let head = await engine.fetch(FetchRequest(url: target, method: .head, politenessKey: politenessKey, priority: .background))
        let refused = head.status.map { $0 >= 400 } ?? false
        // An image or file answered with an HTML page is often a "not found" page served as 200:
        // fetch it to read what it says.
        let htmlInsteadOfFile = (200..<300).contains(head.status ?? 0) && (head.mediaType.map { ByteScan.contains("html", in: $0) } ?? false)
        let retryable: Bool
        switch head.error {
        case .none: retryable = refused || htmlInsteadOfFile
        case .dns?, .refusedAddress?, .tooManyRedirects?, .invalidURL?, .cancelled?: retryable = false
        default: retryable = true
        }
        guard retryable else {
            return Answer(status: head.status, error: head.error, tlsError: head.tlsError, redirected: head.redirectChain.count > 1)
        }
        return await get(target, headers: [], body: .headersOnly(htmlBytes: 64 << 10), politenessKey)
    }

    private func get(
        _ target: String, headers: [String], body: FetchRequest.BodyPolicy, _ politenessKey: String?
    ) async -> Answer {
        let result = await engine.fetch(FetchRequest(url: target, headers: headers, body: body, politenessKey: politenessKey, priority: .background))
        var answer = Answer(status: result.status, error: result.error, tlsError: result.tlsError, redirected: result.redirectChain.count > 1)
        answer.isHTML = result.mediaType.map { ByteScan.contains("html", in: $0) } ?? false
        // Old servers often send no Content-Type: then a body that starts like markup counts as HTML.
        let looksLikeHTML = result.mediaType.map { ByteScan.contains("html", in: $0) }
            ?? (result.body.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) } == UInt8(ascii: "<"))
        if let status = result.status, (200..<300).contains(status), looksLikeHTML, !result.body.isEmpty {
            let text = CharsetDetector.decode(result.body, contentType: result.header("content-type")).text
            answer.softNotFound = SoftNotFoundDetector.reason(html: text)
        }
        return answer
    }

    static func verdict(_ answer: Answer, target: String, kind: LinkKind) -> LinkOutcome {
        var outcome = LinkOutcome(target: target, kind: kind, verdict: .broken, status: answer.status)
        if let error = answer.error {
            outcome.error = error.kind
            switch error {
            case .refusedAddress, .tooManyRedirects, .invalidURL: outcome.note = error.description
            default: break
            }
            return outcome
        }
        let status = answer.status ?? 0
        if [401, 403, 429, 999].contains(status) {
            outcome.verdict = .blocked
        } else if (200..<300).contains(status) {
            outcome.verdict = answer.softNotFound == nil ? .ok : .broken
            outcome.note = answer.softNotFound
        }
        if outcome.note == nil, let tlsError = answer.tlsError {
            outcome.note = "TLS certificate failed verification: \(tlsError)"
        }
        return outcome
    }
}
