#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A tiny blocking HTTP/1.1 client on POSIX sockets, for talking to the province server in tests.
struct LoopbackClient: ~Copyable {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: [UInt8]
    }

    enum Failure: Error, Equatable {
        case connect(Int32)
        case closed
        case timedOut
    }

    private let socketFD: Int32

    /// Connects to 127.0.0.1:`port`; reads give up after `timeoutMilliseconds`.
    init(port: Int, timeoutMilliseconds: Int = 3000) throws(Failure) {
        let fd = Self.tcpSocket()
        var timeout = timeval(tv_sec: timeoutMilliseconds / 1000, tv_usec: .init(timeoutMilliseconds % 1000 * 1000))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let result = Self.withLoopbackAddress(port: port) { connect(fd, $0, $1) }
        if result != 0 {
            let code = errno
            close(fd)
            throw .connect(code)
        }
        socketFD = fd
    }

    deinit { close(socketFD) }

    /// A new IPv4 TCP socket (negative when the system refuses one).
    static func tcpSocket() -> Int32 {
        #if canImport(Glibc)
        socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        socket(AF_INET, SOCK_STREAM, 0)
        #endif
    }

    /// Calls `body` with 127.0.0.1:`port` as a `sockaddr` and its length.
    static func withLoopbackAddress<T>(port: Int, _ body: (UnsafePointer<sockaddr>, socklen_t) -> T) -> T {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
    }

    /// Sends one request and reads its response (keep-alive, so the socket stays usable).
    func request(_ method: String = "GET", _ target: String, headers: [String: String] = [:]) throws(Failure) -> Response {
        send(method, target, headers: headers)
        return try response(to: method)
    }

    /// Sends a request without waiting for its answer.
    func send(_ method: String, _ target: String, headers: [String: String] = [:]) {
        var text = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        text += "\r\n"
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(socketFD, $0.baseAddress, $0.count, 0) }
    }

    /// Reads the answer to a request sent with `method`.
    func response(to method: String) throws(Failure) -> Response {
        var buffer: [UInt8] = []
        var headerEnd: Int?
        while headerEnd == nil {
            try receive(into: &buffer)
            headerEnd = Self.find([13, 10, 13, 10], in: buffer)
        }
        let head = String(decoding: buffer[..<headerEnd!], as: UTF8.self).split(separator: "\r\n")
        let status = Int(head.first?.split(separator: " ").dropFirst().first ?? "") ?? 0
        var fields: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingPrefix(" ").description
        }
        let length = method == "HEAD" ? 0 : Int(fields["content-length"] ?? "0") ?? 0
        var body = Array(buffer[(headerEnd! + 4)...])
        while body.count < length { try receive(into: &body) }
        return Response(status: status, headers: fields, body: body)
    }

    private func receive(into buffer: inout [UInt8]) throws(Failure) {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let count = chunk.withUnsafeMutableBytes { recv(socketFD, $0.baseAddress, $0.count, 0) }
        if count < 0 { throw errno == EAGAIN || errno == EWOULDBLOCK ? .timedOut : .closed }
        if count == 0 { throw .closed }
        buffer += chunk[..<count]
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where Array(haystack[start..<(start + needle.count)]) == needle {
            return start
        }
        return nil
    }
}
