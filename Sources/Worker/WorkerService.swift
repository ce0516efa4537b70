import Fetching
import GovSweepProtocol
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle
import Synchronization

/// A worker process's life: connect, authenticate, crawl what is leased, reconnect when the
/// coordinator goes away, and on graceful shutdown hand back what is unfinished.
public final class WorkerService: Service, Sendable {
    let configuration: WorkerConfiguration
    let crawler: any SiteCrawling
    let logger: Logger
    let group: any EventLoopGroup
    let outbox: Outbox
    let leases = ActiveLeases()
    private let fatalError = Mutex<WorkerError?>(nil)

    public init(
        configuration: WorkerConfiguration, crawler: any SiteCrawling, logger: Logger,
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) {
        self.configuration = configuration
        self.crawler = crawler
        self.logger = logger
        self.group = group
        self.outbox = Outbox(workerID: configuration.workerID)
    }

    /// Runs until the coordinator says the sweep is over, or until graceful shutdown has handed the work back.
    public func run() async throws {
        let (assignments, assignmentSink) = AsyncStream<LeasedWork>.makeStream()
        await withTaskGroup(of: Void.self) { group in
            // The loop records a permanent failure in `fatalError`; other errors only end it at cancellation.
            group.addTask { try? await self.connectionLoop(assignmentSink) }
            await cancelWhenGracefulShutdown { await self.superviseCrawls(assignments) }
            // Leases assigned while the crawls stopped (never started, or still on their way when
            // the first release went out) are handed back too, until none is left.
            var handedBack: Set<String> = []
            let clock = ContinuousClock()
            let deadline = clock.now + .seconds(10)
            repeat {
                let unfinished = leases.ids.filter { !handedBack.contains($0) }
                if !unfinished.isEmpty {
                    logger.info("handing back unfinished sites", metadata: ["leases": "\(unfinished.count)"])
                    handedBack.formUnion(unfinished)
                    // Acknowledged like a batch: the process does not end before the coordinator
                    // has freed the leases (or the wait runs out).
                    await outbox.send(.release(Release(leases: unfinished)))
                }
                await waitForOutbox(seconds: max(0, (deadline - clock.now).secondsValue))
            } while leases.ids.contains(where: { !handedBack.contains($0) }) && clock.now < deadline
            group.cancelAll()
        }
        if let error = fatalError.withLock({ $0 }) { throw error }
    }

    /// Runs each lease in its own child task, up to the capacity the coordinator respects.
    private func superviseCrawls(_ assignments: AsyncStream<LeasedWork>) async {
        await withDiscardingTaskGroup { group in
            for await work in assignments {
                switch work {
                case .site(let assignment):
                    leases.started(assignment.leaseID)
                    group.addTask { await self.revocable(assignment.leaseID) { await self.crawl(assignment) } }
                case .linkChecks(let assignment):
                    leases.started(assignment.leaseID)
                    group.addTask { await self.revocable(assignment.leaseID) { await self.checkLinks(assignment) } }
                }
            }
        }
    }

    /// Runs `work` until it ends or the coordinator revokes the lease, which cancels it.
    private func revocable(_ leaseID: String, _ work: @escaping @Sendable () async -> Void) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await work() }
            group.addTask { await self.leases.watch(leaseID) }
            await group.next()
            group.cancelAll()
        }
    }

    private func checkLinks(_ assignment: LinkCheckAssignment) async {
        let outcomes = await crawler.checkLinks(assignment)
        // Cancelled: the lease goes back now (unless revoked) and its targets are checked again.
        if Task.isCancelled {
            if !leases.wasRevoked(assignment.leaseID) { await handBack(assignment.leaseID) }
            return
        }
        await outbox.send(.linkChecksDone(LinkChecksDone(leaseID: assignment.leaseID, outcomes: outcomes)))
        leases.ended(assignment.leaseID)
    }

    private func crawl(_ assignment: Assignment) async {
        let reporter = LeaseReporter(
            leaseID: assignment.leaseID, siteID: assignment.site.id, outbox: outbox, batchPages: configuration.batchPages,
            batchSeconds: configuration.batchSeconds)
        logger.debug("crawling", metadata: ["site": "\(assignment.site.id)", "lease": "\(assignment.leaseID)"])
        let report = await crawler.crawl(assignment, reporter: reporter)
        if Task.isCancelled {
            // Keep what was seen (fetches cut short are not in it); the lease goes back now
            // (unless it was revoked: then it is not this worker's to give back).
            await reporter.flush()
            if leases.wasRevoked(assignment.leaseID) {
                logger.notice("stopped a revoked lease", metadata: ["site": "\(assignment.site.id)", "lease": "\(assignment.leaseID)"])
            } else {
                await handBack(assignment.leaseID)
            }
            return
        }
        await reporter.finish(report)
        leases.ended(assignment.leaseID)
    }

    /// Gives an unfinished lease back at once, after what it saw: a worker never keeps a lease it no
    /// longer works on. The release is acknowledged once the coordinator has freed it.
    private func handBack(_ leaseID: String) async {
        leases.ended(leaseID)
        await outbox.send(.release(Release(leases: [leaseID])))
    }

    /// Gives the coordinator up to `seconds` to acknowledge what is still in the outbox.
    private func waitForOutbox(seconds: Double) async {
        let clock = ContinuousClock()
        let deadline = clock.now + .milliseconds(Int(seconds * 1000))
        while await outbox.pendingCount > 0, clock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
    }

    private func connectionLoop(_ assignments: AsyncStream<LeasedWork>.Continuation) async throws {
        var backoff = ReconnectBackoff(delays: configuration.reconnectDelays)
        while !Task.isCancelled {
            var established = false
            do {
                switch try await connectOnce(assignments, onEstablished: { backoff.reset(); established = true }) {
                case .shutdown:
                    assignments.finish()
                    return
                case .closed:
                    logger.notice("connection to the coordinator closed; reconnecting")
                }
            } catch let error as HandshakeError where error.isPermanent {
                logger.error("the coordinator refused this worker", metadata: ["reason": "\(error)"])
                fatalError.withLock { $0 = .refused(error) }
                assignments.finish()
                return
            } catch is CancellationError {
                return
            } catch where established {
                // A coordinator killed with unread bytes in its socket resets the connection.
                logger.notice("connection to the coordinator lost; reconnecting", metadata: ["error": "\(error)"])
            } catch {
                logger.notice("cannot reach the coordinator; retrying", metadata: ["error": "\(error)"])
            }
            await outbox.disconnected()
            let delay = backoff.nextDelay(random: Double.random(in: 0..<1))
            try await Task.sleep(for: .milliseconds(Int(delay * 1000)))
        }
    }
}
