import NIOCore

/// NIO decoder: length-prefixed frames in, ``Message`` values out. Errors are ``WireError``s.
public struct MessageFrameDecoder: ByteToMessageDecoder {
    public typealias InboundOut = Message

    private let limit: FrameLengthLimit
    private let coder = MessageCoder()

    public init(maximumFrameLength: Int = FrameDecoder.defaultMaximumFrameLength) {
        self.limit = FrameLengthLimit(beforeAuthentication: maximumFrameLength, afterAuthentication: maximumFrameLength)
    }

    /// A decoder whose largest frame follows `limit` (small until the peer authenticates).
    public init(limit: FrameLengthLimit) {
        self.limit = limit
    }

    private var frames: FrameDecoder { FrameDecoder(maximumFrameLength: limit.current) }

    public mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let frame = try frames.nextFrame(from: &buffer) else { return .needMoreData }
        let message = try coder.decode(frame.readableBytesView)
        context.fireChannelRead(wrapInboundOut(message))
        return .continue
    }

    public mutating func decodeLast(
        context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool
    ) throws -> DecodingState {
        while try decode(context: context, buffer: &buffer) == .continue {}
        try frames.finish(buffer)
        buffer.moveReaderIndex(to: buffer.writerIndex)
        return .needMoreData
    }
}

/// NIO encoder: ``Message`` values in, length-prefixed frames out.
public struct MessageFrameEncoder: MessageToByteEncoder {
    public typealias OutboundIn = Message

    private let maximumFrameLength: Int
    private let coder = MessageCoder()

    public init(maximumFrameLength: Int = FrameDecoder.defaultMaximumFrameLength) {
        self.maximumFrameLength = maximumFrameLength
    }

    public func encode(data: Message, out: inout ByteBuffer) throws {
        let payload = try coder.encode(data)
        try FrameDecoder.writeFrame(payload, into: &out, maximum: maximumFrameLength)
    }
}

extension ChannelPipeline.SynchronousOperations {
    /// Adds the frame decoder and encoder that turn this channel into a stream of ``Message``s.
    public func addMessageFraming(maximumFrameLength: Int = FrameDecoder.defaultMaximumFrameLength) throws {
        try addHandler(ByteToMessageHandler(MessageFrameDecoder(maximumFrameLength: maximumFrameLength)))
        try addHandler(MessageToByteHandler(MessageFrameEncoder(maximumFrameLength: maximumFrameLength)))
    }

    /// Adds framing whose incoming limit follows `limit`; outgoing frames may use the full size.
    public func addMessageFraming(limit: FrameLengthLimit) throws {
        try addHandler(ByteToMessageHandler(MessageFrameDecoder(limit: limit)))
        try addHandler(MessageToByteHandler(MessageFrameEncoder(maximumFrameLength: limit.afterAuthentication)))
    }
}
