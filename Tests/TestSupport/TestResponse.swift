/// What a ``TestHTTPServer`` route answers: a normal response or a fault.
public indirect enum TestResponse: Sendable {
    /// A complete response.
    case respond(status: Int, headers: [(String, String)], body: [UInt8])
    /// Close the connection with a TCP reset and no answer.
    case reset
    /// Accept the request and never answer (the client must time out).
    case hang
    /// Send the head, then the body in `chunks`, one every `interval`.
    case slowBody(status: Int, headers: [(String, String)], chunks: [[UInt8]], interval: Duration)
    /// Answer with `response` after `delay`.
    case delayed(TestResponse, by: Duration)

    /// A bare status with a short plain-text body.
    public static func status(_ code: Int, headers: [(String, String)] = []) -> TestResponse {
        .respond(status: code, headers: [("Content-Type", "text/plain")] + headers, body: Array("status \(code)\n".utf8))
    }

    /// An HTML page in UTF-8 with `Content-Type: text/html; charset=utf-8` (or the given header).
    public static func html(
        _ text: String, status: Int = 200, contentType: String = "text/html; charset=utf-8"
    ) -> TestResponse {
        .respond(status: status, headers: [("Content-Type", contentType)], body: Array(text.utf8))
    }

    /// Raw bytes with the given Content-Type (nil: no Content-Type header at all).
    public static func bytes(_ body: [UInt8], contentType: String?, status: Int = 200) -> TestResponse {
        .respond(status: status, headers: contentType.map { [("Content-Type", $0)] } ?? [], body: body)
    }

    /// A redirect to `location` (absolute or relative).
    public static func redirect(to location: String, status: Int = 302) -> TestResponse {
        .respond(status: status, headers: [("Location", location)], body: [])
    }

    /// 429 (or another status) asking the client to wait `retryAfter` seconds.
    public static func slowDown(status: Int = 429, retryAfter seconds: Int) -> TestResponse {
        .respond(status: status, headers: [("Retry-After", String(seconds))], body: Array("slow down\n".utf8))
    }

    /// An already gzip-compressed body served with `Content-Encoding: gzip`.
    public static func gzip(_ compressed: [UInt8], contentType: String = "text/html; charset=utf-8") -> TestResponse {
        .respond(status: 200, headers: [("Content-Type", contentType), ("Content-Encoding", "gzip")], body: compressed)
    }
}
