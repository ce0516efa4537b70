import GovSweepProtocol

/// How a ``FetchEngine`` behaves: limits, timeouts, identity and safety switches.
public struct FetchConfiguration: Sendable, Hashable {
    /// Transfers in flight at once, over all hosts.
    public var globalTransferLimit: Int = 256
    /// Politeness per host (or per explicit politeness key).
    public var politeness: PolitenessRules = PolitenessRules()
    /// Seconds allowed to open a connection.
    public var connectTimeout: Duration = .seconds(10)
    /// Seconds allowed for one whole request (each redirect hop has its own).
    public var totalTimeout: Duration = .seconds(30)
    /// Largest body kept; a larger one fails with ``FetchError/tooLarge(limit:)``.
    public var maxBodyBytes: Int = 10 << 20
    /// Redirect hops followed before ``FetchError/tooManyRedirects(chain:)``.
    public var maxRedirects: Int = 10
    /// Names GovSweep and a contact URL.
    public var userAgent: String = SweepSettings.defaultUserAgent
    /// Headers sent with every request unless the request sets the same header itself; some
    /// government firewalls turn away clients that send no Accept headers.
    public var defaultHeaders: [String] = [
        "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
        "Accept-Language: zh-CN,zh;q=0.9,en;q=0.5",
    ]
    /// Connect to private, loopback, link-local, CGNAT and ULA addresses (demo and tests only).
    public var allowPrivate: Bool = false
    /// Ranges the address guard lets through although they are not public (`--allow-address`).
    public var allowedAddresses: [AddressRange] = []
    /// Refetch without certificate verification after a certificate failure, so content can be inspected.
    public var refetchOnCertificateFailure: Bool = true
    /// libcurl `CURLOPT_RESOLVE` entries (`host:port:address`) that pin names to addresses;
    /// tests and the demo use them to give several host names to one loopback server.
    public var resolveOverrides: [String] = []

    /// The defaults: 256 transfers, 2 per host 250 ms apart, 10 s connect, 30 s total, 10 MiB.
    public init() {}

    /// The configuration a sweep's settings ask for.
    public init(settings: SweepSettings) {
        politeness.perHostConcurrency = max(1, settings.perHostConcurrency)
        politeness.minimumGap = .milliseconds(max(0, settings.perHostGapMilliseconds))
        politeness.budgets = settings.hostBudgets ?? [:]
        connectTimeout = .milliseconds(Int(settings.connectTimeoutSeconds * 1000))
        totalTimeout = .milliseconds(Int(settings.totalTimeoutSeconds * 1000))
        maxBodyBytes = settings.maxBodyBytes
        userAgent = settings.userAgent
        allowPrivate = settings.allowPrivate
        allowedAddresses = settings.allowedAddressRanges.compactMap(AddressRange.init)
    }
}

extension Duration {
    /// The duration in whole milliseconds (rounded down), as libcurl's `_MS` options take it.
    var wholeMilliseconds: Int64 {
        let parts = components
        return parts.seconds * 1000 + parts.attoseconds / 1_000_000_000_000_000
    }

    /// The duration in seconds as a floating-point number.
    public var secondsValue: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
