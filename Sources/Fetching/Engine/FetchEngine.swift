import CCurl
import Synchronization

/// Fetches URLs over HTTP(S) with libcurl, politely, many at a time.
///
/// One libcurl multi handle per engine, driven by one dedicated thread; callers hand requests in
/// through a mutex-protected queue and `curl_multi_wakeup`, and wait on a continuation. No curl
/// handle is shared across threads and none leaves the engine. ``fetch(_:)`` never throws: the
/// result carries any failure.
///
/// Politeness (global and per-host limits, gaps, Retry-After, back-off) is decided by a
/// ``PolitenessScheduler``; redirects are followed by the engine hop by hop (each hop counts
/// against its host's budget) so the chain is recorded and loops are caught.
public final class FetchEngine: Sendable {
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
        govsweep_multi_setopt_long(pointer, CURLMOPT_MAXCONNECTS, max(16, configuration.globalTransferLimit))
        if CurlRuntime.supportsHTTP2 {
            govsweep_multi_setopt_long(pointer, CURLMOPT_PIPELINING, Int(CURLPIPE_MULTIPLEX))
        }
        let shared = EngineShared(multi: pointer)
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
        let ticket = shared.queue.withLock { queue -> Int in
            defer { queue.nextTicket += 1 }
            return queue.nextTicket
        }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let job = FetchJob(ticket: ticket, request: request, continuation: continuation)
                let refused = shared.queue.withLock { queue -> Bool in
                    guard !queue.shuttingDown else { return true }
                    queue.submissions.append(job)
                    curl_multi_wakeup(shared.multi)
                    return false
                }
                if refused { continuation.resume(returning: job.failure(.cancelled)) }
            }
        } onCancel: {
            shared.queue.withLock { queue in
                guard !queue.multiClosed else { return }
                queue.cancellations.append(ticket)
                curl_multi_wakeup(shared.multi)
            }
        }
    }

    /// Stops the engine: transfers in flight and queued end with ``FetchError/cancelled``, the
    /// loop thread is joined. Later fetches return `cancelled` at once. Safe to call twice.
    public func shutdown() {
        shared.queue.withLock { queue in
            guard !queue.shuttingDown else { return }
            queue.shuttingDown = true
            curl_multi_wakeup(shared.multi)
        }
        let thread = thread.withLock { thread -> LoopThread? in
            defer { thread = nil }
            return thread
        }
        thread?.join()
    }
}

/// What the engine and its loop thread share: the submission queue and the multi handle.
///
/// Callers touch the multi handle only through `curl_multi_wakeup` (thread-safe in libcurl), under
/// the mutex, and only while `SubmissionQueue.multiClosed` is false.
final class EngineShared: @unchecked Sendable {
    let queue = Mutex(SubmissionQueue())
    let multi: UnsafeMutableRawPointer

    init(multi: UnsafeMutableRawPointer) {
        self.multi = multi
    }
}
