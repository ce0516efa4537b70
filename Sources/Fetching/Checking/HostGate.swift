/// The shell around ``HostHealth`` that link probes of one checker share: it reads the clock and
/// lets waiting checks sleep until their host is scouted or judged.
actor HostGate {
    /// What a probe may do before it sends a request.
    enum Pass: Sendable, Equatable {
        case probe
        case judged(FetchError)
        /// The waiting check was cancelled.
        case cancelled
    }

    private var health: HostHealth
    private let clock = ContinuousClock()
    private let origin: ContinuousClock.Instant
    /// How often a check waiting for a scout asks again.
    private let pollInterval: Duration

    init(rules: HostHealth.Rules, pollInterval: Duration = .milliseconds(50)) {
        health = HostHealth(rules: rules)
        origin = clock.now
        self.pollInterval = pollInterval
    }

    private var now: Duration { clock.now - origin }

    /// Waits until a check of `host` may send its request, or learns the host's verdict.
    func admit(_ host: String) async -> Pass {
        while !Task.isCancelled {
            switch health.admit(host, now: now) {
            case .probe: return .probe
            case .judged(let error): return .judged(error)
            case .wait(let until):
                let pause = until.map { min(max($0 - now, .milliseconds(1)), pollInterval) } ?? pollInterval
                try? await Task.sleep(for: pause)
            }
        }
        return .cancelled
    }

    /// Records how a request to `host` ended (nil: an HTTP answer); `pause` spaces the host's next try.
    func record(_ host: String, _ error: FetchError?, pause: Duration) {
        health.record(host, error, now: now, pause: pause)
    }
}
