import Foundation
import Logging
import ServiceLifecycle
import Synchronization

/// Serves one sweep until it is complete or a graceful shutdown is asked for: the protocol server,
/// lease expiry, progress output and, optionally, the metrics endpoint. While it runs, where the
/// sweep stands is written into the database's lock file (when the store holds the lock) for `status`.
public final class SweepService: Service, Sendable {
    public enum Ending: Sendable { case complete, interrupted }

    let coordinator: SweepCoordinator
    let server: CoordinatorServer
    let metrics: MetricsServer?
    let progressInterval: Duration
    let onProgress: @Sendable (SweepSnapshot) -> Void
    let logger: Logger
    private let ending = EndingBox()
    private let estimator = Mutex(ProgressEstimator())

    public init(
        coordinator: SweepCoordinator, server: CoordinatorServer, metrics: MetricsServer? = nil,
        progressInterval: Duration = .seconds(1), logger: Logger, onProgress: @escaping @Sendable (SweepSnapshot) -> Void
    ) {
        self.coordinator = coordinator
        self.server = server
        self.metrics = metrics
        self.progressInterval = progressInterval
        self.logger = logger
        self.onProgress = onProgress
    }

    /// How the last run ended.
    public var result: Ending { ending.value }

    public func run() async throws {
        coordinator.store.lock?.claim(sweepID: coordinator.sweep.id)
        // Listeners were bound at init; their loops end only by cancellation.
        await withTaskGroup(of: Void.self) { group in
            group.addTask { try? await self.server.run() }
            if let metrics { group.addTask { try? await metrics.run() } }
            group.addTask {
                while (try? await Task.sleep(for: .milliseconds(250))) != nil {
                    await self.coordinator.tick()
                }
            }
            group.addTask {
                while (try? await Task.sleep(for: self.progressInterval)) != nil {
                    await self.showProgress()
                }
            }
            let complete = await cancelWhenGracefulShutdown { await self.waitUntilComplete() }
            if complete {
                ending.set(.complete)
                // Let the shutdown messages reach the workers.
                try? await Task.sleep(for: .milliseconds(300))
            } else {
                ending.set(.interrupted)
                await coordinator.drainAll(reason: "the coordinator is shutting down; the sweep can be resumed")
                try? await Task.sleep(for: .milliseconds(300))
            }
            await showProgress()
            group.cancelAll()
        }
    }

    /// Shows the snapshot with its estimate and publishes it for `status`.
    private func showProgress() async {
        var snapshot = await coordinator.snapshot
        let now = Date().timeIntervalSince1970
        snapshot.etaSeconds = estimator.withLock { $0.estimate(snapshot, at: now) }
        coordinator.store.lock?.publish(PublishedProgress(sweepID: coordinator.sweep.id, snapshot: snapshot, at: now))
        onProgress(snapshot)
    }

    private func waitUntilComplete() async -> Bool {
        while !Task.isCancelled {
            if await coordinator.isComplete { return true }
            try? await Task.sleep(for: .milliseconds(100))
        }
        return await coordinator.isComplete
    }
}

/// How a run ended, readable after `run()` returns.
final class EndingBox: Sendable {
    private let storage = Mutex<SweepService.Ending>(.interrupted)
    var value: SweepService.Ending { storage.withLock { $0 } }
    func set(_ ending: SweepService.Ending) { storage.withLock { $0 = ending } }
}
