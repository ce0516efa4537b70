#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NIOCore
import NIOHTTP1

/// Serves one connection of one host: asks ``ServingCore`` what to do, then does it on the event loop.
final class ProvinceHTTPHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let host: Int
    private let core: ServingCore
    private var head: HTTPRequestHead?
    /// Requests of this connection counted in flight and not yet answered.
    private var unanswered = 0

    init(host: Int, core: ServingCore) {
        self.host = host
        self.core = core
    }

    func channelActive(context: ChannelHandlerContext) {
        core.connectionOpened(host: host)
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        while unanswered > 0 { finish() }
        core.connectionClosed(host: host)
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let requestHead): head = requestHead
        case .body: break
        case .end:
            guard let request = head else { return }
            head = nil
            handle(request, context: context)
        }
    }

    private func handle(_ request: HTTPRequestHead, context: ChannelHandlerContext) {
        let isHead = request.method == .HEAD
        let action = core.action(host: host, uri: request.uri, rangeHeader: request.headers.first(name: "range"))
        unanswered += 1
        switch action {
        case .hang:
            return
        case .reset:
            if let provider = context.channel as? SocketOptionProvider {
                _ = provider.setSoLinger(linger(l_onoff: 1, l_linger: 0))
            }
            finish()
            context.close(promise: nil)
        case .respond(let response, let delay):
            if delay <= 0 {
                write(response, request: request, isHead: isHead, context: context)
            } else {
                context.eventLoop.assumeIsolated().scheduleTask(in: .milliseconds(Int64(delay))) {
                    self.write(response, request: request, isHead: isHead, context: context)
                }
            }
        }
    }

    private func write(_ response: PageResponse, request: HTTPRequestHead, isHead: Bool, context: ChannelHandlerContext) {
        guard context.channel.isActive else { return }
        var headers = HTTPHeaders()
        for header in response.headers { headers.add(name: header.name, value: header.value) }
        headers.replaceOrAdd(name: "Content-Length", value: String(response.body.count))
        headers.replaceOrAdd(name: "Server", value: "GovSweep-DemoProvince")
        let keepAlive = request.isKeepAlive
        headers.replaceOrAdd(name: "Connection", value: keepAlive ? "keep-alive" : "close")
        let status = HTTPResponseStatus(statusCode: response.status)
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: request.version, status: status, headers: headers))), promise: nil)
        if !isHead && !response.body.isEmpty {
            var buffer = context.channel.allocator.buffer(capacity: response.body.count)
            buffer.writeBytes(response.body)
            context.write(wrapOutboundOut(.body(.byteBuffer(buffer))), promise: nil)
        }
        finish()  // before the answer can reach the client, so sequential requests never overlap
        let done = context.writeAndFlush(wrapOutboundOut(.end(nil)))
        if !keepAlive {
            done.assumeIsolated().whenComplete { _ in context.close(promise: nil) }
        }
    }

    private func finish() {
        guard unanswered > 0 else { return }
        unanswered -= 1
        core.requestFinished(host: host)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }
}
