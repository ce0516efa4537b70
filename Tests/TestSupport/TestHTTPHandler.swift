import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// Answers one connection's requests from the server's routes and records what it saw.
final class TestHTTPHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let state: ServerState
    /// The host this connection was counted under (its first request's Host).
    private var connectionHost: String?
    private var pending: TestRequest?
    private var answering = 0
    private var keepAlive = true

    init(state: ServerState) {
        self.state = state
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            let request = makeRequest(head)
            keepAlive = head.isKeepAlive
            if connectionHost == nil {
                connectionHost = request.host
                state.update(request.host) {
                    $0.connections += 1
                    $0.currentConnections += 1
                    $0.maxConcurrentConnections = max($0.maxConcurrentConnections, $0.currentConnections)
                }
            }
            state.update(request.host) {
                $0.requests += 1
                $0.arrivals.append(request.arrival)
                $0.currentRequests += 1
                $0.maxConcurrentRequests = max($0.maxConcurrentRequests, $0.currentRequests)
            }
            state.log.withLock { $0.append(request) }
            answering += 1
            pending = request
        case .body:
            break
        case .end:
            guard let request = pending else { return }
            pending = nil
            let response = state.handler(for: request.path)?(request) ?? .status(404)
            if state.latency > .zero {
                let bound = bind(context)
                context.eventLoop.scheduleTask(in: .nanoseconds(Int64(state.latency.nanoseconds))) {
                    bound.value.handler.answer(response, to: request, context: bound.value.context)
                }
            } else {
                answer(response, to: request, context: context)
            }
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        if let host = connectionHost {
            let stillAnswering = answering
            state.update(host) {
                $0.currentConnections -= 1
                $0.currentRequests -= stillAnswering
            }
        }
        answering = 0
        context.fireChannelInactive()
    }

    private func answer(_ response: TestResponse, to request: TestRequest, context: ChannelHandlerContext) {
        guard context.channel.isActive else { return }
        switch response {
        case .respond(let status, let headers, let body):
            writeHead(status, headers, length: body.count, request: request, context: context)
            if request.method != "HEAD", !body.isEmpty {
                context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: body)))), promise: nil)
            }
            writeEnd(request: request, context: context)
        case .reset:
            finished(request)
            if let provider = context.channel as? SocketOptionProvider {
                _ = provider.setSoLinger(linger(l_onoff: 1, l_linger: 0))
            }
            context.close(promise: nil)
        case .hang:
            break
        case .slowBody(let status, let headers, let chunks, let interval):
            writeHead(status, headers, length: chunks.reduce(0) { $0 + $1.count }, request: request, context: context)
            context.flush()
            sendChunks(chunks[...], interval: interval, request: request, context: context)
        case .delayed(let inner, let delay):
            let bound = bind(context)
            context.eventLoop.scheduleTask(in: .nanoseconds(Int64(delay.nanoseconds))) {
                bound.value.handler.answer(inner, to: request, context: bound.value.context)
            }
        }
    }

    private func sendChunks(
        _ chunks: ArraySlice<[UInt8]>, interval: Duration, request: TestRequest, context: ChannelHandlerContext
    ) {
        guard context.channel.isActive else { return }
        guard let first = chunks.first else {
            writeEnd(request: request, context: context)
            return
        }
        context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: first)))), promise: nil)
        let bound = bind(context)
        context.eventLoop.scheduleTask(in: .nanoseconds(Int64(interval.nanoseconds))) {
            bound.value.handler.sendChunks(
                chunks.dropFirst(), interval: interval, request: request, context: bound.value.context)
        }
    }

    private func writeHead(
        _ status: Int, _ headers: [(String, String)], length: Int, request: TestRequest, context: ChannelHandlerContext
    ) {
        var fields = HTTPHeaders(headers)
        if !fields.contains(name: "content-length") { fields.add(name: "Content-Length", value: String(length)) }
        fields.add(name: "Connection", value: keepAlive ? "keep-alive" : "close")
        let head = HTTPResponseHead(version: .http1_1, status: HTTPResponseStatus(statusCode: status), headers: fields)
        context.write(wrapOutboundOut(.head(head)), promise: nil)
    }

    private func writeEnd(request: TestRequest, context: ChannelHandlerContext) {
        let close = !keepAlive
        finished(request)
        let bound = bind(context)
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in
            if close { bound.value.context.close(promise: nil) }
        }
    }

    private func finished(_ request: TestRequest) {
        answering -= 1
        state.update(request.host) { $0.currentRequests -= 1 }
    }

    /// This handler and its context, for closures the event loop runs later.
    private func bind(
        _ context: ChannelHandlerContext
    ) -> NIOLoopBound<(handler: TestHTTPHandler, context: ChannelHandlerContext)> {
        NIOLoopBound((self, context), eventLoop: context.eventLoop)
    }

    private func makeRequest(_ head: HTTPRequestHead) -> TestRequest {
        var headers: [String: String] = [:]
        for (name, value) in head.headers { headers[name.lowercased()] = value }
        let hostHeader = headers["host"] ?? "127.0.0.1"
        let host = hostHeader.split(separator: ":").first.map(String.init) ?? hostHeader
        let parts = head.uri.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        return TestRequest(
            method: head.method.rawValue, path: String(parts.first ?? "/"),
            query: parts.count > 1 ? String(parts[1]) : nil, headers: headers, host: host,
            arrival: ContinuousClock.now - state.origin)
    }
}

extension Duration {
    var nanoseconds: Int64 {
        components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000
    }
}
