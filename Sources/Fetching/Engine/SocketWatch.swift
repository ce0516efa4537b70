import CCurl

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The sockets libcurl asks the engine to watch, in one epoll set with the engine's wake-up
/// descriptor.
///
/// With the multi handle's socket interface libcurl runs only the transfers whose socket is ready
/// or whose timer is due; `curl_multi_perform` ran every transfer in flight on each turn, with a
/// `poll` call of its own per transfer, and `curl_multi_poll` listed every socket to the kernel
/// on each wait. Lives on the engine's loop thread, like the multi handle's callbacks that feed it.
final class SocketWatch {
    private let epoll: Int32
    private let wakeup: Int32
    /// What libcurl asked for each socket it gave (`CURL_POLL_IN`, `_OUT`, `_INOUT`).
    private var interests: [Int32: Int32] = [:]
    private var readyFDs = [Int32](repeating: 0, count: 256)
    private var readyBits = [Int32](repeating: 0, count: 256)

    /// A watch that also wakes on `wakeup` (an eventfd the engine's callers signal); nil when the
    /// system gives no epoll set.
    init?(wakeup: Int32) {
        let epoll = govsweep_epoll_create()
        guard epoll >= 0 else { return nil }
        guard govsweep_epoll_watch(epoll, wakeup, 0, 0) == 0 else {
            close(epoll)
            return nil
        }
        self.epoll = epoll
        self.wakeup = wakeup
    }

    deinit {
        close(epoll)
    }

    /// Sockets watched now.
    var count: Int { interests.count }

    /// libcurl's word on `socket` (its socket callback): watch it for `what`, or forget it.
    func update(_ socket: Int32, what: Int32) {
        if what == CURL_POLL_REMOVE {
            if interests.removeValue(forKey: socket) != nil { govsweep_epoll_forget(epoll, socket) }
            return
        }
        let known = interests.updateValue(what, forKey: socket) != nil
        _ = govsweep_epoll_watch(epoll, socket, what, known ? 1 : 0)
    }

    /// Waits up to `milliseconds` for a watched socket or a wake-up; calls `ready` with each ready
    /// socket and libcurl's `CURL_CSELECT_*` bits for it. Returns how many sockets were ready.
    @discardableResult
    func wait(milliseconds: Int, _ ready: (Int32, Int32) -> Void) -> Int {
        let count = readyFDs.withUnsafeMutableBufferPointer { fds in
            readyBits.withUnsafeMutableBufferPointer { bits in
                govsweep_epoll_wait(epoll, fds.baseAddress, bits.baseAddress, Int32(fds.count), Int32(clamping: milliseconds))
            }
        }
        var sockets = 0
        for index in 0..<Int(count) {
            let fd = readyFDs[index]
            if fd == wakeup {
                govsweep_wakeup_drain(wakeup)
            } else {
                sockets += 1
                ready(fd, readyBits[index])
            }
        }
        return sockets
    }
}
