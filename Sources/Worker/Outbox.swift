import GovSweepProtocol

/// Messages that must reach the coordinator: kept until acknowledged, resent after a reconnect.
///
/// Batches are acknowledged by their id; a `site_done` by the id `site_done:<lease>`, a
/// `checks_done` by `checks_done:<lease>`, a `release` by `release:<lease>,<lease>...`.
public actor Outbox {
    private var unacknowledged: [(id: String, message: Message)] = []
    private var sink: AsyncStream<Message>.Continuation?
    private var sequence = 0
    private let workerID: String

    public init(workerID: String) {
        self.workerID = workerID
    }

    /// A fresh batch id, unique for this worker process.
    public func nextBatchID() -> String {
        sequence += 1
        return "\(workerID)-\(sequence)"
    }

    public var pendingCount: Int { unacknowledged.count }

    /// Queues a message that needs an acknowledgement and sends it if connected.
    public func send(_ message: Message) {
        guard let id = Outbox.acknowledgementID(of: message) else {
            sink?.yield(message)
            return
        }
        unacknowledged.append((id, message))
        sink?.yield(message)
    }

    /// Sends a message that needs no acknowledgement, when connected.
    public func sendUnreliably(_ message: Message) {
        sink?.yield(message)
    }

    public func acknowledged(_ id: String) {
        unacknowledged.removeAll { $0.id == id }
    }

    /// A connection is up: everything unacknowledged goes out again, in order.
    public func connected(_ sink: AsyncStream<Message>.Continuation) {
        self.sink = sink
        for (_, message) in unacknowledged { sink.yield(message) }
    }

    public func disconnected() {
        sink = nil
    }

    static func acknowledgementID(of message: Message) -> String? {
        switch message {
        case .batch(let batch): batch.batchID
        case .siteDone(let done): "site_done:" + done.leaseID
        case .linkChecksDone(let done): "checks_done:" + done.leaseID
        case .release(let release): release.acknowledgementID
        default: nil
        }
    }
}

