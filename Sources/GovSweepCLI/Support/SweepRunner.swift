import ChannelSecurity
import Coordinator
import Foundation
import GovSweepProtocol
import Logging
import ServiceLifecycle
import UnixSignals
import Worker

/// Serves one stored sweep to workers until it is complete or interrupted (SIGINT/SIGTERM),
/// optionally with worker processes of its own.
///
/// The store should hold the database's lock (``SweepStore/openForServing(path:command:existing:now:)``).
/// With worker processes of its own and no others, the leases of an earlier coordinator process
/// are void at start-up: their workers are gone, and their sites go out again at once.
struct SweepRunner {
    var store: SweepStore
    var sweep: SweepRecord
    var listen: HostAndPort
    var token: SharedToken
    /// TLS for remote workers (nil: plain TCP; local workers always use loopback).
    var tls: CoordinatorTLS? = nil
    /// Worker processes to start here (0: remote workers only).
    var localWorkers: Int = 0
    var localTokenFile: String?
    /// Sites each local worker holds; nil: ``WorkerCapacity/sitesAtOnce(cores:budget:latency:cpuSecondsPerPage:)``
    /// for this machine's cores shared by the local workers and the sweep's `--per-host`, `--gap-ms`.
    var capacity: Int? = nil
    var metrics: HostAndPort?
    var workerLogLevel = "warning"
    /// A lease not renewed for this long goes back to the queue (a dead worker's sites move on).
    var leaseSeconds = 30.0
    /// The sweep was created for this run: when the run cannot start (a port in use), it is
    /// removed again, so that no sweep that never ran is left behind as unfinished.
    var removeSweepIfStartFails = false
    var logger: Logger

    func run() async throws -> SweepService.Ending {
        let started: (SweepCoordinator, CoordinatorServer, MetricsServer?)
        do {
            started = try await start()
        } catch {
            if removeSweepIfStartFails {
                do {
                    try store.deleteSweep(sweep.id)
                    logger.notice("sweep \(sweep.id) could not start; it is removed from \(store.path)")
                } catch let removal {
                    logger.error("sweep \(sweep.id) could not start and could not be removed: \(removal)")
                }
            }
            throw error
        }
        let (coordinator, server, metricsServer) = started
        let bound = HostAndPort(host: listen.host, port: server.boundPort)
        let progress = ProgressOutput(logger: logger)
        let service = SweepService(
            coordinator: coordinator, server: server, metrics: metricsServer, progressInterval: progress.interval,
            logger: logger, onProgress: progress.show)
        logger.info("serving sweep \(sweep.id) on \(bound)", metadata: ["as_of": "\(sweep.settings.asOf)"])

        var pool: LocalWorkerPool?
        if localWorkers > 0, let tokenFile = localTokenFile {
            let perWorker = capacity ?? WorkerCapacity.sitesAtOnce(
                cores: Double(ProcessInfo.processInfo.activeProcessorCount) / Double(localWorkers),
                budget: PolitenessBudget(concurrency: sweep.settings.perHostConcurrency, gapMilliseconds: sweep.settings.perHostGapMilliseconds))
            logger.info("\(localWorkers) local workers, \(perWorker) sites each at once\(capacity == nil ? " (from politeness and cores)" : "")")
            let started = LocalWorkerPool(
                count: localWorkers, coordinator: HostAndPort(host: "127.0.0.1", port: bound.port), tokenFile: tokenFile,
                capacity: perWorker, logLevel: workerLogLevel)
            try started.start()
            pool = started
        }
        let group = ServiceGroup(configuration: .init(
            services: [.init(service: service, successTerminationBehavior: .gracefullyShutdownGroup)], gracefulShutdownSignals: [.sigint, .sigterm], logger: logger))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            if let pool {
                tasks.addTask {
                    while (try? await Task.sleep(for: .seconds(1))) != nil {
                        // At the end of the sweep workers leave when told to: only an early exit is replaced.
                        if await coordinator.isComplete { continue }
                        if pool.restartExited() > 0 { logger.warning("a local worker exited; started a new one") }
                    }
                }
            }
            try await tasks.next()
            tasks.cancelAll()
        }
        progress.finish()
        await pool?.stop(grace: 5)
        return service.result
    }

    /// The coordinator with its listeners bound.
    private func start() async throws -> (SweepCoordinator, CoordinatorServer, MetricsServer?) {
        let configuration = CoordinatorConfiguration(
            host: listen.host, port: listen.port, token: token, heartbeatSeconds: max(0.2, min(5, leaseSeconds / 4)),
            leaseSeconds: leaseSeconds, tls: tls)
        let coordinator = try SweepCoordinator(
            store: store, sweep: sweep, configuration: configuration, logger: logger,
            clock: { Date().timeIntervalSince1970 }, leasePrefix: String(UUID().uuidString.prefix(8)).lowercased(),
            earlierLeases: localWorkers > 0 ? .void : .honoured)
        await coordinator.expectWorkers(localWorkers)
        let server = try await CoordinatorServer(configuration: configuration, host: coordinator, logger: logger)
        var metricsServer: MetricsServer?
        if let metrics {
            let started = try await MetricsServer(host: metrics.host, port: metrics.port, coordinator: coordinator)
            logger.info("metrics at http://\(HostAndPort(host: metrics.host, port: started.boundPort))/metrics")
            metricsServer = started
        }
        return (coordinator, server, metricsServer)
    }
}
