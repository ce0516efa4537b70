import CCurl

/// libcurl's process-wide state, initialised exactly once before the first handle is made.
public enum CurlRuntime {
    private static let initialised: Bool = {
        curl_global_init(Int(CURL_GLOBAL_ALL)) == CURLE_OK
    }()

    /// Initialises libcurl if it is not yet; safe to call from any thread, any number of times.
    @discardableResult
    public static func ensureInitialised() -> Bool { initialised }

    /// The linked libcurl's version string, e.g. `libcurl/7.88.1 OpenSSL/3.0.17 ...`.
    public static var version: String {
        ensureInitialised()
        return String(cString: curl_version())
    }
}

extension CurlRuntime {
    /// True when the linked libcurl speaks HTTP/2 (built with nghttp2); the engine then offers it over TLS.
    public static let supportsHTTP2: Bool = {
        ensureInitialised()
        return govsweep_curl_supports_http2() != 0
    }()
}
