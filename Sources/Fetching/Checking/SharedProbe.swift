import GovSweepProtocol
import Synchronization

/// One link probe that several checks of the same target wait on together.
///
/// The probe runs in its own task so that a check joining late shares it. It is cancelled when
/// every check waiting on it was cancelled (a revoked lease, a worker shutting down), so nobody
/// keeps probing, retrying or waiting out a host's back-off for a verdict no one will read; an
/// outcome of a cancelled probe is no verdict and must not be kept.
final class SharedProbe: Sendable {
    private let task: Task<LinkOutcome?, Never>
    private let state = Mutex((waiters: 0, cancelled: false))

    init(_ probe: @escaping @Sendable () async -> LinkOutcome?) {
        task = Task { await probe() }
    }

    /// True once the probe was cancelled because its last waiter left: start a new one instead.
    var isCancelled: Bool { state.withLock { $0.cancelled } }

    /// Waits for the outcome; nil when this probe was cancelled (by this caller or before it joined),
    /// or when it ended without a verdict (its fetch was cut short).
    /// A cancelled caller whose probe others still wait on waits for it too (the probe is bounded by
    /// its retries) and may read the verdict.
    func outcome() async -> LinkOutcome? {
        let joined = state.withLock { state -> Bool in
            guard !state.cancelled else { return false }
            state.waiters += 1
            return true
        }
        guard joined else { return nil }
        let outcome = await withTaskCancellationHandler {
            await task.value
        } onCancel: {
            leave(cancelling: true)
        }
        if !Task.isCancelled { leave(cancelling: false) }
        return isCancelled ? nil : outcome
    }

    private func leave(cancelling: Bool) {
        let cancel = state.withLock { state -> Bool in
            state.waiters -= 1
            guard cancelling, state.waiters == 0, !state.cancelled else { return false }
            state.cancelled = true
            return true
        }
        if cancel { task.cancel() }
    }
}
