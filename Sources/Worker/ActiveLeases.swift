/// The leases a worker currently works on: named in heartbeats, released on shutdown, stopped
/// when the coordinator revokes them.
actor ActiveLeases {
    private var leases: [String: String] = [:]  // lease id → what it is for (a site id, or link checks)
    private var revoked: Set<String> = []
    private var watchers: [String: CheckedContinuation<Void, Never>] = [:]

    func started(_ leaseID: String, work: String) { leases[leaseID] = work }

    func ended(_ leaseID: String) {
        leases[leaseID] = nil
        watchers.removeValue(forKey: leaseID)?.resume()
    }

    /// The coordinator says these leases are no longer this worker's: forget them and wake their watchers.
    func revoke(_ leaseIDs: [String]) {
        for id in leaseIDs where leases.removeValue(forKey: id) != nil {
            revoked.insert(id)
            watchers.removeValue(forKey: id)?.resume()
        }
    }

    func wasRevoked(_ leaseID: String) -> Bool { revoked.contains(leaseID) }

    /// Returns when the lease is revoked or ends, or when the calling task is cancelled.
    func watch(_ leaseID: String) async {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                if leases[leaseID] == nil || Task.isCancelled {
                    continuation.resume()
                } else {
                    watchers[leaseID]?.resume()
                    watchers[leaseID] = continuation
                }
            }
        } onCancel: {
            Task { await self.stopWatching(leaseID) }
        }
    }

    private func stopWatching(_ leaseID: String) {
        watchers.removeValue(forKey: leaseID)?.resume()
    }

    var ids: [String] { leases.keys.sorted() }
    var count: Int { leases.count }
}
