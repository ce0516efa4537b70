import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// A loopback HTTP/1.1 server for tests, with routes that answer normally or with faults, and a
/// record per host of how the client behaved (concurrency, request times).
///
/// ```swift
/// let server = try await TestHTTPServer.start()
/// server.route("/a") { _ in .html("<title>A</title>") }
/// server.route("/flaky", sequence: [.status(503), .html("ok")])
/// ... fetch server.url("/a") ...
/// #expect(server.record(host: "127.0.0.1").maxConcurrentRequests <= 2)
/// try await server.shutdown()
/// ```
/// Unknown paths answer 404. HEAD requests get the route's head without its body.
public final class TestHTTPServer: Sendable {
    /// Answers a request; called on the server's event loop, keep it quick.
    public typealias Handler = @Sendable (TestRequest) -> TestResponse

    /// The port the server listens on (127.0.0.1).
    public let port: Int
    let state: ServerState
    private let group: MultiThreadedEventLoopGroup
    private let channel: Channel

    private init(port: Int, state: ServerState, group: MultiThreadedEventLoopGroup, channel: Channel) {
        self.port = port
        self.state = state
        self.group = group
        self.channel = channel
    }

    /// Starts a server on 127.0.0.1 at a free port. `latency` delays every answer.
    public static func start(latency: Duration = .zero, threads: Int = 1) async throws -> TestHTTPServer {
        let state = ServerState(latency: latency)
        let group = MultiThreadedEventLoopGroup(numberOfThreads: threads)
        let channel = try await ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 1024)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    try channel.pipeline.syncOperations.addHandler(TestHTTPHandler(state: state))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        return TestHTTPServer(port: channel.localAddress?.port ?? 0, state: state, group: group, channel: channel)
    }

    /// `http://<host>:<port><path>`; `host` defaults to 127.0.0.1 (other names need a resolve override).
    public func url(_ path: String, host: String = "127.0.0.1") -> String {
        "http://\(host):\(port)\(path)"
    }

    /// The libcurl resolve override (`host:port:127.0.0.1`) that sends `host` to this server.
    public func resolveEntry(for host: String) -> String { "\(host):\(port):127.0.0.1" }

    /// Answers requests for `path` (exact match, query ignored) with `handler`.
    public func route(_ path: String, _ handler: @escaping Handler) {
        state.routes.withLock { $0[path] = handler }
    }

    /// Answers `path` with each of `responses` in turn; the last one repeats.
    public func route(_ path: String, sequence responses: [TestResponse]) {
        let next = Mutex(0)
        route(path) { _ in
            let index = next.withLock { index in
                defer { index += 1 }
                return min(index, responses.count - 1)
            }
            return responses[index]
        }
    }

    /// Answers `path` with the same response every time.
    public func route(_ path: String, always response: TestResponse) {
        route(path) { _ in response }
    }

    /// What the server saw of `host` (Host header without port).
    public func record(host: String = "127.0.0.1") -> HostRecord {
        state.records.withLock { $0[host] ?? HostRecord() }
    }

    /// Every request received for `path`, in arrival order.
    public func requests(to path: String) -> [TestRequest] {
        state.log.withLock { $0.filter { $0.path == path } }
    }

    /// Every request received, in arrival order.
    public var allRequests: [TestRequest] { state.log.withLock { $0 } }

    /// Closes the listener and every connection.
    public func shutdown() async throws {
        try await channel.close()
        try await group.shutdownGracefully()
    }
}

/// The server's shared state: routes, and what it recorded.
final class ServerState: Sendable {
    let latency: Duration
    let origin = ContinuousClock.now
    let routes = Mutex<[String: TestHTTPServer.Handler]>([:])
    let records = Mutex<[String: HostRecord]>([:])
    let log = Mutex<[TestRequest]>([])

    init(latency: Duration) {
        self.latency = latency
    }

    func handler(for path: String) -> TestHTTPServer.Handler? {
        routes.withLock { $0[path] }
    }

    func update(_ host: String, _ change: (inout HostRecord) -> Void) {
        records.withLock { change(&$0[host, default: HostRecord()]) }
    }
}
