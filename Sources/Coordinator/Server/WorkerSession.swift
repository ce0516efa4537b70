import GovSweepProtocol

/// An authenticated worker connection as the coordinator sees it: who, and how to send to it.
public struct WorkerSession: Sendable {
    public let hello: Hello
    /// Unique per connection; a worker that reconnects gets a new one.
    public let connectionID: Int
    let outbound: AsyncStream<Message>.Continuation
    /// When the worker's bytes last arrived (its liveness, ahead of any processing backlog).
    public let activity: ConnectionActivity

    public init(
        hello: Hello, connectionID: Int, outbound: AsyncStream<Message>.Continuation, activity: ConnectionActivity = ConnectionActivity()
    ) {
        self.hello = hello
        self.connectionID = connectionID
        self.outbound = outbound
        self.activity = activity
    }

    public var workerID: String { hello.workerID }

    /// Queues a message for the connection; dropped when the connection is gone.
    func send(_ message: Message) {
        outbound.yield(message)
    }

    /// Ends the connection after what is queued has been written.
    func close() {
        outbound.finish()
    }
}
