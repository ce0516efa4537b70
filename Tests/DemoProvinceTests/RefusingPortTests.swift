import Testing
@testable import DemoProvince

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("Refusing ports")
struct RefusingPortTests {
    @Test("a held port refuses connections and no listener can take it until it is released")
    func heldUntilReleased() throws {
        let refusing = try RefusingPort()
        #expect(refusing.port > 0)
        #expect(throws: LoopbackClient.Failure.connect(ECONNREFUSED)) { _ = try LoopbackClient(port: refusing.port) }
        // What NIO's listeners do (SO_REUSEADDR, bind, listen) fails while the port is held.
        #expect(Listener.attempt(port: refusing.port) == .failure(EADDRINUSE))
        refusing.release()
        #expect(Listener.attempt(port: refusing.port) == .success)
        refusing.release()  // a second release is harmless
    }

    @Test("an address that is no IP literal is named in the error")
    func notAnAddress() {
        #expect(throws: RefusingPortError.notAnAddress("localhost")) { _ = try RefusingPort(address: "localhost") }
    }

    @Test("a province's refusing hosts keep their ports for the server's lifetime, and no two hosts share a port")
    func provinceHoldsRefusingPorts() async throws {
        let province = Province(spec: ServerTests.spec)
        try #require(!province.refusingHosts.isEmpty)
        let server = try await ProvinceServer.start(province)
        let ports = server.ports
        let held = province.refusingHosts.map { ports[$0] }
        let stolen = held.map { Listener.attempt(port: $0) }
        await server.shutdown()
        #expect(Set(ports).count == ports.count, "two hosts share a port: \(ports)")
        #expect(stolen.allSatisfy { $0 == .failure(EADDRINUSE) }, "a refusing host's port could be taken: \(stolen)")
        // Released on shutdown.
        #expect(held.map { Listener.attempt(port: $0) }.allSatisfy { $0 == .success })
    }
}

/// Tries to listen on 127.0.0.1:`port` the way NIO's servers do, and closes again at once.
private enum Listener {
    enum Outcome: Equatable { case success, failure(Int32) }

    static func attempt(port: Int) -> Outcome {
        let fd = LoopbackClient.tcpSocket()
        guard fd >= 0 else { return .failure(errno) }
        defer { close(fd) }
        var reuse: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
        let bound = LoopbackClient.withLoopbackAddress(port: port) { bind(fd, $0, $1) }
        guard bound == 0 else { return .failure(errno) }
        return listen(fd, 8) == 0 ? .success : .failure(errno)
    }
}
