import GovSweepProtocol
import Synchronization

/// Stores finished slots as they come, in as few transactions as the load allows: whatever
/// finished while the previous transaction was being written goes into the next one (group
/// commit). Under a light load every slot is written on its own within moments of finishing.
final class ProbeWriter: Sendable {
    struct Pending: Sendable {
        var record: ProbeRecord
        var items: [DatedItem]
    }

    private struct State {
        var pending: [Pending] = []
        var waiter: CheckedContinuation<Void, Never>?
        var closed = false
        var failure: MonitorStoreError?
    }

    private let store: MonitorStore
    private let state = Mutex(State())

    init(store: MonitorStore) {
        self.store = store
    }

    /// The error that stopped the writer, if any: the monitor should stop too.
    var failure: MonitorStoreError? { state.withLock { $0.failure } }

    /// Queues a slot for storing.
    func submit(_ record: ProbeRecord, items: [DatedItem] = []) {
        let waiter = state.withLock { state -> CheckedContinuation<Void, Never>? in
            state.pending.append(Pending(record: record, items: items))
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume()
    }

    /// No more slots will come; `run` returns once the queue is written.
    func close() {
        let waiter = state.withLock { state -> CheckedContinuation<Void, Never>? in
            state.closed = true
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume()
    }

    /// Writes batches until closed and drained. Not ended by cancellation: what was queued is written.
    func run() async {
        while true {
            let (batch, closed) = state.withLock { state in
                defer { state.pending.removeAll(keepingCapacity: true) }
                return (state.pending, state.closed)
            }
            if !batch.isEmpty {
                do {
                    try store.record(batch.map { ($0.record, $0.items) })
                } catch {
                    state.withLock { if $0.failure == nil { $0.failure = error } }
                }
                continue
            }
            if closed { return }
            await withCheckedContinuation { continuation in
                let resumeNow = state.withLock { state -> Bool in
                    if !state.pending.isEmpty || state.closed { return true }
                    state.waiter = continuation
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        }
    }
}
