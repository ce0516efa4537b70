import CCurl
import Synchronization

/// The engine's loop: one libcurl multi handle driven by one thread.
///
/// Each turn takes new submissions, asks the ``PolitenessScheduler`` what may start, lets libcurl
/// act on its due timers and ready sockets (the multi handle's socket interface, watched by a
/// ``SocketWatch``), and finishes completed hops (following redirects, refetching after a
/// certificate failure, resuming callers). Lives on the loop thread only.
final class TransferLoop {
    private let multi: UnsafeMutableRawPointer
    private let shared: EngineShared
    private let configuration: FetchConfiguration
    private let watch: SocketWatch
    private var scheduler: PolitenessScheduler
    private var jobs: [Int: FetchJob] = [:]
    private var running: [Int: CurlTransfer] = [:]
    private var ticketsByHandle: [UnsafeMutableRawPointer: Int] = [:]
    /// Easy handles between transfers (reset, their connections in the multi handle's cache).
    private let handles: EasyHandlePool
    /// The configuration's default header lines as one list, made once: requests with no header
    /// of their own (nearly all) send it as it is instead of building their own.
    private var defaultHeaders: UnsafeMutablePointer<curl_slist>?
    private let origin = ContinuousClock.now
    /// The scheduler's state changed since it was last asked (a submission, a cancellation, a
    /// completion): it may start something now.
    private var schedulerChanged = false
    /// When the last poll said a waiting ticket becomes startable by time alone.
    private var wakeAt: Duration?
    /// Read once: whether transfers set "no proxy" themselves instead of libcurl reading the environment each time.
    private let proxyEnvironment = ProxyEnvironment.current()

    init(shared: EngineShared, configuration: FetchConfiguration) {
        self.multi = shared.multi
        self.shared = shared
        self.configuration = configuration
        self.scheduler = PolitenessScheduler(rules: configuration.politeness, globalLimit: configuration.globalTransferLimit)
        guard let watch = SocketWatch(wakeup: shared.wakeup) else {
            fatalError("could not make the fetch engine's epoll set: the process is out of file descriptors")
        }
        self.watch = watch
        self.handles = EasyHandlePool(capacity: max(1, configuration.globalTransferLimit))
        for line in configuration.defaultHeaders { defaultHeaders = curl_slist_append(defaultHeaders, line) }
        govsweep_multi_setopt_socket_callback(multi, transferLoopSocketChanged)
        govsweep_multi_setopt_pointer(multi, CURLMOPT_SOCKETDATA, Unmanaged.passUnretained(watch).toOpaque())
    }

    private var now: Duration { ContinuousClock.now - origin }

    /// Runs until the engine shuts down, then cancels what is left and frees the multi handle.
    func run() {
        while true {
            let intake = shared.queue.withLock { $0.take() }
            if intake.shuttingDown { break }
            for job in intake.submissions { accept(job) }
            for ticket in intake.cancellations { cancel(ticket) }

            // Asked only when its answer can differ from the last one: between changes, nothing
            // becomes startable before the time it named.
            let turnStart = now
            if schedulerChanged || wakeAt.map({ $0 <= turnStart }) ?? false {
                schedulerChanged = false
                let decision = scheduler.poll(now: turnStart)
                wakeAt = decision.wakeAt
                for ticket in decision.start { start(ticket) }
            }

            // libcurl's timers: new transfers begin on one, and connection steps and timeouts fire on them.
            var curlTimeout = curlTimeoutMilliseconds()
            if curlTimeout == 0 {
                act(on: CURL_SOCKET_BAD, bits: 0)
                if drainCompleted() { continue }
                curlTimeout = curlTimeoutMilliseconds()
            }

            var timeout = 1000
            if let wakeAt {
                timeout = max(1, min(timeout, Int((wakeAt - now).wholeMilliseconds) + 1))
            }
            if curlTimeout >= 0 { timeout = min(timeout, curlTimeout) }
            let ready = watch.wait(milliseconds: timeout) { socket, bits in act(on: socket, bits: bits) }
            // Nothing ready: let libcurl look at its timers anyway (a timer it did not report is never missed).
            if ready == 0 { act(on: CURL_SOCKET_BAD, bits: 0) }
            drainCompleted()
        }
        tearDown()
    }

    /// Lets libcurl act on `socket` (`CURL_SOCKET_BAD`: on its due timers).
    private func act(on socket: curl_socket_t, bits: Int32) {
        var stillRunning: Int32 = 0
        curl_multi_socket_action(multi, socket, bits, &stillRunning)
    }

    /// Milliseconds until libcurl's next timer (0: due now; -1: none).
    private func curlTimeoutMilliseconds() -> Int {
        var milliseconds = -1
        curl_multi_timeout(multi, &milliseconds)
        return milliseconds
    }

    private func accept(_ job: FetchJob) {
        guard URLParts(job.request.url) != nil else {
            job.continuation.resume(returning: job.failure(.invalidURL(job.request.url)))
            return
        }
        jobs[job.ticket] = job
        scheduler.submit(job.ticket, key: job.politenessKey, priority: job.request.priority)
        schedulerChanged = true
    }

    private func cancel(_ ticket: Int) {
        schedulerChanged = true
        if let transfer = running.removeValue(forKey: ticket) {
            curl_multi_remove_handle(multi, transfer.handle)
            ticketsByHandle[transfer.handle] = nil
            scheduler.completed(ticket, outcome: .success, now: now)
        } else {
            scheduler.cancel(ticket)
        }
        if let job = jobs.removeValue(forKey: ticket) {
            job.continuation.resume(returning: job.failure(.cancelled))
        }
    }

