import GovSweepProtocol
import Logging
import NIOCore

extension CoordinatorServer {
    /// Runs the handshake; returns the worker's hello once it is authenticated, nil when it was refused.
    ///
    /// `admitted` moves the connection out of the handshake pool; it is false when the connection
    /// was evicted meanwhile. Only then is the frame limit raised to the full size and the welcome sent.
    func handshake(
        _ connection: Connection, _ inbound: inout NIOAsyncChannelInboundStream<Message>.AsyncIterator,
        _ outbound: NIOAsyncChannelOutboundWriter<Message>, peer: String, frameLimit: FrameLengthLimit,
        admitted: () -> Bool
    ) async throws -> Hello? {
        var machine = CoordinatorHandshake(token: configuration.token, welcome: host.welcome)
        let channel = connection.channel
        let seconds = configuration.handshakeTimeoutSeconds
        let deadline = channel.eventLoop.scheduleTask(in: .milliseconds(Int64(seconds * 1000))) {
            let reject = Message.reject(Reject(reason: .timeout, message: "no authentication within \(seconds) s"))
            channel.writeAndFlush(reject).whenComplete { _ in channel.close(promise: nil) }
        }
        defer { deadline.cancel() }
        while true {
            let message: Message
            do {
                guard let next = try await inbound.next() else { return nil }
                message = next
            } catch WireError.versionMismatch(let theirs, _) {
                if case .sendAndClose(let reply) = machine.versionMismatch(peer: theirs) { try await outbound.write(reply) }
                return nil
            }
            switch machine.received(message) {
            case .send(let reply):
                try await outbound.write(reply)
            case .sendAndClose(let reply):
                logger.notice("refused a peer", metadata: ["peer": "\(peer)", "reply": "\(Self.summary(of: reply))"])
                try await outbound.write(reply)
                return nil
            case .established(let hello, let welcome):
                deadline.cancel()
                guard admitted() else { return nil }
                frameLimit.authenticate()
                try await outbound.write(welcome)
                logger.info("worker joined", metadata: [
                    "worker": "\(PeerText.quoted(hello.workerID))", "host": "\(PeerText.quoted(hello.host))", "capacity": "\(hello.capacity)",
                ])
                return hello
            case .none:
                return nil
            }
        }
    }

    /// A reply in one log-safe phrase: its kind and, for a reject, its reason.
    static func summary(of reply: Message) -> String {
        if case .reject(let reject) = reply { return "reject \(reject.reason.rawValue)" }
        return reply.kind.rawValue
    }

    /// Relays an authenticated worker's messages to the host, and the host's messages to the worker.
    func session(
        _ hello: Hello, connectionID: Int, activity: ConnectionActivity, _ inbound: inout NIOAsyncChannelInboundStream<Message>.AsyncIterator,
        _ outbound: NIOAsyncChannelOutboundWriter<Message>
    ) async throws {
        let (stream, continuation) = AsyncStream<Message>.makeStream(bufferingPolicy: .unbounded)
        let session = WorkerSession(hello: hello, connectionID: connectionID, outbound: continuation, activity: activity)
        let host = self.host
        await host.attach(session)
        defer { continuation.finish() }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                for await message in stream { try await outbound.write(message) }
            }
            do {
                while let message = try await inbound.next() {
                    if case .shutdown = message { break }
                    await host.received(message, from: session)
                }
            } catch {
                await host.detach(session)
                group.cancelAll()
                throw error
            }
            await host.detach(session)
            continuation.finish()
            try await group.next()
            group.cancelAll()
        }
    }
}
