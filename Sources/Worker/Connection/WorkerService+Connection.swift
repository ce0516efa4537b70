import ChannelSecurity
import GovSweepProtocol
import Logging
import NIOCore
import NIOPosix

extension WorkerService {
    enum ConnectionEnding { case shutdown, closed }

    typealias Connection = NIOAsyncChannel<Message, Message>

    /// One connection: handshake, then relay assignments in and batches out until it ends.
    func connectOnce(
        _ assignments: AsyncStream<LeasedWork>.Continuation, onEstablished: () -> Void
    ) async throws -> ConnectionEnding {
        let maximum = configuration.maximumFrameLength
        let tls = configuration.tls
        let connection = try await ClientBootstrap(group: group)
            .connectTimeout(.milliseconds(Int64(configuration.connectTimeoutSeconds * 1000)))
            .channelOption(.socketOption(.so_keepalive), value: 1)
            .connect(host: configuration.coordinatorHost, port: configuration.coordinatorPort) { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let tls { try channel.pipeline.syncOperations.addHandler(try tls.makeHandler()) }
                    try channel.pipeline.syncOperations.addMessageFraming(maximumFrameLength: maximum)
                    return try Connection(wrappingChannelSynchronously: channel)
                }
            }
        return try await connection.executeThenClose { inbound, outbound in
            var iterator = inbound.makeAsyncIterator()
            let welcome = try await handshake(&iterator, outbound)
            onEstablished()
            let resending = await outbox.pendingCount
            logger.info("connected to the coordinator", metadata: [
                "coordinator": "\(configuration.coordinatorHost):\(configuration.coordinatorPort)",
                "resending": "\(resending)",
            ])
            let (stream, sink) = AsyncStream<Message>.makeStream(bufferingPolicy: .unbounded)
            await outbox.connected(sink)
            defer { sink.finish() }
            return try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    for await message in stream { try await outbound.write(message) }
                }
                // Heartbeats go out from the connection's event loop, never queued behind crawl
                // work on the cooperative pool or behind batches waiting to be written.
                let interval = TimeAmount.milliseconds(Int64(max(0.05, welcome.heartbeatSeconds) * 1000))
                let channel = connection.channel
                let heartbeats = channel.eventLoop.scheduleRepeatedTask(initialDelay: interval, delay: interval) { [leases] _ in
                    channel.writeAndFlush(Message.heartbeat(Heartbeat(leases: leases.ids)), promise: nil)
                }
                defer {
                    heartbeats.cancel()
                    group.cancelAll()
                }
                while let message = try await iterator.next() {
                    switch message {
                    // Recorded as held on arrival, so that a worker stopping before it starts
                    // them still hands them back.
                    case .assign(let assignment):
                        leases.started(assignment.leaseID)
                        assignments.yield(.site(assignment))
                    case .checkLinks(let assignment):
                        leases.started(assignment.leaseID)
                        assignments.yield(.linkChecks(assignment))
                    case .ack(let ack):
                        await outbox.acknowledged(ack.batchID)
                    case .revoke(let revoke):
                        logger.notice("coordinator revokes leases", metadata: ["leases": "\(revoke.leases.joined(separator: ","))", "reason": "\(revoke.reason)"])
                        leases.revoke(revoke.leases)
                    case .drain(let drain):
                        logger.info("coordinator asks to drain", metadata: ["reason": "\(drain.reason)"])
                    case .shutdown(let shutdown):
                        logger.info("coordinator ends the sweep", metadata: ["reason": "\(shutdown.reason)"])
                        return .shutdown
                    case .error(let error):
                        logger.warning("coordinator reported an error", metadata: ["code": "\(error.code)", "message": "\(error.message)"])
                    default:
                        logger.debug("ignoring an unexpected message", metadata: ["type": "\(message.kind.rawValue)"])
                    }
                }
                return .closed
            }
        }
    }

    private func handshake(
        _ inbound: inout NIOAsyncChannelInboundStream<Message>.AsyncIterator, _ outbound: NIOAsyncChannelOutboundWriter<Message>
    ) async throws -> Welcome {
        let hello = Hello(
            workerID: configuration.workerID, host: configuration.hostName, version: ProtocolVersion.software,
            capacity: configuration.capacity, pendingBatches: await outbox.pendingCount)
        var machine = WorkerHandshake(hello: hello, token: configuration.token)
        if case .send(let first) = machine.start() { try await outbound.write(first) }
        while let message = try await inbound.next() {
            switch machine.received(message) {
            case .send(let reply): try await outbound.write(reply)
            case .established(let welcome): return welcome
            case .fail(let error): throw error
            case .none: continue
            }
        }
        throw HandshakeError.closed
    }
}
