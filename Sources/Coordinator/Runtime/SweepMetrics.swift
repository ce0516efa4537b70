import CoreMetrics
import GovSweepProtocol
import Prometheus
import Synchronization

/// The coordinator's metrics, recorded through swift-metrics into a Prometheus registry of its own
/// and served by ``MetricsServer``.
///
/// Names follow Prometheus conventions: a `govsweep_` prefix, `_total` on counters and on nothing
/// else, base units in the name (`_seconds`). Counters count what this coordinator process did
/// (they start at 0 when it starts); gauges say where the sweep stands, earlier runs included.
public final class SweepMetrics: Sendable {
    /// How a batch from a worker ended.
    public enum BatchResult: String, Sendable { case stored, duplicate, failed }

    /// How a lease ended.
    public enum LeaseEnd: String, Sendable { case completed, expired, released }

    let registry: PrometheusCollectorRegistry

    private let sites: [String: CoreMetrics.Gauge]
    private let linkChecksWaiting: CoreMetrics.Gauge
    private let workersConnected: CoreMetrics.Gauge
    private let sweepPages: CoreMetrics.Gauge
    private let sweepComplete: CoreMetrics.Gauge
    private let startTime: CoreMetrics.Gauge
    private let pagesStored: CoreMetrics.Counter
    private let sitesFinished: CoreMetrics.Counter
    private let workerConnections: CoreMetrics.Counter
    private let batches: [BatchResult: CoreMetrics.Counter]
    private let links: [LinkVerdict: CoreMetrics.Counter]
    private let batchStoreDuration: CoreMetrics.Timer
    private let leasesGranted: [String: CoreMetrics.Counter]
    /// By work, then how the lease ended.
    private let leasesEnded: [String: [LeaseEnd: CoreMetrics.Counter]]
    private let leaseDurations: [String: CoreMetrics.Timer]
    /// When each lease out now was granted, and what for.
    private let grants = Mutex<[String: (work: String, at: Double)]>([:])

    /// - Parameters:
    ///   - sweepID: the sweep served, as a label of `govsweep_sweep_info`.
    ///   - startedAt: when this coordinator process started (seconds since 1970).
    public init(sweepID: String = "", startedAt: Double = 0) {
        let registry = PrometheusCollectorRegistry()
        self.registry = registry
        let factory = DescribedPrometheusFactory(registry: registry, descriptions: Self.descriptions)
        func gauge(_ name: String, _ dimensions: [(String, String)] = []) -> CoreMetrics.Gauge {
            CoreMetrics.Gauge(label: name, dimensions: dimensions, factory: factory)
        }
        func counter(_ name: String, _ dimensions: [(String, String)] = []) -> CoreMetrics.Counter {
            CoreMetrics.Counter(label: name, dimensions: dimensions, factory: factory)
        }
        sites = Dictionary(uniqueKeysWithValues: ["done", "in_progress", "pending"].map { ($0, gauge("govsweep_sites", [("state", $0)])) })
        linkChecksWaiting = gauge("govsweep_link_checks_waiting")
        workersConnected = gauge("govsweep_workers_connected")
        sweepPages = gauge("govsweep_sweep_pages")
        sweepComplete = gauge("govsweep_sweep_complete")
        startTime = gauge("govsweep_coordinator_start_time_seconds")
        gauge("govsweep_sweep_info", [("sweep_id", sweepID)]).record(1)
        startTime.record(startedAt)
        pagesStored = counter("govsweep_pages_stored_total")
        sitesFinished = counter("govsweep_sites_finished_total")
        workerConnections = counter("govsweep_worker_connections_total")
        batches = Dictionary(uniqueKeysWithValues: [BatchResult.stored, .duplicate, .failed].map {
            ($0, counter("govsweep_batches_received_total", [("result", $0.rawValue)]))
        })
        links = Dictionary(uniqueKeysWithValues: LinkVerdict.allCases.map {
            ($0, counter("govsweep_links_checked_total", [("verdict", $0.rawValue)]))
        })
        batchStoreDuration = CoreMetrics.Timer(label: "govsweep_batch_store_duration_seconds", dimensions: [], factory: factory)
        // Every labelled series is there from the first scrape, at 0.
        let works = ["site", "link_checks"]
        leasesGranted = Dictionary(uniqueKeysWithValues: works.map { ($0, counter("govsweep_leases_granted_total", [("work", $0)])) })
        leasesEnded = Dictionary(uniqueKeysWithValues: works.map { work in
            (work, Dictionary(uniqueKeysWithValues: [LeaseEnd.completed, .expired, .released].map {
                ($0, counter("govsweep_leases_ended_total", [("work", work), ("reason", $0.rawValue)]))
            }))
        })
        leaseDurations = Dictionary(uniqueKeysWithValues: works.map {
            ($0, CoreMetrics.Timer(label: "govsweep_lease_duration_seconds", dimensions: [("work", $0)], factory: factory))
        })
    }

