/// One HTTP answer of the simulated province: status, headers and body bytes.
public struct PageResponse: Sendable, Hashable {
    /// The HTTP status code.
    public var status: Int
    /// Header names and values in order (`Content-Length` is added by the server).
    public var headers: [Header]
    /// The body as sent (GBK pages are GBK bytes).
    public var body: [UInt8]

    /// One header line.
    public struct Header: Sendable, Hashable {
        /// The header's name.
        public var name: String
        /// The header's value.
        public var value: String
        /// A header line.
        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    /// A response.
    public init(status: Int, headers: [Header], body: [UInt8]) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The value of the first header called `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    static func html(_ text: String, status: Int = 200, encoding: PageEncoding = .utf8) -> PageResponse {
        switch encoding {
        case .utf8, .utf8StaleMeta:
            PageResponse(status: status, headers: [Header("Content-Type", "text/html; charset=UTF-8")], body: Array(text.utf8))
        case .gbkMetaOnly:
            PageResponse(status: status, headers: [Header("Content-Type", "text/html")], body: GB18030Encoder.encode(text))
        case .gbkHeaderDisagrees:
            PageResponse(
                status: status, headers: [Header("Content-Type", "text/html;charset=UTF-8")], body: GB18030Encoder.encode(text))
        }
    }

    static func file(_ bytes: [UInt8], type: String, downloadName: String? = nil) -> PageResponse {
        var headers = [Header("Content-Type", type), Header("Accept-Ranges", "bytes")]
        if let downloadName { headers.append(Header("Content-Disposition", "attachment; filename=\"\(downloadName)\"")) }
        return PageResponse(status: 200, headers: headers, body: bytes)
    }

    static func text(_ text: String, status: Int = 200) -> PageResponse {
        PageResponse(status: status, headers: [Header("Content-Type", "text/plain; charset=UTF-8")], body: Array(text.utf8))
    }

    static func redirect(to location: String) -> PageResponse {
        PageResponse(status: 302, headers: [Header("Location", location), Header("Content-Type", "text/html")], body: Array("<a href=\"\(location)\">302</a>".utf8))
    }
}
