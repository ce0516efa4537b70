import NIOCore
import NIOHTTP1
import NIOPosix

/// Serves the sweep's figures for Prometheus at `GET /metrics` (text exposition format).
public final class MetricsServer: Sendable {
    typealias Connection = NIOAsyncChannel<HTTPServerRequestPart, HTTPPart<HTTPResponseHead, ByteBuffer>>

    private let listener: NIOAsyncChannel<Connection, Never>
    private let coordinator: SweepCoordinator

    public init(host: String, port: Int, coordinator: SweepCoordinator, group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) async throws {
        self.coordinator = coordinator
        do {
            listener = try await ServerBootstrap(group: group)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .bind(host: host, port: port) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                        return try Connection(wrappingChannelSynchronously: channel)
                    }
                }
        } catch {
            throw CoordinatorError.cannotListen(host: host, port: port, reason: String(describing: error))
        }
    }

    public var boundPort: Int { listener.channel.localAddress?.port ?? 0 }

    public func run() async throws {
        try await listener.executeThenClose { inbound in
            try await withThrowingDiscardingTaskGroup { group in
                for try await connection in inbound {
                    group.addTask { try? await self.serve(connection) }
                }
            }
        }
    }

    private func serve(_ connection: Connection) async throws {
        try await connection.executeThenClose { inbound, outbound in
            for try await part in inbound {
                guard case .head(let head) = part else { continue }
                let found = head.method == .GET && head.uri.split(separator: "?").first == "/metrics"
                let body = found ? Self.exposition(await coordinator.snapshot) : "not found; try /metrics\n"
                var headers = HTTPHeaders()
                headers.add(name: "Content-Type", value: found ? "text/plain; version=0.0.4" : "text/plain")
                headers.add(name: "Content-Length", value: "\(body.utf8.count)")
                headers.add(name: "Connection", value: "close")
                try await outbound.write(.head(HTTPResponseHead(version: head.version, status: found ? .ok : .notFound, headers: headers)))
                try await outbound.write(.body(ByteBuffer(string: body)))
                try await outbound.write(.end(nil))
                return
            }
        }
    }

    /// The snapshot in Prometheus text format.
    public static func exposition(_ snapshot: SweepSnapshot) -> String {
        let gauges: [(String, String, Double)] = [
            ("govsweep_sites_total", "Sites in the sweep.", Double(snapshot.progress.total)),
            ("govsweep_sites_done", "Sites whose crawl is complete.", Double(snapshot.progress.done)),
            ("govsweep_sites_leased", "Sites being crawled now.", Double(snapshot.progress.leased)),
            ("govsweep_pages_stored", "Page reports stored for the sweep.", Double(snapshot.statistics.pages)),
            ("govsweep_failing_links", "Failing or blocked link outcomes received.", Double(snapshot.statistics.failingLinks)),
            ("govsweep_workers_connected", "Authenticated worker connections.", Double(snapshot.workers)),
            ("govsweep_pages_per_second", "Pages per second since this coordinator started.", snapshot.pagesPerSecond),
        ]
        return gauges.map { name, help, value in
            "# HELP \(name) \(help)\n# TYPE \(name) gauge\n\(name) \(value)\n"
        }.joined()
    }
}
