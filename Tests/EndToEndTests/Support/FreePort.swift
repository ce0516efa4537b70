#if canImport(Glibc)
import Glibc
#endif

/// A TCP port on 127.0.0.1 that nothing listens on right now.
enum FreePort {
    /// Asks the kernel for a free port (bind to port 0, read it back, close), avoiding `excluded`
    /// (for example the ports a province serves or holds).
    static func pick(excluding excluded: Set<Int> = []) throws(EndToEndError) -> Int {
        for _ in 0..<20 {
            let port = try bindAndRelease()
            if !excluded.contains(port) { return port }
        }
        throw .network("the kernel kept offering ports that are excluded")
    }

    private static func bindAndRelease() throws(EndToEndError) -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw .network("socket() failed: errno \(errno)") }
        defer { close(socket) }
        var address = LoopbackAddress.make(port: 0)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { throw .network("bind(127.0.0.1:0) failed: errno \(errno)") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        guard named == 0 else { throw .network("getsockname failed: errno \(errno)") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// `sockaddr_in` for 127.0.0.1.
enum LoopbackAddress {
    static func make(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        return address
    }
}
