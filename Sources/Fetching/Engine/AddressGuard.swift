/// Decides whether an IP address is a public target the crawler may connect to.
///
/// Refused: loopback (127/8, ::1), private (10/8, 172.16/12, 192.168/16), link-local
/// (169.254/16 including the cloud metadata address 169.254.169.254, fe80::/10), CGNAT
/// (100.64/10), unique-local IPv6 (fc00::/7), "this network" (0/8, ::), multicast and reserved
/// ranges, and IPv4 addresses embedded in IPv6 (::ffff:a.b.c.d, 64:ff9b::a.b.c.d) that fall in them.
/// The engine applies it at connect time to the address actually resolved, so a public name
/// that resolves to a private address is refused too.
public enum AddressGuard {
    /// Why an address is refused, or nil when it is public.
    public static func refusal(ipv4 bytes: [UInt8]) -> String? {
        guard bytes.count == 4 else { return "malformed IPv4 address" }
        let (a, b) = (bytes[0], bytes[1])
        switch a {
        case 0: return "\"this network\" address"
        case 10: return "private address"
        case 127: return "loopback address"
        case 100 where b & 0xC0 == 64: return "carrier-grade NAT address"
        case 169 where b == 254: return "link-local address"
        case 172 where b & 0xF0 == 16: return "private address"
        case 192 where b == 168: return "private address"
        case 192 where b == 0 && bytes[2] == 0: return "IETF protocol assignment address"
        case 198 where b & 0xFE == 18: return "benchmarking address"
        case 224...239: return "multicast address"
        case 240...255: return "reserved address"
        default: return nil
        }
    }

    /// Why an IPv6 address is refused, or nil when it is public.
    public static func refusal(ipv6 bytes: [UInt8]) -> String? {
        guard bytes.count == 16 else { return "malformed IPv6 address" }
        if bytes[0..<15].allSatisfy({ $0 == 0 }) {
            return bytes[15] == 1 ? "loopback address" : "unspecified address"
        }
        if bytes[0..<10].allSatisfy({ $0 == 0 }) && bytes[10] == 0xFF && bytes[11] == 0xFF {
            return refusal(ipv4: Array(bytes[12..<16]))
        }
        if bytes[0..<12] == [0x00, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0] {
            return refusal(ipv4: Array(bytes[12..<16]))
        }
        if bytes[0] & 0xFE == 0xFC { return "unique-local address" }
        if bytes[0] == 0xFE && bytes[1] & 0xC0 == 0x80 { return "link-local address" }
        if bytes[0] == 0xFF { return "multicast address" }
        return nil
    }

    /// Why `bytes` (4 or 16 of them) is refused when the operator allowed `allowed`; nil when the
    /// address is public or lies in an allowed range.
    public static func refusal(address bytes: [UInt8], allowing allowed: [AddressRange]) -> String? {
        let refusal = bytes.count == 4 ? refusal(ipv4: bytes) : refusal(ipv6: bytes)
        guard let refusal, !allowed.contains(where: { $0.contains(bytes) }) else { return nil }
        return refusal
    }

    /// Text form of an address for messages.
    static func describe(ipv4 bytes: [UInt8]) -> String {
        bytes.map(String.init).joined(separator: ".")
    }

    static func describe(ipv6 bytes: [UInt8]) -> String {
        stride(from: 0, to: 16, by: 2).map { String(UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]), radix: 16) }
            .joined(separator: ":")
    }
}
