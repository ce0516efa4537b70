import Fetching
import GovSweepProtocol
import Testing
import TestSupport

/// Servers that answer too much, answer with something that is not HTTP, or sit on an address the
/// operator did not allow: each failure has its own kind, none looks like an unreachable site.
@Suite("FetchEngine against hostile servers")
struct HostileServerTests {
    static func fetch(_ behaviour: HostileHTTPServer.Behaviour, configure: (inout FetchConfiguration) -> Void = { _ in })
        async throws -> FetchResult
    {
        let server = try HostileHTTPServer.start(behaviour)
        defer { server.shutdown() }
        var configuration = TestEngines.configuration(timeout: .seconds(20))
        configuration.maxBodyBytes = 2 << 20
        configure(&configuration)
        let engine = FetchEngine(configuration: configuration)
        defer { engine.shutdown() }
        return await engine.fetch(FetchRequest(url: server.url("/")))
    }

    @Test("a body past the limit is too large: gzip bomb, endless chunked body, 50 MB page")
    func tooLarge() async throws {
        let bomb = try await Self.fetch(.gzip(Fixtures.bytes("fetch/gzip-bomb.html.gz")))
        #expect(bomb.errorKind == .tooLarge, "\(String(describing: bomb.error))")
        let endless = try await Self.fetch(.endlessChunkedBody)
        #expect(endless.errorKind == .tooLarge, "\(String(describing: endless.error))")
        let large = try await Self.fetch(.largeBody(bytes: 50 << 20))
        #expect(large.errorKind == .tooLarge, "\(String(describing: large.error))")
    }

    @Test("a garbage status line and a malformed status code are bad responses")
    func garbage() async throws {
        let garbage = try await Self.fetch(.garbageStatusLine)
        #expect(garbage.errorKind == .badResponse, "\(String(describing: garbage.error))")
        let malformed = try await Self.fetch(.malformedStatusCode)
        #expect(malformed.errorKind == .badResponse, "\(String(describing: malformed.error))")
    }

    @Test("a status line without a reason phrase and lines ended by a bare LF read like any other")
    func terseStatusLines() async throws {
        let page = Array("<html><head><title>首页</title></head><body>政务公开</body></html>".utf8)
        let loose = try await Self.fetch(.verbatim(
            Array("HTTP/1.1 200\nContent-Type: text/html; charset=utf-8\nContent-Length: \(page.count)\n\n".utf8) + page))
        #expect(loose.error == nil, "\(String(describing: loose.error))")
        #expect(loose.status == 200)
        #expect(loose.headers.first { $0.name == "content-type" }?.value == "text/html; charset=utf-8")
        #expect(loose.mediaType == "text/html")
        #expect(loose.body == page)
        let missing = try await Self.fetch(.verbatim(Array("HTTP/1.1 404\r\nContent-Length: 0\r\n\r\n".utf8)))
        #expect(missing.status == 404)
    }

    @Test("a megabyte of response headers is a bad response, not a reset")
    func hugeHeaders() async throws {
        let result = try await Self.fetch(.hugeHeaders(bytes: 1 << 20))
        #expect(result.errorKind == .badResponse, "\(String(describing: result.error))")
    }

    @Test("a redirect to file: is a bad response that keeps its status")
    func redirectToFile() async throws {
        let result = try await Self.fetch(.redirect(location: "file:///etc/passwd"))
        #expect(result.errorKind == .badResponse, "\(String(describing: result.error))")
        #expect(result.status == 302)
    }

    @Test("an address outside the allowed ranges is blocked by policy; an allowed range connects")
    func addressPolicy() async throws {
        let refused = try await Self.fetch(.garbageStatusLine) { configuration in
            configuration.allowPrivate = false
            configuration.allowedAddresses = [AddressRange("10.0.0.0/8")!]
        }
        #expect(refused.errorKind == .blockedByPolicy, "\(String(describing: refused.error))")
        let allowed = try await Self.fetch(.redirect(location: "http://127.0.0.1:1/")) { configuration in
            configuration.allowPrivate = false
            configuration.allowedAddresses = [AddressRange("127.0.0.0/8")!]
        }
        #expect(allowed.errorKind == .connect, "the allowed range is connected to (port 1 refuses): \(String(describing: allowed.error))")
    }

    @Test("a public page that redirects into a private range is refused although loopback is allowed")
    func redirectIntoPrivateRange() async throws {
        let result = try await Self.fetch(.redirect(location: "http://10.213.77.9/")) { configuration in
            configuration.allowPrivate = false
            configuration.allowedAddresses = [AddressRange("127.0.0.0/8")!]
        }
        #expect(result.errorKind == .blockedByPolicy, "\(String(describing: result.error))")
        #expect(result.redirectChain.last == "http://10.213.77.9/")
    }

    @Test("CIDR ranges parse, mask their host bits and match only their own family")
    func ranges() {
        let loopback = AddressRange("127.0.0.0/8")!
        #expect(loopback.contains([127, 9, 8, 7]))
        #expect(!loopback.contains([10, 213, 0, 2]))
        #expect(AddressRange("10.213.5.6/16")?.description == "10.213.0.0/16")
        #expect(AddressRange("::1")?.contains([UInt8](repeating: 0, count: 15) + [1]) == true)
        #expect(AddressRange("fd00::/8")?.contains([0xFD] + [UInt8](repeating: 7, count: 15)) == true)
        #expect(!loopback.contains([UInt8](repeating: 0, count: 15) + [1]))
        for bad in ["", "127.0.0.0/33", "10.0.0/8", "example.gov.cn", "127.0.0.1/x", "::/129", "1.2.3.4/-1"] {
            #expect(AddressRange(bad) == nil, "\(bad)")
        }
        #expect(AddressGuard.refusal(address: [127, 0, 0, 1], allowing: [loopback]) == nil)
        #expect(AddressGuard.refusal(address: [10, 213, 0, 2], allowing: [loopback]) != nil)
        #expect(AddressGuard.refusal(address: [8, 8, 8, 8], allowing: []) == nil)
    }
}
