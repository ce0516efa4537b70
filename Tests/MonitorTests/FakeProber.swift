import GovSweepProtocol
import Monitor
import Synchronization

/// A homepage prober with scripted answers: each site's n-th visit (counting from 0) answers
/// `script(site, n)`. Records every visit so tests can count them.
final class FakeProber: HomepageProbing {
    typealias Script = @Sendable (_ site: Site, _ visit: Int) -> ProbeResult

    private let script: Script
    private let calls = Mutex<[String: Int]>([:])

    init(script: @escaping Script = { _, _ in FakeProber.up() }) {
        self.script = script
    }

    func probe(_ site: Site, timeoutSeconds: Double) async -> ProbeResult {
        let visit = calls.withLock { calls in
            defer { calls[site.id, default: 0] += 1 }
            return calls[site.id, default: 0]
        }
        return script(site, visit)
    }

    /// Visits made to `siteID`.
    func visits(to siteID: String) -> Int { calls.withLock { $0[siteID] ?? 0 } }

    /// Visits made to every site.
    var totalVisits: Int { calls.withLock { $0.values.reduce(0, +) } }

    /// A homepage that answered in time with `items`.
    static func up(_ items: [DatedItem] = []) -> ProbeResult {
        ProbeResult(ok: true, status: 200, ttfb: 0.1, total: 0.4, items: items)
    }

    /// A visit that gave up after the timeout.
    static func down() -> ProbeResult {
        ProbeResult(ok: false, error: .timeout, total: 15)
    }
}
