import ChannelSecurity
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
    private let admission: Mutex<Admission>
    private let listener: NIOAsyncChannel<AcceptedConnection, Never>
    /// Accepted connections no task has taken yet; finished and closed when the listener ends.
    private let unserved: UnservedConnections<AcceptedConnection>

    /// Thrown by the child initializer for a connection accepted after the listener closed.
    struct ListenerClosed: Error {}

    /// A new connection, the record of when its bytes last arrived, and its frame limit.
    struct AcceptedConnection: Sendable {
        /// Its id in ``CoordinatorServer/unserved``.
        let ledgerID: Int
        let connection: Connection
        let activity: ConnectionActivity
        let frameLimit: FrameLengthLimit
    }

    /// The admission machine and the channels of the connections it admitted, so that an evicted
    /// connection can be closed.
    struct Admission {
        var machine: ConnectionAdmission
        var channels: [Int: any Channel] = [:]
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
        self.admission = Mutex(Admission(machine: ConnectionAdmission(limits: configuration.admissionLimits)))
        let maximum = configuration.maximumFrameLength
        let beforeAuthentication = configuration.maximumFrameLengthBeforeAuthentication
        let tls = configuration.tls
        let unserved = UnservedConnections<AcceptedConnection>()
        self.unserved = unserved
        do {
            listener = try await ServerBootstrap(group: group)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .serverChannelOption(.backlog, value: 256)
                .childChannelOption(.socketOption(.so_keepalive), value: 1)
                .bind(host: configuration.host, port: configuration.port) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        let accepted = try unserved.record { id in
                            let activity = ConnectionActivity()
                            let limit = FrameLengthLimit(beforeAuthentication: beforeAuthentication, afterAuthentication: maximum)
                            try channel.pipeline.syncOperations.addHandler(ConnectionActivityHandler(activity))
                            if let tls { try channel.pipeline.syncOperations.addHandler(tls.makeHandler()) }
                            try channel.pipeline.syncOperations.addMessageFraming(limit: limit)
                            return AcceptedConnection(
                                ledgerID: id, connection: try Connection(wrappingChannelSynchronously: channel),
                                activity: activity, frameLimit: limit)
                        }
                        guard let accepted else {
                            // NIO leaves a failed child to its initializer: close it here.
                            channel.close(promise: nil)
                            throw ListenerClosed()
                        }
                        return accepted
                    }
                }
        } catch {
            throw CoordinatorError.cannotListen(host: configuration.host, port: configuration.port, reason: String(describing: error))
        }
    }

    /// Connections accepted and not yet taken by a task (zero once ``run()`` has returned).
    var unservedConnections: Int { unserved.unservedCount }

    /// The port the server listens on (useful when configured with port 0).
    public var boundPort: Int { listener.channel.localAddress?.port ?? configuration.port }

    /// Accepts connections until the task is cancelled or the listener is closed; then closes
    /// the connections accepted but never served.
    public func run() async throws {
        do {
            try await listener.executeThenClose { inbound in
                try await withThrowingDiscardingTaskGroup { group in
                    for try await accepted in inbound {
                        group.addTask { await self.serve(accepted) }
                    }
                }
            }
        } catch {
            await closeUnserved()
            throw error
        }
        await closeUnserved()
    }

    /// Finishes and closes every connection accepted but not taken by a task (still in NIO's
    /// buffer, or dropped from it as the listener closed); refuses any accepted later.
    private func closeUnserved() async {
        let leftovers = unserved.closeAndTakeUnserved()
        if !leftovers.isEmpty {
            logger.debug("closing connections accepted as the listener closed", metadata: ["count": "\(leftovers.count)"])
        }
        for accepted in leftovers {
            try? await accepted.connection.executeThenClose { _, _ in }
        }
    }

    /// Closes the listening socket; connections end when their tasks are cancelled.
    public func close() async {
        try? await listener.channel.close()
    }

    /// Runs the admission machine for a new connection; returns its id, or why it was refused.
    private func admit(_ channel: any Channel, address: String) -> Result<Int, ConnectionAdmission.Refusal> {
        let (outcome, evicted) = admission.withLock { state -> (Result<Int, ConnectionAdmission.Refusal>, (any Channel)?) in
            let id = state.nextConnectionID
            state.nextConnectionID += 1
            switch state.machine.arrive(id, from: address) {
            case .admit:
                state.channels[id] = channel
                return (.success(id), nil)
            case .admitEvicting(let evicted):
                state.channels[id] = channel
                return (.success(id), state.channels.removeValue(forKey: evicted))
            case .refuse(let refusal):
                return (.failure(refusal), nil)
            }
        }
        if let evicted {
            logger.debug("closing an unauthenticated connection to make room", metadata: ["peer": "\(Self.address(of: evicted))"])
            evicted.close(promise: nil)
        }
        return outcome
    }

    /// The peer's IP address without its port, the unit admission counts by.
    static func address(of channel: any Channel) -> String {
        guard let remote = channel.remoteAddress else { return "unknown" }
        return remote.ipAddress ?? "\(remote)"
    }

    private func serve(_ accepted: AcceptedConnection) async {
        // Taken by the closing listener already: it finishes the connection.
        guard unserved.claim(accepted.ledgerID) else { return }
        let connection = accepted.connection
        let peer = connection.channel.remoteAddress.map { "\($0)" } ?? "unknown peer"
        let connectionID: Int
        switch admit(connection.channel, address: Self.address(of: connection.channel)) {
        case .success(let id):
            connectionID = id
        case .failure(let refusal):
            let message = switch refusal {
            case .tooManyConnections: "the coordinator has too many connections; retry later"
            case .tooManyFromAddress: "too many unauthenticated connections from your address; retry later"
            case .handshakePoolFull: "too many peers are in the handshake; retry later"
            }
            logger.warning("refusing connection", metadata: ["peer": "\(peer)", "why": "\(message)"])
            try? await connection.executeThenClose { _, outbound in
                try await outbound.write(.reject(Reject(reason: .tooManyConnections, message: message)))
            }
            return
        }
        defer {
            admission.withLock { state in
                state.machine.closed(connectionID)
                state.channels[connectionID] = nil
            }
        }
        do {
            try await connection.executeThenClose { inbound, outbound in
                do {
                    var iterator = inbound.makeAsyncIterator()
                    guard let hello = try await handshake(connection, &iterator, outbound, peer: peer, frameLimit: accepted.frameLimit, admitted: {
                        self.admission.withLock { state in
                            state.channels[connectionID] = nil
                            return state.machine.authenticated(connectionID)
                        }
                    }) else { return }
                    try await session(hello, connectionID: connectionID, activity: accepted.activity, &iterator, outbound)
                } catch let error as WireError {
                    logger.notice("closing connection after bad input", metadata: ["peer": "\(peer)", "error": "\(error)"])
                    // Best effort: the peer may already be gone.
                    try? await outbound.write(.error(ErrorMessage(code: error.code, message: error.description, fatal: true)))
                }
            }
        } catch {
            logger.debug("connection ended", metadata: ["peer": "\(peer)", "error": "\(PeerText.quoted(String(describing: error)))"])
        }
    }
}
