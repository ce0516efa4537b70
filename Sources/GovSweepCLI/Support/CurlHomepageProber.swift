import Fetching
import Foundation
import GovSweepProtocol
import Monitor
import PageAnalysis

/// The monitor's visits: one GET of the homepage on the libcurl engine, no retries, read by the
/// page analyzer for its dated items.
///
/// The engine starts each visit when it is asked for: the monitor's plan already spaces the visits
/// of one host and its permits bound how many run, so the crawl's politeness (a gap between starts,
/// back-off after failures, pauses for Retry-After) would only make visits late.
final class CurlHomepageProber: HomepageProbing {
    /// More visits than any plan runs at once; the monitor's own permits are the real bound.
    static let engineLimit = 1024

    private let engine: FetchEngine
    private let analyzer = PageAnalyzer()

    init(timeoutSeconds: Double, allowPrivate: Bool, allowedAddresses: [AddressRange] = []) {
        CurlRuntime.ensureInitialised()
        var configuration = FetchConfiguration()
        configuration.totalTimeout = .milliseconds(Int(timeoutSeconds * 1000))
        configuration.connectTimeout = .milliseconds(Int(min(10, timeoutSeconds) * 1000))
        configuration.allowPrivate = allowPrivate
        configuration.allowedAddresses = allowedAddresses
        configuration.politeness = .selfPaced(concurrency: Self.engineLimit)
        configuration.globalTransferLimit = Self.engineLimit
        engine = FetchEngine(configuration: configuration)
    }

    func probe(_ site: Site, timeoutSeconds: Double) async -> ProbeResult {
        guard let url = URLNormalizer.normalize(site.url) else { return ProbeResult(ok: false) }
        let result = await engine.fetch(FetchRequest(url: url, politenessKey: site.politenessKey))
        let total = result.totalTime.secondsValue
        let inTime = total <= timeoutSeconds
        let ok = result.error == nil && (200..<300).contains(result.status ?? 0) && inTime
        var items: [DatedItem] = []
        if ok {
            let text = CharsetDetector.decode(result.body, contentType: result.header("content-type")).text
            let asOf = CivilDate(shanghaiTime: Date().timeIntervalSince1970)
            items = analyzer.analyze(PageInput(url: result.finalURL, html: text, asOf: asOf, isHomepage: true)).items
        }
        return ProbeResult(
            ok: ok, status: result.status, error: result.errorKind ?? (inTime ? nil : .timeout),
            ttfb: result.timeToFirstByte.secondsValue, total: total, items: items)
    }

    func shutdown() { engine.shutdown() }
}
