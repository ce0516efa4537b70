import Fetching
import TestSupport

/// Engine configurations for loopback tests: private addresses allowed, short timeouts, no gaps
/// unless a test asks for them.
enum TestEngines {
    static func configuration(
        perHost: Int = 8, gap: Duration = .zero, timeout: Duration = .seconds(5), resolving hosts: [String] = [],
        on server: TestHTTPServer? = nil
    ) -> FetchConfiguration {
        var configuration = FetchConfiguration()
        configuration.allowPrivate = true
        configuration.politeness = PolitenessRules(perHostConcurrency: perHost, minimumGap: gap)
        configuration.politeness.failureBackoff = .milliseconds(50)
        configuration.politeness.defaultRetryAfter = .milliseconds(100)
        configuration.connectTimeout = .seconds(2)
        configuration.totalTimeout = timeout
        if let server { configuration.resolveOverrides = hosts.map(server.resolveEntry(for:)) }
        return configuration
    }

    static func engine(
        perHost: Int = 8, gap: Duration = .zero, timeout: Duration = .seconds(5)
    ) -> FetchEngine {
        FetchEngine(configuration: configuration(perHost: perHost, gap: gap, timeout: timeout))
    }
}
