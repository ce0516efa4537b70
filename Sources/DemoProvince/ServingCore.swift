import Foundation
import Synchronization

/// The server's shared state: the relocated province, the fault table, per-host counters and
/// flaky-page counters. Decides what to do with each request; the channel handler only does I/O.
final class ServingCore: Sendable {
    /// What the handler must do with one request.
    enum Action {
        case respond(PageResponse, delayMilliseconds: Int)
        case hang
        case reset
    }

    private struct Counters {
        var open = 0
        var peak = 0
        var requests = 0
        var inFlight = 0
        var peakInFlight = 0
    }

    private let province: Mutex<Province?> = Mutex(nil)
    private let hostFaults: [Int: Fault]
    private let pathFaults: [Int: [String: Fault]]
    private let latency: ClosedRange<Int>?
    private let counters: Mutex<[Counters]>
    private let flakyCounts: Mutex<[String: Int]> = Mutex([:])

    init(hostCount: Int, faults: [FaultRule], latency: ClosedRange<Duration>?) {
        var hostFaults: [Int: Fault] = [:]
        var pathFaults: [Int: [String: Fault]] = [:]
        for rule in faults {
            if let path = rule.path { pathFaults[rule.host, default: [:]][path] = rule.fault } else { hostFaults[rule.host] = rule.fault }
        }
        self.hostFaults = hostFaults
        self.pathFaults = pathFaults
        self.latency = latency.map { Self.milliseconds($0.lowerBound)...max(Self.milliseconds($0.lowerBound), Self.milliseconds($0.upperBound)) }
        self.counters = Mutex(Array(repeating: Counters(), count: hostCount))
    }

    func install(_ relocated: Province) { province.withLock { $0 = relocated } }

    /// The host-wide fault of `host`, if any.
    func hostFault(_ host: Int) -> Fault? { hostFaults[host] }

    func connectionOpened(host: Int) {
        counters.withLock { all in
            all[host].open += 1
            all[host].peak = max(all[host].peak, all[host].open)
        }
    }

    func connectionClosed(host: Int) {
        counters.withLock { $0[host].open -= 1 }
    }

    /// A request counted by ``action(host:uri:rangeHeader:)`` has been answered or abandoned.
    func requestFinished(host: Int) {
        counters.withLock { $0[host].inFlight -= 1 }
    }

    /// Decides the answer to a request for `uri` on `host`, counting the request.
    func action(host: Int, uri: String, rangeHeader: String?) -> Action {
        counters.withLock { all in
            all[host].requests += 1
            all[host].inFlight += 1
            all[host].peakInFlight = max(all[host].peakInFlight, all[host].inFlight)
        }
        let pathAndQuery = Self.pathAndQuery(uri)
        var delay = latency.map { Int.random(in: $0) } ?? 0
        let fault = pathFaults[host]?[pathAndQuery] ?? hostFaults[host]
        switch fault {
        case .hang: return .hang
        case .reset, .refuse: return .reset
        case .forbidden: return .respond(.html("<html><body><h1>403 Forbidden</h1></body></html>", status: 403), delayMilliseconds: delay)
        case .flaky(let failures):
            let seen = flakyCounts.withLock { counts in
                let key = "\(host) \(pathAndQuery)"
                defer { counts[key, default: 0] += 1 }
                return counts[key, default: 0]
            }
            if seen < failures {
                return .respond(.html("<html><body><h1>503 Service Unavailable</h1></body></html>", status: 503), delayMilliseconds: delay)
            }
        case .slow(let extra): delay += extra
        case nil: break
        }
        guard let province = province.withLock({ $0 }) else {
            return .respond(.text("starting", status: 503), delayMilliseconds: 0)
        }
        let response = province.response(host: host, pathAndQuery: pathAndQuery)
        return .respond(ByteRange.apply(rangeHeader, to: response), delayMilliseconds: delay)
    }

    func stats(addresses: [String], labels: [String]) -> [HostStats] {
        counters.withLock { all in
            all.indices.map { HostStats(
                    address: addresses[$0], label: labels[$0], peakConnections: all[$0].peak,
                    peakInFlight: all[$0].peakInFlight, requests: all[$0].requests) }
        }
    }

    /// The path and query of a request target, also when it comes in absolute form.
    static func pathAndQuery(_ uri: String) -> String {
        var target = Substring(uri)
        if let scheme = target.range(of: "://") {
            let rest = target[scheme.upperBound...]
            target = rest.firstIndex(of: "/").map { rest[$0...] } ?? "/"
        }
        if let hash = target.firstIndex(of: "#") { target = target[..<hash] }
        return target.isEmpty ? "/" : String(target)
    }

    static func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }
}
