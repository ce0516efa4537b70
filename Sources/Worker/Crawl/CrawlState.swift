import Fetching
import Foundation
import GovSweepProtocol

/// Site-level facts a crawl collects: pages fetched, homepage probes, robots and TLS notes.
struct CrawlState: Sendable {
    let homepage: String
    private(set) var pagesFetched = 0
    private(set) var probes: [HomepageProbe] = []
    private(set) var robotsBlocked: [String] = []
    private(set) var tlsError: String?

    init(homepage: String) {
        self.homepage = homepage
    }

    /// Records a fetched page; returns its outcome as a link target (nil for robots-blocked pages).
    mutating func record(_ page: FetchedPage, entry: FrontierEntry) -> LinkOutcome? {
        if page.blockedByRobots {
            robotsBlocked.append(page.url)
            return nil
        }
        pagesFetched += 1
        if tlsError == nil, let tls = page.tlsError { tlsError = tls }
        if entry.role == .homepage { probes.append(Self.probe(of: page, at: Date().timeIntervalSince1970)) }
        return page.outcome(kind: .page)
    }

    /// Visits the homepage until `settings.homepageProbes` probes are recorded. When any probe failed,
    /// the last comes at least `probeSpreadSeconds` after the first, so one bad moment is not called
    /// an unreachable site.
    mutating func finishProbes(settings: SweepSettings, checker: LinkChecker, key: String) async -> [HomepageProbe] {
        let wanted = max(1, settings.homepageProbes)
        let start = probes.first?.at ?? Date().timeIntervalSince1970
        while probes.count < wanted, !Task.isCancelled {
            if probes.contains(where: { !$0.ok }) {
                let due = start + settings.probeSpreadSeconds * Double(probes.count) / Double(max(1, wanted - 1))
                let wait = due - Date().timeIntervalSince1970
                if wait > 0 { try? await Task.sleep(for: .milliseconds(Int(wait * 1000))) }
            }
            let at = Date().timeIntervalSince1970
            // One visit, no retries: the indicator counts each visit on its own.
            let result = await checker.engine.fetch(FetchRequest(url: homepage, politenessKey: key))
            // A visit cut short (the lease revoked, the worker stopping) is no visit.
            if result.error == .cancelled { break }
            probes.append(Self.probe(of: result, at: at))
        }
        return probes
    }

    /// A visit counts as failed when the homepage did not arrive within this many seconds (the indicator's 15 s).
    static let visitLimitSeconds = 15.0

    static func probe(of result: FetchResult, at time: Double) -> HomepageProbe {
        let seconds = result.totalTime.secondsValue
        let ok = result.error == nil && (200..<300).contains(result.status ?? 0) && seconds <= visitLimitSeconds
        return HomepageProbe(at: time, ok: ok, status: result.status, error: result.errorKind, seconds: seconds)
    }

    static func probe(of page: FetchedPage, at time: Double) -> HomepageProbe {
        let seconds = page.totalTime.secondsValue
        return HomepageProbe(at: time, ok: page.isSuccess && seconds <= visitLimitSeconds, status: page.status, error: page.error, seconds: seconds)
    }
}
