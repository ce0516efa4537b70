import GovSweepProtocol

/// Batches received from workers and not yet stored, in the order they arrived: the coordinator
/// writes them together in one transaction (group commit) and acknowledges each once it has
/// committed.
struct PendingBatches {
    /// A batch and the connection to acknowledge it on.
    struct Entry {
        let batch: Batch
        let session: WorkerSession
        let receivedAt: Double
    }

    /// A group holds at most this many batches, or this many pages, before it is written at once.
    static let maximumBatches = 64
    static let maximumPages = 512

    private(set) var entries: [Entry] = []
    private var pages = 0
    /// A task that will write the group is on its way.
    var writeScheduled = false

    var isEmpty: Bool { entries.isEmpty }
    var isFull: Bool { entries.count >= Self.maximumBatches || pages >= Self.maximumPages }

    mutating func append(_ batch: Batch, from session: WorkerSession, at now: Double) {
        entries.append(Entry(batch: batch, session: session, receivedAt: now))
        pages += batch.pages.count
    }

    /// Everything pending, oldest first; the queue is empty afterwards.
    mutating func takeAll() -> [Entry] {
        defer {
            entries = []
            pages = 0
        }
        return entries
    }
}
