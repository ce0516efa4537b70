import CCurl
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Fetches URLs over HTTP(S) with libcurl, politely, many at a time.
///
/// One libcurl multi handle per engine, driven by one dedicated thread; callers hand requests in
/// through a mutex-protected queue and a wake-up eventfd, and wait on a continuation. No curl
/// handle is shared across threads and none leaves the engine. ``fetch(_:)`` never throws: the
/// result carries any failure.
///
/// Politeness (global and per-host limits, gaps, Retry-After, back-off) is decided by a
/// ``PolitenessScheduler``; redirects are followed by the engine hop by hop (each hop counts
/// against its host's budget) so the chain is recorded and loops are caught.
public final class FetchEngine: Sendable {
    /// The limits and switches this engine runs with.
    public let configuration: FetchConfiguration
    private let shared: EngineShared
    private let thread: Mutex<LoopThread?>

    /// Starts an engine and its loop thread.
    public init(configuration: FetchConfiguration = FetchConfiguration()) {
        CurlRuntime.ensureInitialised()
        self.configuration = configuration
        guard let pointer = curl_multi_init() else {
            fatalError("curl_multi_init failed: libcurl is out of memory")
        }
        govsweep_multi_setopt_long(pointer, CURLMOPT_MAXCONNECTS, max(64, 2 * configuration.globalTransferLimit))
        if CurlRuntime.supportsHTTP2 {
            govsweep_multi_setopt_long(pointer, CURLMOPT_PIPELINING, Int(CURLPIPE_MULTIPLEX))
        }
        let wakeup = govsweep_wakeup_create()
        guard wakeup >= 0 else { fatalError("could not make the fetch engine's eventfd: the process is out of file descriptors") }
        let shared = EngineShared(multi: pointer, wakeup: wakeup)
        self.shared = shared
        self.thread = Mutex(nil)
        let started = LoopThread {
            TransferLoop(shared: shared, configuration: configuration).run()
        }
        guard let started else { fatalError("could not start the fetch engine's thread") }
        thread.withLock { $0 = started }
    }

    deinit {
        shutdown()
    }

    /// Fetches `request`, following redirects; returns when the final answer or a failure is in.
    public func fetch(_ request: FetchRequest) async -> FetchResult {
        let ticket = shared.tickets.wrappingAdd(1, ordering: .relaxed).oldValue
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let job = FetchJob(ticket: ticket, request: request, continuation: continuation)
                let (refused, wake) = shared.queue.withLock { queue -> (Bool, Bool) in
                    guard !queue.shuttingDown else { return (true, false) }
                    queue.submissions.append(job)
                    return (false, queue.needsWake())
                }
                // Signalled outside the lock: the loop thread never waits for the mutex behind a system call.
                if wake { shared.wake() }
                if refused { continuation.resume(returning: job.failure(.cancelled)) }
            }
        } onCancel: {
            let wake = shared.queue.withLock { queue -> Bool in
                guard !queue.multiClosed else { return false }
                queue.cancellations.append(ticket)
                return queue.needsWake()
            }
            if wake { shared.wake() }
        }
    }

    /// Stops the engine: transfers in flight and queued end with ``FetchError/cancelled``, the
    /// loop thread is joined. Later fetches return `cancelled` at once. Safe to call twice.
    public func shutdown() {
        shared.queue.withLock { queue in
            guard !queue.shuttingDown else { return }
            queue.shuttingDown = true
            shared.wake()
        }
        let thread = thread.withLock { thread -> LoopThread? in
            defer { thread = nil }
            return thread
        }
        thread?.join()
    }
}

/// What the engine and its loop thread share: the submission queue, the multi handle and the
/// eventfd that wakes the loop thread.
///
/// Callers never touch the multi handle; they wake the loop thread through the eventfd, which
/// stays open as long as this object (a signal after the loop has ended is read by nobody).
final class EngineShared: @unchecked Sendable {
    let queue = Mutex(SubmissionQueue())
    /// The next fetch's ticket, taken without the queue's lock.
    let tickets = Atomic<Int>(1)
    let multi: UnsafeMutableRawPointer
    /// Watched by the loop thread with its sockets; closed when the last holder lets go.
    let wakeup: Int32

    init(multi: UnsafeMutableRawPointer, wakeup: Int32) {
        self.multi = multi
        self.wakeup = wakeup
    }

    deinit {
        close(wakeup)
    }

    /// Wakes the loop thread (from any thread).
    func wake() {
        govsweep_wakeup_signal(wakeup)
    }
}
