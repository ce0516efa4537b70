#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// A block of IP addresses in CIDR notation (`127.0.0.0/8`, `fd00::/8`) that the operator lets the
/// crawler connect to although ``AddressGuard`` would refuse it.
public struct AddressRange: Sendable, Hashable, CustomStringConvertible {
    /// The network's bytes (4 for IPv4, 16 for IPv6), host bits cleared.
    public let network: [UInt8]
    /// The prefix length in bits.
    public let prefixLength: Int

    /// Parses `address/length`, or a bare address as a single host; nil when it is not one.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard let bytes = Self.parse(address: parts[0]) else { return nil }
        let bits = bytes.count * 8
        let length: Int
        if parts.count == 2 {
            guard let parsed = Int(parts[1]), (0...bits).contains(parsed), parts[1].allSatisfy(\.isASCII) else { return nil }
            length = parsed
        } else {
            length = bits
        }
        network = Self.masked(bytes, to: length)
        prefixLength = length
    }

    /// True when `address` (4 or 16 bytes) lies in the range.
    public func contains(_ address: [UInt8]) -> Bool {
        address.count == network.count && Self.masked(address, to: prefixLength) == network
    }

    public var description: String {
        (network.count == 4 ? AddressGuard.describe(ipv4: network) : AddressGuard.describe(ipv6: network)) + "/\(prefixLength)"
    }

    private static func masked(_ bytes: [UInt8], to length: Int) -> [UInt8] {
        bytes.enumerated().map { index, byte in
            let kept = min(8, max(0, length - index * 8))
            return kept == 8 ? byte : byte & ~(UInt8(0xFF) >> kept)
        }
    }

    private static func parse(address: String) -> [UInt8]? {
        if address.contains(":") {
            var raw = in6_addr()
            guard inet_pton(AF_INET6, address, &raw) == 1 else { return nil }
            return withUnsafeBytes(of: &raw) { Array($0) }
        }
        // inet_pton takes only the four-part dotted form, which is what an operator means.
        var raw = in_addr()
        guard inet_pton(AF_INET, address, &raw) == 1 else { return nil }
        return withUnsafeBytes(of: &raw) { Array($0) }
    }
}
