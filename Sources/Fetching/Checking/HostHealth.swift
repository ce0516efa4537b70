/// What link checks have learned about each host they probe, so that a host that cannot be
/// reached is judged once, as a host, instead of once per link. A pure state machine: the caller
/// passes the time (a `Duration` since any fixed origin) and never waits on it here.
///
/// A host nothing is known about yet is probed by one check at a time (the scout); the others
/// wait. The first answer of any kind (a 404 too) shows the host alive, and every waiting check
/// goes ahead on its own, with its own retries. A host that does not resolve, is refused by the
/// address guard or fails its TLS handshake is judged down at once; one that refuses connections,
/// times out or resets them gets ``Rules/hostTries`` tries for the host as a whole, spaced by the
/// pause the caller names, and is then judged down with the last failure. Every check of a host
/// judged down gets that failure as its verdict, for ``Rules/verdictLifetime``; then the host is
/// scouted again.
///
/// A host that was alive and later fails is left to each link's own retries: a few slow pages of
/// a working site must not turn every other link into it into a broken one.
public struct HostHealth: Sendable {
    /// Limits of the host-level judgement.
    public struct Rules: Sendable, Hashable {
        /// Failed tries of a host not yet seen alive before it is judged down.
        public var hostTries: Int = 2
        /// How long a host judged down stays judged.
        public var verdictLifetime: Duration = .seconds(600)
        /// A scout that has not reported after this long no longer holds the others back.
        public var scoutLimit: Duration = .seconds(120)

        /// Two tries per host, verdicts kept ten minutes.
        public init() {}

        /// Rules with the given number of host tries.
        public init(hostTries: Int) {
            self.hostTries = max(1, hostTries)
        }

        /// The rules for a checker that retries each link `retries` times: one try more than
        /// that per host, at most two (a host that times out costs at most two request timeouts).
        public init(retries: Int) {
            self.hostTries = min(2, max(0, retries) + 1)
        }
    }

    /// What a check of a host may do now.
    public enum Admission: Sendable, Hashable {
        /// Send the request (as the host's scout, or because the host is alive).
        case probe
        /// Another check is scouting the host: ask again when the scout reports, and at `until`
        /// at the latest (the scout limit, for a scout that never reports).
        case waitForScout(until: Duration)
        /// The host's next try is not due: ask again at `until`.
        case wait(until: Duration)
        /// The host is judged down: this is every link's verdict.
        case judged(FetchError)
    }

    private enum State: Sendable {
        /// Not yet seen alive; `failures` tries failed so far.
        case unknown(scoutSince: Duration?, failures: Int, notBefore: Duration)
        case alive
        case down(FetchError, since: Duration)
    }

    /// The rules this memo applies.
    public let rules: Rules
    private var hosts: [String: State] = [:]

    /// An empty memo.
    public init(rules: Rules = Rules()) {
        self.rules = rules
    }

    /// Whether a check of `host` may send its request at `now`; a `.probe` for a host not seen
    /// alive makes the caller its scout, who must then ``record(_:_:now:pause:)`` or ``withdraw(_:)``.
    public mutating func admit(_ host: String, now: Duration) -> Admission {
        switch hosts[host] ?? .unknown(scoutSince: nil, failures: 0, notBefore: .zero) {
        case .alive:
            return .probe
        case .down(let error, let since):
            if now - since < rules.verdictLifetime { return .judged(error) }
            hosts[host] = .unknown(scoutSince: now, failures: 0, notBefore: .zero)
            return .probe
        case .unknown(let scoutSince, let failures, let notBefore):
            if let scoutSince, now - scoutSince < rules.scoutLimit {
                return .waitForScout(until: scoutSince + rules.scoutLimit)
            }
            guard now >= notBefore else { return .wait(until: notBefore) }
            hosts[host] = .unknown(scoutSince: now, failures: failures, notBefore: notBefore)
            return .probe
        }
    }

    /// Records how a request to `host` ended: `error` nil for any HTTP answer. `pause` is the time
    /// before the host's next try after a failure that leaves it undecided.
    public mutating func record(_ host: String, _ error: FetchError?, now: Duration, pause: Duration = .zero) {
        guard let error, let counts = Self.countsAgainstHost(error) else {
            if error != .cancelled { hosts[host] = .alive } else { withdraw(host) }
            return
        }
        switch hosts[host] ?? .unknown(scoutSince: nil, failures: 0, notBefore: .zero) {
        case .alive, .down:
            return
        case .unknown(_, let failures, _):
            let tries = failures + 1
            if counts == .atOnce || tries >= rules.hostTries {
                hosts[host] = .down(error, since: now)
            } else {
                hosts[host] = .unknown(scoutSince: nil, failures: tries, notBefore: now + pause)
            }
        }
    }

    /// The scout gave up without an answer (it was cancelled): another check may scout.
    public mutating func withdraw(_ host: String) {
        guard case .unknown(_, let failures, let notBefore)? = hosts[host] else { return }
        hosts[host] = .unknown(scoutSince: nil, failures: failures, notBefore: notBefore)
    }

    /// True when `host` is judged down at `now`.
    public func isDown(_ host: String, now: Duration) -> Bool {
        guard case .down(_, let since)? = hosts[host] else { return false }
        return now - since < rules.verdictLifetime
    }

    private enum Weight { case atOnce, oneTry }

    /// How a failure counts against its host: nil for failures that show the host answered
    /// (too many redirects, too large, a malformed answer) or say nothing about it (a bad URL).
    private static func countsAgainstHost(_ error: FetchError) -> Weight? {
        switch error {
        case .dns, .tls, .refusedAddress: .atOnce
        case .connect, .timeout, .reset, .other: .oneTry
        case .tooManyRedirects, .tooLarge, .badResponse, .invalidURL, .cancelled: nil
        }
    }
}
