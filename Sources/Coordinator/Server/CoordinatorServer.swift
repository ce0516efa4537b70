import GovSweepProtocol
import Logging
import NIOCore
import NIOPosix
import Synchronization

/// Listens for workers over TCP, authenticates them and hands their sessions to a ``SessionHost``.
///
/// Each connection runs the pure ``CoordinatorHandshake`` under a deadline; bad frames get an
/// `error` message and a closed connection; connections beyond the limits are refused at once.
public final class CoordinatorServer: Sendable {
    public typealias Connection = NIOAsyncChannel<Message, Message>

    let configuration: CoordinatorConfiguration
    let host: any SessionHost
    let logger: Logger
    private let group: any EventLoopGroup
    private let counters = Mutex(Counters())
    private let listener: NIOAsyncChannel<AcceptedConnection, Never>

    /// A new connection and the record of when its bytes last arrived.
    struct AcceptedConnection: Sendable {
        let connection: Connection
        let activity: ConnectionActivity
    }

    struct Counters {
        var open = 0
        var unauthenticated = 0
        var nextConnectionID = 1
    }

    /// Binds the listening socket. Serve with ``run()``.
    public init(
        configuration: CoordinatorConfiguration, host: any SessionHost, logger: Logger,
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async throws {
        self.configuration = configuration
        self.host = host
        self.logger = logger
        self.group = group
        let maximum = configuration.maximumFrameLength
        let tls = configuration.tls
        do {
            listener = try await ServerBootstrap(group: group)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .serverChannelOption(.backlog, value: 256)
                .childChannelOption(.socketOption(.so_keepalive), value: 1)
                .bind(host: configuration.host, port: configuration.port) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        let activity = ConnectionActivity()
                        try channel.pipeline.syncOperations.addHandler(ConnectionActivityHandler(activity))
                        if let tls { try channel.pipeline.syncOperations.addHandler(tls.makeHandler()) }
                        try channel.pipeline.syncOperations.addMessageFraming(maximumFrameLength: maximum)
                        return AcceptedConnection(connection: try Connection(wrappingChannelSynchronously: channel), activity: activity)
                    }
                }
        } catch {
            throw CoordinatorError.cannotListen(host: configuration.host, port: configuration.port, reason: String(describing: error))
        }
    }

    /// The port the server listens on (useful when configured with port 0).
    public var boundPort: Int { listener.channel.localAddress?.port ?? configuration.port }

    /// Accepts connections until the task is cancelled.
    public func run() async throws {
        try await listener.executeThenClose { inbound in
            try await withThrowingDiscardingTaskGroup { group in
                for try await accepted in inbound {
                    group.addTask { await self.serve(accepted.connection, activity: accepted.activity) }
                }
            }
        }
    }

    /// Closes the listening socket; connections end when their tasks are cancelled.
    public func close() async {
        try? await listener.channel.close()
    }

    private func admit() -> Int? {
        counters.withLock { counters in
            guard counters.open < configuration.maximumConnections,
                  counters.unauthenticated < configuration.maximumUnauthenticated
            else { return nil }
            counters.open += 1
            counters.unauthenticated += 1
            defer { counters.nextConnectionID += 1 }
            return counters.nextConnectionID
        }
    }

    private func serve(_ connection: Connection, activity: ConnectionActivity) async {
        let peer = connection.channel.remoteAddress.map { "\($0)" } ?? "unknown peer"
        guard let connectionID = admit() else {
            logger.warning("refusing connection: too many open", metadata: ["peer": "\(peer)"])
            try? await connection.executeThenClose { _, outbound in
                try await outbound.write(.reject(Reject(reason: .tooManyConnections, message: "the coordinator has too many connections; retry later")))
            }
            return
        }
        var authenticated = false
        defer {
            counters.withLock { counters in
                counters.open -= 1
                if !authenticated { counters.unauthenticated -= 1 }
            }
        }
        do {
            try await connection.executeThenClose { inbound, outbound in
                do {
                    var iterator = inbound.makeAsyncIterator()
                    guard let hello = try await handshake(connection, &iterator, outbound, peer: peer) else { return }
                    authenticated = true
                    counters.withLock { $0.unauthenticated -= 1 }
                    try await session(hello, connectionID: connectionID, activity: activity, &iterator, outbound)
                } catch let error as WireError {
                    logger.notice("closing connection after bad input", metadata: ["peer": "\(peer)", "error": "\(error)"])
                    // Best effort: the peer may already be gone.
                    try? await outbound.write(.error(ErrorMessage(code: error.code, message: error.description, fatal: true)))
                }
            }
        } catch {
            logger.debug("connection ended", metadata: ["peer": "\(peer)", "error": "\(error)"])
        }
    }
}
