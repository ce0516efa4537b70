/// The shell around ``HostHealth`` that link probes of one checker share: it reads the clock and
/// holds checks back while their host is scouted or its next try is not due.
///
/// A check waiting for a scout is resumed by the scout's report (``record(_:_:pause:)``), not by
/// polling: a host being scouted costs nothing per waiting check until its answer comes. One timer
/// per such host stands in for a scout that never reports (the scout limit).
actor HostGate {
    /// What a probe may do before it sends a request.
    enum Pass: Sendable, Equatable {
        case probe
        case judged(FetchError)
        /// The waiting check was cancelled.
        case cancelled
    }

    /// A check suspended until its host's scout reports.
    private struct Waiter {
        let id: Int
        let continuation: CheckedContinuation<Void, Never>
    }

    private var health: HostHealth
    private let clock = ContinuousClock()
    private let origin: ContinuousClock.Instant
    private var waiters: [String: [Waiter]] = [:]
    /// Per host with waiters: the task that releases them at the scout limit.
    private var limitTimers: [String: Task<Void, Never>] = [:]
    private var nextWaiterID = 0
    /// How many times checks asked ``HostHealth`` for a pass (for tests: a wait asks twice, not once per interval).
    private(set) var admissionsAsked = 0

    init(rules: HostHealth.Rules) {
        health = HostHealth(rules: rules)
        origin = clock.now
    }

    private var now: Duration { clock.now - origin }

    /// Waits until a check of `host` may send its request, or learns the host's verdict.
    func admit(_ host: String) async -> Pass {
        while !Task.isCancelled {
            admissionsAsked += 1
            switch health.admit(host, now: now) {
            case .probe: return .probe
            case .judged(let error): return .judged(error)
            case .wait(let until):
                try? await Task.sleep(for: max(until - now, .milliseconds(1)))
            case .waitForScout(let until):
                await waitForScout(of: host, until: until)
            }
        }
        return .cancelled
    }

    /// Records how a request to `host` ended (nil: an HTTP answer); `pause` spaces the host's next
    /// try. Checks waiting for the host's scout ask again.
    func record(_ host: String, _ error: FetchError?, pause: Duration) {
        health.record(host, error, now: now, pause: pause)
        release(host)
    }

    /// Suspends until `host`'s scout reports, the scout limit `until` passes, or the check is cancelled.
    private func waitForScout(of host: String, until: Duration) async {
        let id = nextWaiterID
        nextWaiterID += 1
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                if Task.isCancelled {
                    continuation.resume()
                    return
                }
                waiters[host, default: []].append(Waiter(id: id, continuation: continuation))
                armLimit(for: host, at: until)
            }
        } onCancel: {
            Task { await self.cancelWaiter(id, of: host) }
        }
    }

    /// Starts the host's scout-limit timer unless one runs.
    private func armLimit(for host: String, at deadline: Duration) {
        guard limitTimers[host] == nil else { return }
        let delay = max(deadline - now, .milliseconds(1))
        limitTimers[host] = Task { [weak self] in
            try? await Task.sleep(for: delay)
            guard !Task.isCancelled else { return }
            await self?.release(host)
        }
    }

    /// Resumes every check waiting on `host`; each asks again.
    private func release(_ host: String) {
        limitTimers.removeValue(forKey: host)?.cancel()
        guard let waiting = waiters.removeValue(forKey: host) else { return }
        for waiter in waiting { waiter.continuation.resume() }
    }

    private func cancelWaiter(_ id: Int, of host: String) {
        guard var waiting = waiters[host], let index = waiting.firstIndex(where: { $0.id == id }) else { return }
        let waiter = waiting.remove(at: index)
        if waiting.isEmpty {
            waiters[host] = nil
            limitTimers.removeValue(forKey: host)?.cancel()
        } else {
            waiters[host] = waiting
        }
        waiter.continuation.resume()
    }
}
