import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// A loopback server that answers every request the way a hostile or broken web server does:
/// raw bytes no HTTP library would produce (a garbage status line, a megabyte of headers, an
/// endless chunked body, a redirect to `file:`). One thread per connection, blocking sockets; it
/// writes until the client hangs up.
///
/// ```swift
/// let server = try HostileHTTPServer.start(.garbageStatusLine)
/// ... fetch server.url("/") ...
/// server.shutdown()
/// ```
public final class HostileHTTPServer: Sendable {
    /// What the server answers with.
    public enum Behaviour: Sendable {
        /// Bytes that do not start with `HTTP/`.
        case garbageStatusLine
        /// A status line whose code is not a number.
        case malformedStatusCode
        /// `200 OK` followed by `bytes` of headers in 1 KiB lines.
        case hugeHeaders(bytes: Int)
        /// A 302 to `location`.
        case redirect(location: String)
        /// A chunked HTML body that never ends.
        case endlessChunkedBody
        /// An HTML body of `bytes` bytes announced by its Content-Length.
        case largeBody(bytes: Int)
        /// An already gzip-compressed body sent with `Content-Encoding: gzip`.
        case gzip([UInt8])
        /// These bytes as the whole response (status line, headers and body), then the connection closes.
        case verbatim([UInt8])
    }

    /// The port on 127.0.0.1.
    public let port: Int
    private let listener: Int32
    private let stopped = Atomic<Bool>(false)
    /// Requests received (one per connection that sent a request head).
    private let requestCount = Atomic<Int>(0)

    private init(port: Int, listener: Int32) {
        self.port = port
        self.listener = listener
    }

    /// Listens on 127.0.0.1 (a free port) and answers every connection with `behaviour`.
    public static func start(_ behaviour: Behaviour) throws -> HostileHTTPServer {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw HostileServerError.socket(errno) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 64) == 0 else {
            close(fd)
            throw HostileServerError.socket(errno)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { _ = getsockname(fd, $0, &length) }
        }
        let server = HostileHTTPServer(port: Int(UInt16(bigEndian: address.sin_port)), listener: fd)
        Thread.detachNewThread { server.acceptLoop(behaviour) }
        return server
    }

    /// `http://127.0.0.1:<port><path>`.
    public func url(_ path: String = "/") -> String { "http://127.0.0.1:\(port)\(path)" }

    /// How many requests arrived so far.
    public var requests: Int { requestCount.load(ordering: .relaxed) }

    /// Stops accepting; connections end when their clients hang up.
    public func shutdown() {
        stopped.store(true, ordering: .relaxed)
        Glibc.shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private func acceptLoop(_ behaviour: Behaviour) {
        while !stopped.load(ordering: .relaxed) {
            let client = accept(listener, nil, nil)
            guard client >= 0 else {
                if errno == EINTR { continue }
                return
            }
            Thread.detachNewThread { [self] in
                defer { close(client) }
                guard Self.readRequestHead(client) else { return }
                requestCount.add(1, ordering: .relaxed)
                Self.answer(client, behaviour)
            }
        }
    }

    /// Reads until the blank line that ends a request head; false when the client left first.
    private static func readRequestHead(_ fd: Int32) -> Bool {
        var seen: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while seen.count < 1 << 16 {
            let count = recv(fd, &buffer, buffer.count, 0)
            guard count > 0 else { return false }
            seen += buffer[0..<count]
            let from = max(0, seen.count - count - 3)
            if seen.count >= 4, (from...(seen.count - 4)).contains(where: { seen[$0..<($0 + 4)] == [13, 10, 13, 10] }) { return true }
        }
        return true
    }

    private static func answer(_ fd: Int32, _ behaviour: Behaviour) {
        switch behaviour {
        case .verbatim(let bytes):
            _ = send(fd, bytes)
        case .garbageStatusLine:
            _ = send(fd, Array("\u{1}\u{2}SERVER SAYS HELLO\r\nnot http at all\r\n\r\n".utf8))
        case .malformedStatusCode:
            _ = send(fd, Array("HTTP/1.1 2X0 Fine\r\nContent-Length: 2\r\n\r\nok".utf8))
        case .hugeHeaders(let bytes):
            guard send(fd, Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n".utf8)) else { return }
            let line = Array(("X-Padding: " + String(repeating: "a", count: 1011) + "\r\n").utf8)
            for _ in 0..<max(1, bytes / line.count) { guard send(fd, line) else { return } }
            _ = send(fd, Array("Content-Length: 2\r\n\r\nok".utf8))
        case .redirect(let location):
            _ = send(fd, Array("HTTP/1.1 302 Found\r\nLocation: \(location)\r\nContent-Length: 0\r\n\r\n".utf8))
        case .endlessChunkedBody:
            guard send(fd, Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n".utf8)) else { return }
            let payload = [UInt8](repeating: UInt8(ascii: "a"), count: 64 << 10)
            let chunk = Array((String(payload.count, radix: 16) + "\r\n").utf8) + payload + [13, 10]
            while send(fd, chunk) {}
        case .largeBody(let bytes):
            guard send(fd, Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: \(bytes)\r\n\r\n".utf8)) else { return }
            let block = [UInt8](repeating: UInt8(ascii: "a"), count: 64 << 10)
            var left = bytes
            while left > 0, send(fd, Array(block.prefix(left))) { left -= block.count }
        case .gzip(let body):
            let head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: \(body.count)\r\n\r\n"
            _ = send(fd, Array(head.utf8) + body)
        }
    }

    /// Writes all of `bytes`; false once the client has gone.
    private static func send(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { return false }
            offset += sent
        }
        return true
    }
}

/// A socket call failed while starting a ``HostileHTTPServer``.
public enum HostileServerError: Error {
    case socket(Int32)
}
