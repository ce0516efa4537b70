#if canImport(Glibc)
import Glibc
#endif
import Foundation
import GovSweepProtocol

/// A blocking TCP client on loopback that speaks raw bytes or protocol frames: the hostile peers.
/// Use it off the cooperative pool (``onDedicatedThread(_:)``).
final class RawPeer {
    private let socket: Int32
    private var received: [UInt8] = []

    /// Connects to 127.0.0.1:`port`, from the loopback address `source` when given (any of
    /// 127.0.0.0/8 can be a source on Linux: many peers from one machine).
    init(port: Int, source: String? = nil) throws(EndToEndError) {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw .network("socket() failed: errno \(errno)") }
        if let source {
            var local = sockaddr_in()
            local.sin_family = sa_family_t(AF_INET)
            local.sin_addr.s_addr = inet_addr(source)
            let bound = withUnsafePointer(to: &local) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard bound == 0 else {
                let code = errno
                close(socket)
                throw .network("bind(\(source)) failed: errno \(code)")
            }
        }
        var address = LoopbackAddress.make(port: port)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            let code = errno
            close(socket)
            if code == ECONNREFUSED { throw .refused(port: port) }
            throw .network("connect(127.0.0.1:\(port)) failed: errno \(code)")
        }
    }

    deinit { close(socket) }

    /// Sends raw bytes (errors ignored: the peer may already have closed).
    func send(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { return }
            offset += sent
        }
    }

    /// Makes a blocked `send` give up after `seconds` (a peer pushing megabytes the coordinator refuses).
    func limitSendTime(seconds: Int) {
        var limit = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
    }

    /// True once the coordinator has closed the connection; reads (and keeps) what arrived, never waits.
    func hasClosed() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 0) > 0 else { return false }
            let count = recv(socket, &buffer, buffer.count, Int32(MSG_DONTWAIT))
            if count <= 0 { return count == 0 || (errno != EAGAIN && errno != EWOULDBLOCK) }
            received += buffer[..<count]
        }
    }

    /// The messages received so far (for a peer checked with ``hasClosed()``).
    func receivedMessages() -> [Message] { decodeFrames() }

    /// Sends one message in a frame (4-byte big-endian length, then the JSON).
    func send(_ message: Message) throws {
        send(Self.frame(try MessageCoder().encode(message)))
    }

    /// A frame holding `payload`.
    static func frame(_ payload: [UInt8]) -> [UInt8] {
        let length = UInt32(payload.count)
        return [UInt8(length >> 24), UInt8(length >> 16 & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length & 0xFF)] + payload
    }

    /// What the coordinator sent until it closed the connection, decoded as messages; `closed`
    /// is false when `timeout` passed first.
    func readUntilClosed(timeout: Duration) -> (messages: [Message], closed: Bool) {
        let deadline = ContinuousClock.now + timeout
        var closed = false
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while ContinuousClock.now < deadline {
            var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            let left = deadline - ContinuousClock.now
            let milliseconds = max(1, Int32(left.seconds * 1000))
            guard poll(&descriptor, 1, milliseconds) > 0 else { continue }
            let count = recv(socket, &buffer, buffer.count, 0)
            if count <= 0 {
                closed = true
                break
            }
            received += buffer[..<count]
        }
        return (decodeFrames(), closed)
    }

    /// Reads frames until one arrives (or the connection ends or `timeout` passes).
    func readMessage(timeout: Duration) -> Message? {
        let deadline = ContinuousClock.now + timeout
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while ContinuousClock.now < deadline {
            if let message = takeFrame() { return message }
            var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            let milliseconds = max(1, Int32((deadline - ContinuousClock.now).seconds * 1000))
            guard poll(&descriptor, 1, milliseconds) > 0 else { continue }
            let count = recv(socket, &buffer, buffer.count, 0)
            if count <= 0 { return takeFrame() }
            received += buffer[..<count]
        }
        return takeFrame()
    }

    private func decodeFrames() -> [Message] {
        var messages: [Message] = []
        while let message = takeFrame() { messages.append(message) }
        return messages
    }

    private func takeFrame() -> Message? {
        guard received.count >= 4 else { return nil }
        let length = received[0..<4].reduce(0) { $0 << 8 | Int($1) }
        guard received.count >= 4 + length else { return nil }
        let payload = Array(received[4..<(4 + length)])
        received.removeFirst(4 + length)
        return try? MessageCoder().decode(payload)
    }
}

/// Runs blocking work on a thread of its own, so that the cooperative pool stays free.
func onDedicatedThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        let thread = Thread {
            continuation.resume(with: Result { try work() })
        }
        thread.start()
    }
}
