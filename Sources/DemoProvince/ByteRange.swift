/// `Range: bytes=…` requests (a single range), as link checkers send to probe documents.
enum ByteRange {
    /// The partial response for `header`, or `response` unchanged when there is no usable range.
    static func apply(_ header: String?, to response: PageResponse) -> PageResponse {
        guard let header, response.status == 200 else { return response }
        let spec = header.trimmingSpaces()
        guard spec.hasPrefix("bytes="), !spec.contains(",") else { return response }
        let parts = spec.dropFirst(6).split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return response }
        let count = response.body.count
        let first: Int
        let last: Int
        if parts[0].isEmpty {
            guard let suffix = Int(parts[1]), suffix > 0 else { return unsatisfiable(count, response) }
            first = max(0, count - suffix)
            last = count - 1
        } else {
            guard let start = Int(parts[0]) else { return response }
            first = start
            last = parts[1].isEmpty ? count - 1 : min(count - 1, Int(parts[1]) ?? (count - 1))
        }
        guard first < count, first <= last else { return unsatisfiable(count, response) }
        var partial = response
        partial.status = 206
        partial.body = Array(response.body[first...last])
        partial.headers.append(.init("Content-Range", "bytes \(first)-\(last)/\(count)"))
        return partial
    }

    private static func unsatisfiable(_ count: Int, _ response: PageResponse) -> PageResponse {
        PageResponse(status: 416, headers: [.init("Content-Range", "bytes */\(count)")], body: [])
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
