import NIOCore
import NIOHTTP1

/// Answers one HTTP/1 request per connection, then closes it: `GET` or `HEAD /metrics` with the
/// exposition, 405 for another method there, 404 for any other path. The body of a request is
/// read and ignored. Sits behind NIO's HTTP server pipeline, whose error handler answers a
/// malformed request with 400.
final class MetricsHTTPHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    static let contentType = "text/plain; version=0.0.4; charset=utf-8"

    private let exposition: @Sendable () async -> [UInt8]
    private var request: HTTPRequestHead?
    private var answered = false

    init(exposition: @escaping @Sendable () async -> [UInt8]) {
        self.exposition = exposition
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            request = head
        case .body:
            break
        case .end:
            guard let head = request, !answered else { return }
            answered = true
            respond(to: head, context: context)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }

    private func respond(to head: HTTPRequestHead, context: ChannelHandlerContext) {
        let path = head.uri.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        let withBody = head.method != .HEAD
        guard path == "/metrics" else {
            write(.notFound, body: Array("not found: the metrics are at /metrics\n".utf8), withBody: withBody, context: context)
            return
        }
        guard head.method == .GET || head.method == .HEAD else {
            write(.methodNotAllowed, body: Array("use GET /metrics\n".utf8), extra: [("Allow", "GET, HEAD")], withBody: true, context: context)
            return
        }
        let bound = NIOLoopBound((handler: self, context: context), eventLoop: context.eventLoop)
        let exposition = self.exposition
        context.eventLoop.makeFutureWithTask { await exposition() }.whenSuccess { body in
            bound.value.handler.write(.ok, body: body, contentType: Self.contentType, withBody: withBody, context: bound.value.context)
        }
    }

    private func write(
        _ status: HTTPResponseStatus, body: [UInt8], contentType: String = "text/plain; charset=utf-8", extra: [(String, String)] = [],
        withBody: Bool, context: ChannelHandlerContext
    ) {
        guard context.channel.isActive else { return }
        var headers = HTTPHeaders([("Content-Type", contentType), ("Content-Length", "\(body.count)"), ("Connection", "close")])
        headers.add(contentsOf: extra)
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))), promise: nil)
        if withBody { context.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: body)))), promise: nil) }
        let channel = context.channel
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in channel.close(promise: nil) }
    }
}
