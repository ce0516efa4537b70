import ChannelSecurity
import GovSweepProtocol

/// How the coordinator listens and how long it waits for workers.
public struct CoordinatorConfiguration: Sendable {
    /// The admission limits of the handshake pool (see ``ConnectionAdmission``).
    public var admissionLimits: ConnectionAdmission.Limits {
        ConnectionAdmission.Limits(
            maximumConnections: maximumConnections, maximumUnauthenticated: maximumUnauthenticated,
            perAddress: maximumUnauthenticatedPerAddress, reservedForKnownPeers: reservedForKnownPeers)
    }


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
    /// Connections still in the handshake from one peer address beyond this are refused at once.
    public var maximumUnauthenticatedPerAddress: Int
    /// Places among ``maximumUnauthenticated`` kept for addresses that authenticated before.
    public var reservedForKnownPeers: Int
    /// The largest frame accepted before the peer has authenticated (a `hello` or `authenticate`).
    public var maximumFrameLengthBeforeAuthentication: Int
    /// TLS on the worker channel (nil: plain TCP, for one machine and loopback).
    public var tls: CoordinatorTLS?
    /// How long the first batch of a group waits for more before the group is written in one
    /// transaction and acknowledged (0: only the batches already waiting are grouped).
    public var batchGroupSeconds: Double

    public init(
        host: String = "127.0.0.1", port: Int = 7400, token: SharedToken,
        maximumFrameLength: Int = FrameDecoder.defaultMaximumFrameLength, handshakeTimeoutSeconds: Double = 5,
        heartbeatSeconds: Double = 5, leaseSeconds: Double = 30, maximumConnections: Int = 512,
        maximumUnauthenticated: Int = 64, maximumUnauthenticatedPerAddress: Int = 8, reservedForKnownPeers: Int = 16,
        maximumFrameLengthBeforeAuthentication: Int = FrameLengthLimit.defaultBeforeAuthentication, tls: CoordinatorTLS? = nil,
        batchGroupSeconds: Double = CoordinatorConfiguration.defaultBatchGroupSeconds
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
        self.maximumUnauthenticatedPerAddress = maximumUnauthenticatedPerAddress
        self.reservedForKnownPeers = reservedForKnownPeers
        self.maximumFrameLengthBeforeAuthentication = maximumFrameLengthBeforeAuthentication
        self.tls = tls
        self.batchGroupSeconds = batchGroupSeconds
    }

    /// See ``batchGroupSeconds``.
    public static let defaultBatchGroupSeconds = 0.25
}
