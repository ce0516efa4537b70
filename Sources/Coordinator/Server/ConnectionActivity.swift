import Foundation
import NIOCore
import Synchronization

/// When bytes last arrived on a worker's connection, recorded on its event loop.
///
/// A worker whose bytes keep arriving is alive, even when the coordinator is behind in processing
/// what it sent (its heartbeats wait in that backlog): its leases are renewed from this, so a busy
/// coordinator never takes sites from workers that are working on them.
public final class ConnectionActivity: Sendable {
    private let lastRead = Mutex(Date().timeIntervalSince1970)

    public init() {}

    /// Seconds since 1970 when bytes last arrived.
    public var lastReadTime: Double { lastRead.withLock { $0 } }

    func touch() {
        let now = Date().timeIntervalSince1970
        lastRead.withLock { $0 = now }
    }
}

/// Notes every read in a ``ConnectionActivity`` and passes the bytes on.
final class ConnectionActivityHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    private let activity: ConnectionActivity

    init(_ activity: ConnectionActivity) {
        self.activity = activity
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        activity.touch()
        context.fireChannelRead(data)
    }
}
