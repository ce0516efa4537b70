import CCurl
@testable import Fetching
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

@Suite("SocketWatch reports what libcurl asked to watch")
struct SocketWatchTests {
    /// A connected pair of local stream sockets, closed by the caller.
    private func socketPair() -> (Int32, Int32) {
        var fds: [Int32] = [0, 0]
        let made = socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &fds)
        #expect(made == 0)
        return (fds[0], fds[1])
    }

    @Test func aReadableSocketIsReportedAsReadableUntilLibcurlForgetsIt() {
        let wakeup = govsweep_wakeup_create()
        defer { close(wakeup) }
        guard let watch = SocketWatch(wakeup: wakeup) else {
            Issue.record("no epoll set")
            return
        }
        let (mine, theirs) = socketPair()
        defer {
            close(mine)
            close(theirs)
        }
        watch.update(mine, what: CURL_POLL_IN)
        var seen: [(Int32, Int32)] = []
        #expect(watch.wait(milliseconds: 0) { seen.append(($0, $1)) } == 0)
        var byte: UInt8 = 7
        #expect(write(theirs, &byte, 1) == 1)
        #expect(watch.wait(milliseconds: 1000) { seen.append(($0, $1)) } == 1)
        #expect(seen.count == 1 && seen[0].0 == mine && seen[0].1 == CURL_CSELECT_IN)
        // Asked for writing only: the waiting byte no longer counts, the free buffer does.
        watch.update(mine, what: CURL_POLL_OUT)
        seen = []
        watch.wait(milliseconds: 1000) { seen.append(($0, $1)) }
        #expect(seen.count == 1 && seen[0].1 == CURL_CSELECT_OUT)
        watch.update(mine, what: CURL_POLL_REMOVE)
        #expect(watch.count == 0)
        #expect(watch.wait(milliseconds: 0) { _, _ in Issue.record("a forgotten socket was reported") } == 0)
    }

    @Test func aWakeUpEndsTheWaitWithoutReportingASocket() {
        let wakeup = govsweep_wakeup_create()
        defer { close(wakeup) }
        guard let watch = SocketWatch(wakeup: wakeup) else {
            Issue.record("no epoll set")
            return
        }
        govsweep_wakeup_signal(wakeup)
        #expect(watch.wait(milliseconds: 5000) { _, _ in Issue.record("the wake-up was reported as a socket") } == 0)
        // The wait took the signal: nothing is left to read, so the next wait does not wake for it.
        var count: UInt64 = 0
        #expect(read(wakeup, &count, 8) == -1)
    }
}
