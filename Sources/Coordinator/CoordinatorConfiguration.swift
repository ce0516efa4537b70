import ChannelSecurity
import GovSweepProtocol

/// How the coordinator listens and how long it waits for workers.
public struct CoordinatorConfiguration: Sendable {
    public var host: String
    /// 0 picks a free port (see ``CoordinatorServer/boundPort``).
    public var port: Int
    public var token: SharedToken
    public var maximumFrameLength: Int
    /// A peer that has not authenticated within this many seconds is disconnected.
    public var handshakeTimeoutSeconds: Double
    public var heartbeatSeconds: Double
    /// A lease not renewed for this long goes back to pending.
    public var leaseSeconds: Double
    /// Connections beyond this are refused at once.
    public var maximumConnections: Int
    /// Connections still in the handshake beyond this are refused at once.
    public var maximumUnauthenticated: Int
    /// TLS on the worker channel (nil: plain TCP, for one machine and loopback).
    public var tls: CoordinatorTLS?

    public init(
        host: String = "127.0.0.1", port: Int = 7400, token: SharedToken,
        maximumFrameLength: Int = FrameDecoder.defaultMaximumFrameLength, handshakeTimeoutSeconds: Double = 5,
        heartbeatSeconds: Double = 5, leaseSeconds: Double = 30, maximumConnections: Int = 512,
        maximumUnauthenticated: Int = 64, tls: CoordinatorTLS? = nil
    ) {
        self.host = host
        self.port = port
        self.token = token
        self.maximumFrameLength = maximumFrameLength
        self.handshakeTimeoutSeconds = handshakeTimeoutSeconds
        self.heartbeatSeconds = heartbeatSeconds
        self.leaseSeconds = leaseSeconds
        self.maximumConnections = maximumConnections
        self.maximumUnauthenticated = maximumUnauthenticated
        self.tls = tls
    }
}
