@testable import Fetching
import Testing

@Suite("Proxy variables read once per engine")
struct ProxyEnvironmentTests {
    @Test("no proxy variable set: transfers say \"no proxy\" themselves")
    func noneSet() {
        let decision = ProxyEnvironment { name in name == "PATH" ? "/usr/bin" : nil }
        #expect(decision.bypassesLookup)
    }

    @Test("any proxy variable set, even empty: libcurl reads the environment as always", arguments: ProxyEnvironment.variables)
    func oneSet(variable: String) {
        #expect(!ProxyEnvironment { $0 == variable ? "http://127.0.0.1:3128" : nil }.bypassesLookup)
        #expect(!ProxyEnvironment { $0 == variable ? "" : nil }.bypassesLookup)
    }

    @Test("the variables are libcurl's, in both cases")
    func variables() {
        for scheme in ["http", "https", "all", "no"] {
            #expect(ProxyEnvironment.variables.contains(scheme + "_proxy"))
            #expect(ProxyEnvironment.variables.contains(scheme.uppercased() + "_PROXY"))
        }
    }
}
