#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether the process environment names a proxy for libcurl, read once when an engine starts.
///
/// libcurl looks the proxy variables up (`getenv`) on every transfer that sets no proxy of its
/// own. When none of them is set, the engine tells each transfer so (`CURLOPT_PROXY` and
/// `CURLOPT_NOPROXY` empty: no proxy, no host exempted), which is what libcurl would have found;
/// when any is set, even empty, transfers leave both options alone and libcurl reads the
/// environment as always.
struct ProxyEnvironment: Sendable, Hashable {
    /// The variables libcurl 7.x and 8.x consult for http and https transfers.
    static let variables = [
        "http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY",
    ]

    /// True when no proxy variable is set: transfers set "no proxy" themselves.
    let bypassesLookup: Bool

    /// The decision for an environment; `value` answers a variable's value, nil when unset.
    init(value: (String) -> String?) {
        bypassesLookup = Self.variables.allSatisfy { value($0) == nil }
    }

    /// The decision for this process's environment now.
    static func current() -> ProxyEnvironment {
        ProxyEnvironment { name in getenv(name).map { String(cString: $0) } }
    }
}
