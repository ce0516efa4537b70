import NIOCore
import NIOHTTP1
import NIOPosix

/// Serves the coordinator's ``SweepMetrics`` for Prometheus at `GET /metrics` (text exposition
/// format 0.0.4) over HTTP/1.1; anything else gets 404 (405 for another method on `/metrics`).
/// Each response closes its connection; a malformed request gets 400 and a closed connection.
public final class MetricsServer: Sendable {
    private let channel: any Channel

    /// Binds `host:port` (0 picks a free port, see ``boundPort``); serving starts at once and
    /// ends when ``run()`` is cancelled.
    public init(host: String, port: Int, coordinator: SweepCoordinator, group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) async throws {
        let exposition: @Sendable () async -> [UInt8] = {
            let metrics = coordinator.metrics
            metrics.observe(await coordinator.snapshot, complete: await coordinator.isComplete)
            return metrics.exposition()
        }
        do {
            channel = try await ServerBootstrap(group: group)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .childChannelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                        try channel.pipeline.syncOperations.addHandler(MetricsHTTPHandler(exposition: exposition))
                    }
                }
                .bind(host: host, port: port)
                .get()
        } catch {
            throw CoordinatorError.cannotListen(host: host, port: port, reason: String(describing: error))
        }
    }

    public var boundPort: Int { channel.localAddress?.port ?? 0 }

    /// Serves until cancelled, then stops listening.
    public func run() async throws {
        try await withTaskCancellationHandler {
            try await channel.closeFuture.get()
        } onCancel: {
            channel.close(promise: nil)
        }
    }
}
