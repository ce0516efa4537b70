import Foundation
import GovSweepProtocol
import Logging
import NIOCore
import NIOPosix
import Synchronization
import Worker
@testable import Coordinator

/// A coordinator on a loopback port with a fresh store, for tests.
struct Harness {
    static let token = try! SharedToken("test-token-0123456789abcdef")
    static let asOf = CivilDate(year: 2024, month: 1, day: 15)!

    let directory: String
    let store: SweepStore
    let coordinator: SweepCoordinator
    let server: CoordinatorServer

    static func temporaryDirectory() -> String {
        let path = NSTemporaryDirectory() + "govsweep-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func sites(_ count: Int) -> [Site] {
        (1...count).map { Site(id: String(format: "36110000%02d", $0), name: "测试站点\($0)", url: "http://127.0.0.1:9/site\($0)/") }
    }

    static func make(
        sites: [Site], leaseSeconds: Double = 30, heartbeatSeconds: Double = 0.2, handshakeTimeout: Double = 5,
        maximumUnauthenticated: Int = 64, directory: String? = nil
    ) async throws -> Harness {
        let directory = directory ?? temporaryDirectory()
        let store = try SweepStore(path: directory + "/govsweep.db")
        let sweep: SweepRecord
        if let existing = try? store.sweep(nil) {
            sweep = existing
        } else {
            sweep = SweepRecord(
                id: "sweep-1", createdAt: 0, state: .running, settings: SweepSettings(asOf: asOf, allowPrivate: true),
                options: SweepOptions())
            try store.createSweep(sweep, sites: sites, columns: [:])
        }
        let configuration = CoordinatorConfiguration(
            host: "127.0.0.1", port: 0, token: token, handshakeTimeoutSeconds: handshakeTimeout, heartbeatSeconds: heartbeatSeconds,
            leaseSeconds: leaseSeconds, maximumUnauthenticated: maximumUnauthenticated)
        let coordinator = try SweepCoordinator(
            store: store, sweep: sweep, configuration: configuration, logger: Logger(label: "test.coordinator"),
            clock: { Date().timeIntervalSince1970 }, leasePrefix: UUID().uuidString.prefix(8).lowercased())
        let server = try await CoordinatorServer(configuration: configuration, host: coordinator, logger: Logger(label: "test.server"))
        return Harness(directory: directory, store: store, coordinator: coordinator, server: server)
    }

    func workerConfiguration(id: String, token: SharedToken = Harness.token, capacity: Int = 2) -> WorkerConfiguration {
        WorkerConfiguration(
            coordinatorHost: "127.0.0.1", coordinatorPort: server.boundPort, token: token, capacity: capacity, workerID: id,
            hostName: "test", reconnectDelays: 0.05...0.5, batchPages: 3, batchSeconds: 0.5)
    }

    /// Runs the server and ticks the coordinator while `body` runs.
    func serving<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run() }
            group.addTask {
                while true {
                    try await Task.sleep(for: .milliseconds(100))
                    await coordinator.tick()
                }
            }
            defer { group.cancelAll() }
            return try await body()
        }
    }
}

/// A crawler that fetches nothing: it reports `pages` made-up pages per site, its homepage holding
/// `externalLinks`, and judges a checked link broken when its URL says "broken".
struct FakeCrawler: SiteCrawling {
    var pages = 5
    var delay: Duration = .milliseconds(5)
    var externalLinks: [String] = []
    var checks = CheckLog()
    var crawls = CrawlLog()

    func crawl(_ assignment: Assignment, reporter: LeaseReporter) async -> SiteReport {
        let done = Set(assignment.done)
        var fetched = 0
        for index in 0..<pages {
            let url = assignment.site.url + "page\(index).html"
            if done.contains(url) { continue }
            do { try await Task.sleep(for: delay) } catch {
                crawls.cancelled(assignment.leaseID)
                break
            }
            if index == 0, !externalLinks.isEmpty {
                await reporter.pending(externalLinks.map { LinkReference(target: $0, kind: .page, foundOn: [url]) }, resolved: [])
            }
            await reporter.page(PageReport(url: url, status: 200, role: index == 0 ? .homepage : .article, depth: index == 0 ? 0 : 1), found: [])
            fetched += 1
        }
        return SiteReport(siteID: assignment.site.id, pagesFetched: fetched)
    }

    func checkLinks(_ assignment: LinkCheckAssignment) async -> [LinkOutcome] {
        checks.record(assignment)
        return assignment.targets.map {
            LinkOutcome(target: $0.target, kind: $0.kind, verdict: $0.target.contains("broken") ? .broken : .ok, status: $0.target.contains("broken") ? 404 : 200)
        }
    }
}

/// The leases whose crawl a ``FakeCrawler`` saw cancelled.
final class CrawlLog: Sendable {
    private let leases = Mutex<[String]>([])

    func cancelled(_ leaseID: String) { leases.withLock { $0.append(leaseID) } }

    var cancelledLeases: [String] { leases.withLock { $0 } }
}

/// The link-check leases a ``FakeCrawler`` ran: each target with the key it was checked under.
final class CheckLog: Sendable {
    private let checked = Mutex<[(target: String, key: String)]>([])

    func record(_ assignment: LinkCheckAssignment) {
        checked.withLock { $0 += assignment.targets.map { ($0.target, assignment.politenessKey) } }
    }

    var all: [(target: String, key: String)] { checked.withLock { $0 } }
}

/// Raw bytes over loopback TCP, for peers that do not speak the protocol properly.
struct RawPeer {
    let channel: NIOAsyncChannel<ByteBuffer, ByteBuffer>

    static func connect(port: Int) async throws -> RawPeer {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: "127.0.0.1", port: port) { channel in
                channel.eventLoop.makeCompletedFuture { try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel) }
            }
        return RawPeer(channel: channel)
    }

    /// Sends `bytes`, then collects what arrives until the server closes the connection.
    func exchange(_ bytes: [UInt8]) async throws -> [UInt8] {
        try await channel.executeThenClose { inbound, outbound in
            if !bytes.isEmpty { try await outbound.write(ByteBuffer(bytes: bytes)) }
            var received: [UInt8] = []
            for try await chunk in inbound { received += chunk.readableBytesView }
            return received
        }
    }

    /// Decodes the frames in `bytes`.
    static func messages(in bytes: [UInt8]) throws -> [Message] {
        var buffer = ByteBuffer(bytes: bytes)
        var out: [Message] = []
        while let frame = try FrameDecoder().nextFrame(from: &buffer) {
            out.append(try MessageCoder().decode(frame.readableBytesView))
        }
        return out
    }
}
