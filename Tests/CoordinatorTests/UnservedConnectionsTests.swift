import Foundation
import Synchronization
import Testing
@testable import Coordinator

@Suite("Connections accepted as the listener closes")
struct UnservedConnectionsTests {
    @Test("a recorded connection is served once: by the task that claims it, or by the closing listener")
    func claimOrTakeOnce() throws {
        let ledger = UnservedConnections<String>()
        let first = try ledger.record { "connection \($0)" }
        let second = try ledger.record { "connection \($0)" }
        let third = try ledger.record { "connection \($0)" }
        #expect([first, second, third] == ["connection 1", "connection 2", "connection 3"])
        #expect(ledger.claim(2))
        #expect(!ledger.claim(2), "a connection is claimed once")
        #expect(ledger.unservedCount == 2)
        #expect(ledger.closeAndTakeUnserved() == ["connection 1", "connection 3"])
        #expect(!ledger.claim(1), "the closing listener took it")
        #expect(ledger.unservedCount == 0)
    }

    @Test("after closing, new connections are refused without being built")
    func closedLedgerRefuses() throws {
        let ledger = UnservedConnections<Int>()
        _ = ledger.closeAndTakeUnserved()
        let built = Mutex(false)
        let refused = try ledger.record { id in built.withLock { $0 = true }; return id }
        #expect(refused == nil)
        #expect(!built.withLock { $0 })
        #expect(ledger.closeAndTakeUnserved().isEmpty)
    }

    @Test("a connection that fails to build is not recorded")
    func failedBuildIsNotRecorded() {
        struct Broken: Error {}
        let ledger = UnservedConnections<Int>()
        #expect(throws: Broken.self) { try ledger.record { _ in throw Broken() } }
        #expect(ledger.unservedCount == 0)
        #expect((try? ledger.record { $0 }) == 1, "ids stay dense after a failure")
    }

    /// The crash this guards against (swift-nio issue 2813) killed the coordinator at the end of
    /// a sweep while a flood of peers kept connecting: connections accepted as the accept loop
    /// ended were released unfinished and trapped the process. Here a burst of connections meets
    /// a cancelled accept loop, round after round; the test process would die if one slipped.
    @Test("cancelling the accept loop during a burst of connections closes every one of them", .timeLimit(.minutes(10)))
    func cancelDuringBurst() async throws {
        for _ in 0..<8 {
            let harness = try await Harness.make(sites: Harness.sites(1), maximumUnauthenticated: 512)
            let port = harness.server.boundPort
            let serving = Task { try await harness.server.run() }
            let connected = Mutex<[Int32]>([])
            let burst = Thread {
                for _ in 0..<150 {
                    guard let socket = try? LoopbackSocket.connect(port: port) else { break }
                    connected.withLock { $0.append(socket) }
                }
            }
            burst.start()
            while connected.withLock({ $0.count }) < 40 { try await Task.sleep(for: .milliseconds(1)) }
            serving.cancel()
            _ = try? await serving.value
            await harness.server.close()
            #expect(harness.server.unservedConnections == 0)
            while !burst.isFinished { try await Task.sleep(for: .milliseconds(5)) }
            let sockets = connected.withLock { $0 }
            var quiet: [Int32] = []
            for socket in sockets {
                if await !LoopbackSocket.closedByPeer(socket, within: .seconds(10)) { quiet.append(socket) }
            }
            // A connection whose handshake the kernel completed just as the listening socket
            // closed can be left with no server socket and no reset: the client side stays
            // established until it sends. One byte tells that apart from a connection the
            // coordinator still holds: with no socket behind it, the kernel answers with a reset;
            // a socket still held would take the byte and stay open.
            var held: [Int32] = []
            for socket in quiet {
                if await !LoopbackSocket.resetAfterSending(socket, within: .seconds(2)) { held.append(socket) }
            }
            #expect(held.isEmpty, "\(held.count) of \(sockets.count) connections still held after the listener closed")
            sockets.forEach { close($0) }
        }
    }
}

/// Blocking loopback sockets without NIO, so that the client side holds no async writers.
enum LoopbackSocket {
    struct Failed: Error {}

    static func connect(port: Int) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failed() }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else { close(fd); throw Failed() }
        return fd
    }

    /// Whether the peer closed `fd` (end of stream or reset) within `timeout`. Polls without
    /// blocking and sleeps between polls, so that it holds no thread of the test process's pool.
    static func closedByPeer(_ fd: Int32, within timeout: Duration) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        var buffer = [UInt8](repeating: 0, count: 4096)
        while ContinuousClock.now < deadline {
            var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 0) > 0 else {
                try? await Task.sleep(for: .milliseconds(20))
                continue
            }
            let count = recv(fd, &buffer, buffer.count, 0)
            if count <= 0 { return true }
        }
        return false
    }

    /// Sends one byte on `fd` and reports whether the peer then reset or closed it within `timeout`.
    static func resetAfterSending(_ fd: Int32, within timeout: Duration) async -> Bool {
        let probe: [UInt8] = [0x0A]
        guard send(fd, probe, probe.count, Int32(MSG_NOSIGNAL)) == 1 else { return true }
        return await closedByPeer(fd, within: timeout)
    }
}
