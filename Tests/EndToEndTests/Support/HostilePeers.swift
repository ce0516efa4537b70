#if canImport(Glibc)
import Glibc
#endif
import Foundation
import GovSweepProtocol
import Synchronization

/// Peers that attack the coordinator for as long as a test needs, each on a thread of its own:
/// they keep `count` connections open from several loopback addresses, open a new one whenever
/// the coordinator closes one (once a second), and send on each new connection what `payload`
/// gives (nothing for an idle flood).
final class HostilePeers: Sendable {
    struct Tally: Sendable {
        /// Connections opened, and of those the coordinator closed while the attack ran.
        var opened = 0
        var closedByCoordinator = 0
        /// Connections that failed to open while something listened (a full backlog, a reset).
        var failedToOpen = 0
        /// Connections refused because nothing listened: the attack re-opens until `finish()`,
        /// so once the coordinator has exited each slot counts one here.
        var refused = 0
        /// Error codes and reject reasons the coordinator sent.
        var replies: [String: Int] = [:]
        /// Connections still open after the attack stopped re-opening and waited out the deadline.
        var stillOpen = 0
    }

    private let stopping = Atomic<Bool>(false)
    private let tally = Mutex(Tally())
    private let done = Mutex<CheckedContinuation<Void, Never>?>(nil)
    private let finished = Atomic<Bool>(false)

    /// Starts `count` connections to 127.0.0.1:`port` from `sources` in turn.
    init(count: Int, port: Int, sources: [String], payload: @escaping @Sendable () -> [UInt8] = { [] }) {
        Thread.detachNewThread { [self] in
            var peers: [RawPeer?] = Array(repeating: nil, count: count)
            while !stopping.load(ordering: .relaxed) {
                for index in peers.indices {
                    if let peer = peers[index] {
                        guard peer.hasClosed() else { continue }
                        record(peer, closed: true)
                    }
                    peers[index] = open(port: port, source: sources[index % sources.count], payload: payload)
                    if stopping.load(ordering: .relaxed) { break }
                }
                usleep(1_000_000)
            }
            // Stop re-opening; give the coordinator the handshake deadline and a margin to close the rest.
            let deadline = ContinuousClock.now + .seconds(12)
            while ContinuousClock.now < deadline, peers.contains(where: { $0.map { !$0.hasClosed() } ?? false }) { usleep(200_000) }
            let open = peers.compactMap { $0 }.filter { !$0.hasClosed() }.count
            for peer in peers.compactMap({ $0 }) { record(peer, closed: false) }
            tally.withLock { $0.stillOpen = open }
            finished.store(true, ordering: .releasing)
            done.withLock { $0?.resume(); $0 = nil }
        }
    }

    private func open(port: Int, source: String, payload: () -> [UInt8]) -> RawPeer? {
        let peer: RawPeer
        do {
            peer = try RawPeer(port: port, source: source)
        } catch .refused {
            tally.withLock { $0.refused += 1 }
            return nil
        } catch {
            tally.withLock { $0.failedToOpen += 1 }
            return nil
        }
        tally.withLock { $0.opened += 1 }
        let bytes = payload()
        if !bytes.isEmpty {
            peer.limitSendTime(seconds: 2)
            peer.send(bytes)
        }
        return peer
    }

    private func record(_ peer: RawPeer, closed: Bool) {
        let replies = peer.receivedMessages().compactMap { message -> String? in
            switch message {
            case .error(let error): error.code
            case .reject(let reject): reject.reason.rawValue
            default: nil
            }
        }
        tally.withLock { tally in
            if closed { tally.closedByCoordinator += 1 }
            for reply in replies { tally.replies[reply, default: 0] += 1 }
        }
    }

    /// Stops the attack and returns what happened once the last connections were closed (or not).
    func finish() async -> Tally {
        stopping.store(true, ordering: .relaxed)
        await withCheckedContinuation { continuation in
            let already = done.withLock { waiting -> Bool in
                if finished.load(ordering: .acquiring) { return true }
                waiting = continuation
                return false
            }
            if already { continuation.resume() }
        }
        return tally.withLock { $0 }
    }
}

/// Resident memory of a process from /proc, sampled on a thread until stopped.
final class MemoryWatch: Sendable {
    private let stopping = Atomic<Bool>(false)
    private let peak = Atomic<Int>(0)
    private let samples = Atomic<Int>(0)

    /// Samples `/proc/PID/status` every 100 ms.
    init(pid: Int32) {
        Thread.detachNewThread { [self] in
            while !stopping.load(ordering: .relaxed) {
                if let kib = Self.residentKiB(pid: pid) {
                    _ = peak.max(kib, ordering: .relaxed)
                    samples.add(1, ordering: .relaxed)
                }
                usleep(100_000)
            }
        }
    }

    /// The process's VmRSS in KiB, nil once it has gone.
    static func residentKiB(pid: Int32) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") })
        else { return nil }
        let fields = line.split { $0 == " " || $0 == "\t" }
        return fields.count > 1 ? Int(fields[1]) : nil
    }

    /// Stops sampling; the highest VmRSS seen in MB and how many samples were taken.
    func stop() -> (peakMB: Double, samples: Int) {
        stopping.store(true, ordering: .relaxed)
        return (Double(peak.load(ordering: .relaxed)) / 1024, samples.load(ordering: .relaxed))
    }
}