    /// The registry's metrics in the Prometheus text format (version 0.0.4).
    public func exposition() -> [UInt8] { registry.emitToBuffer() }

    /// Sets the gauges from where the sweep stands.
    public func observe(_ snapshot: SweepSnapshot, complete: Bool) {
        sites["done"]?.record(snapshot.progress.done)
        sites["in_progress"]?.record(snapshot.progress.leased)
        sites["pending"]?.record(snapshot.progress.pending)
        linkChecksWaiting.record(snapshot.linkChecksWaiting)
        workersConnected.record(snapshot.workers)
        sweepPages.record(snapshot.statistics.pages)
        sweepComplete.record(complete ? 1 : 0)
    }

    /// A worker's batch was stored (`pages` fresh pages, `links` verdicts), found already stored, or failed to store.
    public func batchReceived(_ result: BatchResult, pages: Int, links outcomes: [LinkOutcome], storeSeconds: Double) {
        batches[result]?.increment()
        batchStoreDuration.recordNanoseconds(Int64((storeSeconds * 1e9).rounded()))
        guard result == .stored else { return }
        pagesStored.increment(by: pages)
        linksChecked(outcomes)
    }

    /// Verdicts of a link-check lease arrived.
    public func linksChecked(_ outcomes: [LinkOutcome]) {
        for outcome in outcomes { links[outcome.verdict]?.increment() }
    }

    public func siteFinished() { sitesFinished.increment() }

    public func workerConnected() { workerConnections.increment() }

    public func leaseGranted(_ lease: LeaseScheduler.Lease, at now: Double) {
        let work = Self.work(lease.work)
        grants.withLock { $0[lease.id] = (work, now) }
        leasesGranted[work]?.increment()
    }

    /// A lease ended; a completed lease's time from grant to report goes into `govsweep_lease_duration_seconds`.
    public func leaseEnded(_ leaseID: String, _ end: LeaseEnd, at now: Double) {
        guard let grant = grants.withLock({ $0.removeValue(forKey: leaseID) }) else { return }
        leasesEnded[grant.work]?[end]?.increment()
        if end == .completed {
            leaseDurations[grant.work]?.recordNanoseconds(Int64((max(0, now - grant.at) * 1e9).rounded()))
        }
    }

    static func work(_ work: LeaseScheduler.Lease.Work) -> String {
        switch work {
        case .site: "site"
        case .linkChecks: "link_checks"
        }
    }

    /// Help text and buckets of every metric.
    static let descriptions: [String: MetricDescription] = [
        "govsweep_sites": .init(help: "Sites of the sweep by state: done, in_progress (leased to a worker) or pending."),
        "govsweep_link_checks_waiting": .init(help: "Link targets in other hosts waiting for a check or out on a link-check lease."),
        "govsweep_workers_connected": .init(help: "Worker connections that passed the handshake, now."),
        "govsweep_sweep_pages": .init(help: "Page reports stored for the sweep, earlier coordinator runs included."),
        "govsweep_sweep_complete": .init(help: "1 once every site is crawled and every link checked, else 0."),
        "govsweep_sweep_info": .init(help: "The sweep this coordinator serves (value 1)."),
        "govsweep_coordinator_start_time_seconds": .init(help: "When this coordinator process started serving the sweep, in Unix time."),
        "govsweep_pages_stored_total": .init(help: "Page reports stored by this coordinator process."),
        "govsweep_sites_finished_total": .init(help: "Sites whose crawl this coordinator process recorded as done."),
        "govsweep_worker_connections_total": .init(help: "Worker connections that passed the handshake, reconnections included."),
        "govsweep_batches_received_total": .init(help: "Batches received from workers: stored, duplicate (stored before) or failed (to be resent)."),
        "govsweep_links_checked_total": .init(help: "Link verdicts received from crawls and link-check leases, by verdict."),
        "govsweep_leases_granted_total": .init(help: "Leases granted to workers, by work: a site's crawl or link checks."),
        "govsweep_leases_ended_total": .init(help: "Leases ended, by work and reason: completed, expired (no heartbeat) or released by the worker."),
        "govsweep_batch_store_duration_seconds": .init(
            help: "Time to store one batch in the database.", buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]),
        "govsweep_lease_duration_seconds": .init(
            help: "Time from a lease's grant to its worker's report that the work is done.",
            buckets: [1, 5, 15, 30, 60, 120, 300, 600, 1200, 1800, 3600, 7200]),
    ]
}
