@testable import Fetching
import GovSweepProtocol
import Testing

@Suite("Engine pieces without a network")
struct EngineUnitTests {
    @Test(arguments: [
        ([127, 0, 0, 1], true), ([10, 1, 2, 3], true), ([172, 16, 0, 1], true), ([172, 32, 0, 1], false),
        ([192, 168, 1, 1], true), ([169, 254, 169, 254], true), ([100, 64, 0, 1], true), ([100, 128, 0, 1], false),
        ([0, 0, 0, 0], true), ([224, 0, 0, 1], true), ([59, 52, 1, 1], false), ([218, 65, 1, 1], false),
    ] as [([UInt8], Bool)])
    func ipv4Guard(address: [UInt8], refused: Bool) {
        #expect((AddressGuard.refusal(ipv4: address) != nil) == refused)
    }

    @Test("status lines: with and without a reason phrase, HTTP/2, bare LF; a code that is not three digits is none")
    func statusLines() {
        #expect(CurlTransfer.statusCode(ofStatusLine: "HTTP/1.1 200 OK\r\n") == 200)
        #expect(CurlTransfer.statusCode(ofStatusLine: "HTTP/1.1 404\r\n") == 404)
        #expect(CurlTransfer.statusCode(ofStatusLine: "HTTP/1.0 302\n") == 302)
        #expect(CurlTransfer.statusCode(ofStatusLine: "HTTP/2 200 \r\n") == 200)
        #expect(CurlTransfer.statusCode(ofStatusLine: "HTTP/1.1  503 Service Unavailable\r\n") == 503)
        #expect(CurlTransfer.statusCode(ofStatusLine: "HTTP/1.1 2X0 Fine\r\n") == nil)
        #expect(CurlTransfer.statusCode(ofStatusLine: "HTTP/1.1 2000\r\n") == nil)
        #expect(CurlTransfer.statusCode(ofStatusLine: "HTTP/1.1\r\n") == nil)
    }

    @Test("a redirect keeps the request's budget on its host and port, and leaves it for any other")
    func politenessKeyPerHop() {
        let request = FetchRequest(url: "http://p.gov.cn/c1/a.html", politenessKey: "group:平台")
        #expect(request.politenessKey(forHop: "https://p.gov.cn/c1/a.html") == "group:平台")
        #expect(request.politenessKey(forHop: "http://p.gov.cn:8080/c1/a.html") == "p.gov.cn:8080")
        #expect(request.politenessKey(forHop: "http://www.gov.cn/x") == "www.gov.cn:80")
        #expect(FetchRequest(url: "http://a.gov.cn/").politenessKey(forHop: "https://a.gov.cn/") == "a.gov.cn:443")
    }

    @Test("the media type: lower-cased, without parameters or the blanks around it; an odd value as before")
    func mediaTypes() {
        func mediaType(_ value: String?) -> String? {
            FetchResult(
                url: "http://a.gov.cn/", finalURL: "http://a.gov.cn/", redirectChain: ["http://a.gov.cn/"], status: 200,
                headers: value.map { [HeaderField(name: "content-type", value: $0)] } ?? [], body: [], truncated: false,
                error: nil, tlsError: nil, timeToFirstByte: .zero, totalTime: .zero
            ).mediaType
        }
        #expect(mediaType(nil) == nil)
        #expect(mediaType("text/html") == "text/html")
        #expect(mediaType("Text/HTML; charset=UTF-8") == "text/html")
        #expect(mediaType(" \tapplication/PDF \t;name=a.pdf") == "application/pdf")
        #expect(mediaType("") == "")
        #expect(mediaType(" ;charset=gbk") == "")
        // The split leaves out an empty first part.
        #expect(mediaType(";charset=gbk") == "charset=gbk")
        #expect(mediaType("TEXT/HTML；charset=gbk") == "text/html；charset=gbk")
    }

    @Test func ipv6Guard() {
        var loopback = [UInt8](repeating: 0, count: 16)
        loopback[15] = 1
        #expect(AddressGuard.refusal(ipv6: loopback) == "loopback address")
        let mapped: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 169, 254, 169, 254]
        #expect(AddressGuard.refusal(ipv6: mapped) == "link-local address")
        #expect(AddressGuard.refusal(ipv6: [0xFD, 0x12] + [UInt8](repeating: 1, count: 14)) == "unique-local address")
        #expect(AddressGuard.refusal(ipv6: [0xFE, 0x80] + [UInt8](repeating: 0, count: 14)) == "link-local address")
        #expect(AddressGuard.refusal(ipv6: [0x24, 0x0E] + [UInt8](repeating: 1, count: 14)) == nil)
    }

    @Test(arguments: [
        (6, NetworkErrorKind.dns), (7, .connect), (28, .timeout), (35, .tls), (60, .tls), (52, .reset), (56, .reset),
        (47, .tooManyRedirects),
    ] as [(Int, NetworkErrorKind)])
    func curlCodesMapToContractKinds(code: Int, kind: NetworkErrorKind) {
        #expect(FetchError(curlCode: code, message: "x").kind == kind)
    }

    @Test func errorKindsForEngineOwnFailures() {
        #expect(FetchError.refusedAddress("127.0.0.1").kind == .blockedByPolicy)
        #expect(FetchError.badResponse("x").kind == .badResponse)
        #expect(FetchError.tooLarge(limit: 1).kind == .tooLarge)
        #expect(FetchError.cancelled.kind == nil)
        #expect(FetchError.refusedAddress("127.0.0.1 (loopback address)").description.contains("--allow-address"))
    }

    @Test func retryAfterParsing() {
        #expect(HopOutcome.parseRetryAfter("120") == .seconds(120))
        #expect(HopOutcome.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT") == .zero)
        #expect(HopOutcome.parseRetryAfter("soon") == nil)
    }

    @Test func retryBackoffDoublesWithJitter() {
        let policy = RetryPolicy(retries: 3, baseDelay: .seconds(1), maximumDelay: .seconds(3), jitter: 0.5)
        #expect(policy.delay(beforeRetry: 1, random: 0) == .seconds(1))
        #expect(policy.delay(beforeRetry: 2, random: 0) == .seconds(2))
        #expect(policy.delay(beforeRetry: 3, random: 0) == .seconds(3))
        #expect(policy.delay(beforeRetry: 2, random: 1) == .seconds(1))
        #expect(RetryPolicy.isTransient(status: 503, error: nil))
        #expect(RetryPolicy.isTransient(status: 429, error: nil))
        #expect(!RetryPolicy.isTransient(status: 404, error: nil))
        #expect(!RetryPolicy.isTransient(status: nil, error: .dns("x")))
        #expect(RetryPolicy.isTransient(status: nil, error: .timeout("x")))
    }

    @Test func configurationFromSweepSettings() throws {
        let settings = SweepSettings(asOf: try #require(CivilDate(year: 2023, month: 12, day: 31)), perHostConcurrency: 3, perHostGapMilliseconds: 500, connectTimeoutSeconds: 5)
        let configuration = FetchConfiguration(settings: settings)
        #expect(configuration.politeness.perHostConcurrency == 3)
        #expect(configuration.politeness.minimumGap == .milliseconds(500))
        #expect(configuration.connectTimeout == .seconds(5))
        #expect(!configuration.allowPrivate)
        #expect(configuration.userAgent == SweepSettings.defaultUserAgent)
        let options = LinkChecker.Options(settings: settings)
        #expect(options.retry.retries == 2 && options.obeyRobots)
    }
}
