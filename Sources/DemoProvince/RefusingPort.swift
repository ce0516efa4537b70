#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// A TCP port that refuses connections for as long as this value holds it.
///
/// The port is bound by a socket that never listens: a connection to it is refused, and no other
/// socket on the machine can take the port meanwhile. A port bound, closed and then used as "a port
/// nothing listens on" is not that: the kernel may hand it to the next `bind` to port 0 in any
/// process, and a host meant to be unreachable then serves another host's pages.
///
/// ```swift
/// let refusing = try RefusingPort(address: "127.0.0.1")
/// let url = "http://127.0.0.1:\(refusing.port)/"   // every connection is refused
/// refusing.release()
/// ```
public final class RefusingPort: Sendable {
    /// The port held.
    public let port: Int
    /// The address the port is held on.
    public let address: String
    private let descriptor: Mutex<Int32?>

    /// Holds a port the kernel picks on `address` (an IPv4 or IPv6 literal).
    public init(address: String = "127.0.0.1") throws(RefusingPortError) {
        let (socket, port) = try Self.bindWithoutListening(address)
        self.address = address
        self.port = port
        self.descriptor = Mutex(socket)
    }

    /// Lets the port go; afterwards any socket may take it. Called by `deinit` too.
    public func release() {
        let socket = descriptor.withLock { held -> Int32? in
            defer { held = nil }
            return held
        }
        if let socket { _ = close(socket) }
    }

    deinit { release() }

    private static func bindWithoutListening(_ address: String) throws(RefusingPortError) -> (Int32, Int) {
        var storage = sockaddr_storage()
        let length: socklen_t
        let family: Int32
        if let ipv4 = Self.ipv4(address) {
            withUnsafeMutableBytes(of: &storage) { $0.storeBytes(of: ipv4, as: sockaddr_in.self) }
            (family, length) = (AF_INET, socklen_t(MemoryLayout<sockaddr_in>.size))
        } else if let ipv6 = Self.ipv6(address) {
            withUnsafeMutableBytes(of: &storage) { $0.storeBytes(of: ipv6, as: sockaddr_in6.self) }
            (family, length) = (AF_INET6, socklen_t(MemoryLayout<sockaddr_in6>.size))
        } else {
            throw .notAnAddress(address)
        }
        #if canImport(Glibc)
        let socket = Glibc.socket(family, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let socket = Darwin.socket(family, SOCK_STREAM, 0)
        #endif
        guard socket >= 0 else { throw .system(call: "socket", errno: errno) }
        // No SO_REUSEADDR: the point is that nothing else may bind this port while it is held.
        let bound = withUnsafePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) }
        }
        guard bound == 0 else {
            let code = errno
            _ = close(socket)
            throw .system(call: "bind", errno: code)
        }
        var named = sockaddr_storage()
        var namedLength = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let result = withUnsafeMutablePointer(to: &named) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &namedLength) }
        }
        guard result == 0 else {
            let code = errno
            _ = close(socket)
            throw .system(call: "getsockname", errno: code)
        }
        let port = withUnsafeBytes(of: &named) { bytes -> UInt16 in
            family == AF_INET
                ? bytes.load(as: sockaddr_in.self).sin_port : bytes.load(as: sockaddr_in6.self).sin6_port
        }
        return (socket, Int(UInt16(bigEndian: port)))
    }

    private static func ipv4(_ text: String) -> sockaddr_in? {
        var address = sockaddr_in()
        guard inet_pton(AF_INET, text, &address.sin_addr) == 1 else { return nil }
        address.sin_family = sa_family_t(AF_INET)
        return address
    }

    private static func ipv6(_ text: String) -> sockaddr_in6? {
        var address = sockaddr_in6()
        guard inet_pton(AF_INET6, text, &address.sin6_addr) == 1 else { return nil }
        address.sin6_family = sa_family_t(AF_INET6)
        return address
    }
}

/// Why a port could not be held.
public enum RefusingPortError: Error, CustomStringConvertible, Sendable, Equatable {
    case notAnAddress(String)
    case system(call: String, errno: Int32)

    public var description: String {
        switch self {
        case .notAnAddress(let text): "\(text) is not an IPv4 or IPv6 address literal; give one such as 127.0.0.1"
        case .system(let call, let code):
            "\(call)() failed holding a refusing port: \(String(cString: strerror(code))) (errno \(code)); check the address is on a local interface and the open-files limit (ulimit -n)"
        }
    }
}
