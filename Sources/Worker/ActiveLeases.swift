import Synchronization

/// The leases a worker currently works on: named in heartbeats, released on shutdown, stopped
/// when the coordinator revokes them.
///
/// A lock box rather than an actor: heartbeats read it from the connection's event loop, which
/// must never wait behind the crawl's work on the cooperative pool (a busy worker would miss its
/// heartbeats and lose its leases).
final class ActiveLeases: Sendable {
    private struct State {
        var leases: Set<String> = []
        var revoked: Set<String> = []
        var watchers: [String: CheckedContinuation<Void, Never>] = [:]
    }

    private let state = Mutex(State())

    func started(_ leaseID: String) {
        state.withLock { _ = $0.leases.insert(leaseID) }
    }

    func ended(_ leaseID: String) {
        let watcher = state.withLock { state -> CheckedContinuation<Void, Never>? in
            state.leases.remove(leaseID)
            return state.watchers.removeValue(forKey: leaseID)
        }
        watcher?.resume()
    }

    /// The coordinator says these leases are no longer this worker's: forget them and wake their watchers.
    func revoke(_ leaseIDs: [String]) {
        let watchers = state.withLock { state in
            var woken: [CheckedContinuation<Void, Never>] = []
            for id in leaseIDs where state.leases.remove(id) != nil {
                state.revoked.insert(id)
                if let watcher = state.watchers.removeValue(forKey: id) { woken.append(watcher) }
            }
            return woken
        }
        for watcher in watchers { watcher.resume() }
    }

    func wasRevoked(_ leaseID: String) -> Bool { state.withLock { $0.revoked.contains(leaseID) } }

    /// Returns when the lease is revoked or ends, or when the calling task is cancelled.
    func watch(_ leaseID: String) async {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let resumeNow = state.withLock { state -> Bool in
                    if !state.leases.contains(leaseID) || Task.isCancelled { return true }
                    state.watchers[leaseID] = continuation
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            let watcher = state.withLock { $0.watchers.removeValue(forKey: leaseID) }
            watcher?.resume()
        }
    }

    var ids: [String] { state.withLock { $0.leases.sorted() } }
}
