import GovSweepProtocol
import Logging
import ServiceLifecycle

/// Monitors homepages over a window: runs the `ProbeSchedule` against a `HomepageProbing`,
/// stores every visit as it completes, and returns at the end of the window.
///
/// Started on a database whose latest run is unfinished, it resumes that run (its inventory and
/// settings), so a killed or restarted monitor picks up where it stopped. On graceful shutdown it
/// stops handing out visits; visits cut short are not stored, so they are made when it resumes.
public final class MonitorService: Service, Sendable {
    let store: MonitorStore
    let sites: [Site]
    let settings: MonitorSettings
    let prober: any HomepageProbing
    let clock: any MonitorClock
    let logger: Logger

    /// A monitor of `sites` with `settings` (both used only when a new run starts) writing to `store`.
    public init(
        store: MonitorStore, sites: [Site], settings: MonitorSettings, prober: any HomepageProbing,
        clock: any MonitorClock = SystemMonitorClock(), logger: Logger
    ) {
        self.store = store
        self.sites = sites
        self.settings = settings
        self.prober = prober
        self.clock = clock
        self.logger = logger
    }

    /// Runs (or resumes) the run to the end of its window; returns early on graceful shutdown or
    /// cancellation. Throws when the database fails.
    public func run() async throws {
        let (run, resumed) = try store.resumeOrStart(sites: sites, settings: settings, now: clock.now())
        let completed = try store.completedSlots(runID: run.id)
        logger.info(resumed ? "resuming monitoring run" : "starting monitoring run", metadata: [
            "run": "\(run.id)", "sites": "\(run.sites.count)", "slots_per_site": "\(run.settings.slotsPerSite)",
            "already_stored": "\(completed.count)",
        ])
        let writer = ProbeWriter(store: store)
        let (finished, handedOut) = await withDiscardingTaskGroup { group in
            group.addTask { await writer.run() }
            defer { writer.close() }
            return await cancelWhenGracefulShutdown {
                await self.drive(
                    ProbeSchedule(plan: run.plan, completed: completed), run: run, alreadyStored: completed.count, writer: writer)
            }
        }
        if let error = writer.failure {
            logger.error("cannot store visits; stopping", metadata: ["run": "\(run.id)", "error": "\(error)"])
            throw error
        }
        if finished {
            try store.finish(runID: run.id, at: clock.now())
            logger.info("monitoring run finished", metadata: ["run": "\(run.id)"])
        } else {
            logger.info("monitoring stopped before the window ended; start again with the same --db to resume",
                        metadata: ["run": "\(run.id)", "handed_out": "\(handedOut)"])
        }
    }

    /// Seconds between two progress lines in the log.
    static let progressInterval = 60.0

    /// Hands out visits until the schedule is finished (true) or the task is cancelled (false),
    /// and how many slots it handed out.
    private func drive(
        _ schedule: ProbeSchedule, run: MonitorRun, alreadyStored: Int, writer: ProbeWriter
    ) async -> (Bool, Int) {
        var schedule = schedule
        let permits = ProbePermits(limit: run.settings.concurrency)
        var progress = ProgressLog(
            plan: run.plan, alreadyStored: alreadyStored, interval: Self.progressInterval, startedAt: clock.now())
        let finished = await withDiscardingTaskGroup { group in
            while !Task.isCancelled, writer.failure == nil {
                if let line = progress.due(now: clock.now(), handedOut: schedule.handedOut) {
                    logger.info("monitoring progress", metadata: line)
                }
                for action in schedule.advance(now: clock.now()) {
                    switch action {
                    case .probe(let probe):
                        await permits.acquire()
                        group.addTask {
                            await self.visit(probe, run: run, writer: writer)
                            await permits.release()
                        }
                    case .missed(let probe):
                        progress.missed += 1
                        writer.submit(ProbeRecord(
                            runID: run.id, siteID: probe.site.id, slot: probe.slot, scheduledAt: probe.scheduledAt,
                            at: probe.issuedAt, outcome: .missed))
                    case .wake(let time):
                        do { try await clock.sleep(until: time) } catch { return false }
                    case .finished:
                        return true
                    }
                }
            }
            return false
        }
        return (finished, schedule.handedOut)
    }

    /// Visits one homepage and stores the result, unless the visit was cut short by cancellation.
    private func visit(_ probe: ScheduledProbe, run: MonitorRun, writer: ProbeWriter) async {
        let timeout = run.settings.timeoutSeconds
        var result = await prober.probe(probe.site, timeoutSeconds: timeout)
        guard !Task.isCancelled else { return }
        if result.ok, let total = result.total, total > timeout {
            result = ProbeResult(ok: false, status: result.status, error: .timeout, ttfb: result.ttfb, total: total)
        }
        let fingerprint = result.ok ? HomepageFingerprint(result.items).value : nil
        writer.submit(ProbeRecord(
            runID: run.id, siteID: probe.site.id, slot: probe.slot, scheduledAt: probe.scheduledAt, at: probe.issuedAt,
            outcome: result.ok ? .ok : .fail, status: result.status, error: result.error, ttfb: result.ttfb,
            total: result.total, fingerprint: fingerprint), items: result.ok ? result.items : [])
    }
}