    private func start(_ ticket: Int) {
        guard let job = jobs[ticket] else { return }
        guard
            let transfer = CurlTransfer(
                ticket: ticket, url: job.currentURL, request: job.request, verifyTLS: job.verifyTLS,
                configuration: configuration, pool: handles, defaultHeaders: defaultHeaders,
                bypassesProxyLookup: proxyEnvironment.bypassesLookup)
        else {
            scheduler.completed(ticket, outcome: .success, now: now)
            schedulerChanged = true
            finish(ticket, with: job.failure(.other(code: 2, message: "curl_easy_init failed")))
            return
        }
        running[ticket] = transfer
        ticketsByHandle[transfer.handle] = ticket
        curl_multi_add_handle(multi, transfer.handle)
    }

    /// Handles every finished hop; true when there were any.
    @discardableResult
    private func drainCompleted() -> Bool {
        var any = false
        var remaining: Int32 = 0
        while let message = curl_multi_info_read(multi, &remaining) {
            guard message.pointee.msg == CURLMSG_DONE, let handle = message.pointee.easy_handle,
                let ticket = ticketsByHandle.removeValue(forKey: handle),
                let transfer = running.removeValue(forKey: ticket)
            else { continue }
            let code = Int(message.pointee.data.result.rawValue)
            curl_multi_remove_handle(multi, handle)
            complete(transfer, code: code)
            any = true
        }
        return any
    }

    private func complete(_ transfer: CurlTransfer, code: Int) {
        // Moved out of the table, not copied: a copy retained every field of the job and made
        // the redirect chain's append copy the array; a job that goes on is put back.
        guard var job = jobs.removeValue(forKey: transfer.ticket) else { return }
        let hop = HopOutcome(transfer: transfer, code: code)
        let timings = transfer.timings
        scheduler.completed(transfer.ticket, outcome: hop.politeness, now: now)
        schedulerChanged = true

        if FetchError.isCertificateFailure(curlCode: code), job.verifyTLS, configuration.refetchOnCertificateFailure {
            job.tlsError = transfer.errorMessage
            job.verifyTLS = false
            job.elapsed += timings.total
            resubmit(job)
            return
        }
        if hop.error == nil, let status = transfer.status, Self.isRedirect(status),
            let target = transfer.redirectURL
        {
            job.elapsed += timings.total
            guard Self.isFetchable(target) else {
                // A redirect to file:, ftp: or javascript: is the server's answer, and a bad one.
                var result = job.failure(.badResponse("HTTP \(status) redirect to a URL that is not http(s): \(target.prefix(200))"))
                result.status = status
                result.finalURL = job.currentURL
                finish(job, with: result)
                return
            }
            guard !job.chain.contains(target), job.chain.count <= configuration.maxRedirects else {
                job.chain.append(target)
                finish(job, with: job.failure(.tooManyRedirects(chain: job.chain)))
                return
            }
            job.chain.append(target)
            job.currentURL = target
            resubmit(job)
            return
        }
        var error = hop.error
        if case .tooManyRedirects = error { error = .tooManyRedirects(chain: job.chain) }
        if case .tls = error, let tlsError = job.tlsError { error = .tls("\(tlsError); then \(transfer.errorMessage)") }
        // A body over the limit still came with a status: keep it (a 200 document is there).
        var keepsStatus = error == nil
        if case .tooLarge = error { keepsStatus = true }
        let result = FetchResult(
            url: job.request.url, finalURL: job.currentURL, redirectChain: job.chain,
            status: keepsStatus ? transfer.status : nil, headers: transfer.headers, body: transfer.body,
            truncated: transfer.truncated, error: error, tlsError: job.tlsError,
            timeToFirstByte: job.elapsed + timings.firstByte, totalTime: job.elapsed + timings.total)
        finish(job, with: result)
    }

    /// True for the statuses the engine follows (301, 302, 303, 307, 308).
    static func isRedirect(_ status: Int) -> Bool {
        switch status {
        case 301, 302, 303, 307, 308: true
        default: false
        }
    }

    /// True for http and https URLs, the only ones the engine follows.
    static func isFetchable(_ url: String) -> Bool {
        let lower = url.prefix(8).lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    private func resubmit(_ job: FetchJob) {
        jobs[job.ticket] = job
        scheduler.submit(job.ticket, key: job.politenessKey, priority: job.request.priority)
        schedulerChanged = true
    }

    private func finish(_ ticket: Int, with result: FetchResult) {
        jobs.removeValue(forKey: ticket)?.continuation.resume(returning: result)
    }

    /// Resumes the caller of a job already taken out of the table.
    private func finish(_ job: FetchJob, with result: FetchResult) {
        job.continuation.resume(returning: result)
    }

    private func tearDown() {
        for (_, transfer) in running { curl_multi_remove_handle(multi, transfer.handle) }
        running.removeAll()
        ticketsByHandle.removeAll()
        let leftover = shared.queue.withLock { queue -> [FetchJob] in
            queue.multiClosed = true
            return queue.take().submissions
        }
        curl_multi_cleanup(multi)
        handles.drain()
        curl_slist_free_all(defaultHeaders)
        defaultHeaders = nil
        for job in jobs.values { job.continuation.resume(returning: job.failure(.cancelled)) }
        for job in leftover { job.continuation.resume(returning: job.failure(.cancelled)) }
        jobs.removeAll()
    }
}

/// libcurl's socket callback: what to watch on `socket` changed.
private func transferLoopSocketChanged(
    easy: UnsafeMutableRawPointer?, socket: curl_socket_t, what: Int32, context: UnsafeMutableRawPointer?,
    socketContext: UnsafeMutableRawPointer?
) -> Int32 {
    guard let context else { return 0 }
    Unmanaged<SocketWatch>.fromOpaque(context).takeUnretainedValue().update(socket, what: what)
    return 0
}
