import ChannelSecurity
import GovSweepProtocol

/// How a worker reaches its coordinator and how much it takes on.
public struct WorkerConfiguration: Sendable {
    public var coordinatorHost: String
    public var coordinatorPort: Int
    public var token: SharedToken
    /// Sites crawled at once.
    public var capacity: Int
    /// Stable for this process across reconnects.
    public var workerID: String
    /// Reported to the coordinator (the machine's name).
    public var hostName: String
    public var maximumFrameLength: Int
    public var connectTimeoutSeconds: Double
    /// Reconnect delays grow from the first to the last, with jitter.
    public var reconnectDelays: ClosedRange<Double>
    /// Pages per batch before it is sent (a batch also goes out after `batchSeconds`).
    public var batchPages: Int
    public var batchSeconds: Double
    /// TLS to the coordinator (nil: plain TCP, for one machine and loopback).
    public var tls: WorkerTLS?

    public init(
        coordinatorHost: String, coordinatorPort: Int, token: SharedToken, capacity: Int = 8, workerID: String,
        hostName: String, maximumFrameLength: Int = FrameDecoder.defaultMaximumFrameLength,
        connectTimeoutSeconds: Double = 10, reconnectDelays: ClosedRange<Double> = 0.2...15, batchPages: Int = 25,
        batchSeconds: Double = 10, tls: WorkerTLS? = nil
    ) {
        self.coordinatorHost = coordinatorHost
        self.coordinatorPort = coordinatorPort
        self.token = token
        self.capacity = capacity
        self.workerID = workerID
        self.hostName = hostName
        self.maximumFrameLength = maximumFrameLength
        self.connectTimeoutSeconds = connectTimeoutSeconds
        self.reconnectDelays = reconnectDelays
        self.batchPages = batchPages
        self.batchSeconds = batchSeconds
        self.tls = tls
    }
}
