import NIOCore

/// Splits a byte stream into length-prefixed frames: a 4-byte big-endian length N, then N bytes.
///
/// Pure and incremental: feed it whatever arrived, take out every complete frame. A length over
/// the maximum is rejected as soon as its prefix arrives, so a hostile peer cannot make it buffer.
public struct FrameDecoder: Sendable {
    /// The default largest frame: 8 MiB.
    public static let defaultMaximumFrameLength = 8 << 20

    public let maximumFrameLength: Int

    public init(maximumFrameLength: Int = FrameDecoder.defaultMaximumFrameLength) {
        precondition(maximumFrameLength > 0 && maximumFrameLength <= Int(UInt32.max))
        self.maximumFrameLength = maximumFrameLength
    }

    /// Removes and returns the next complete frame's payload from `buffer`, or nil when more bytes are needed.
    public func nextFrame(from buffer: inout ByteBuffer) throws(WireError) -> ByteBuffer? {
        guard let length = buffer.getInteger(at: buffer.readerIndex, endianness: .big, as: UInt32.self) else {
            return nil
        }
        guard length > 0 else { throw .emptyFrame }
        guard Int(length) <= maximumFrameLength else {
            throw .frameTooLarge(length: length, maximum: maximumFrameLength)
        }
        guard buffer.readableBytes >= 4 + Int(length) else { return nil }
        buffer.moveReaderIndex(forwardBy: 4)
        return buffer.readSlice(length: Int(length))
    }

    /// Called when the stream ends: leftover bytes mean the peer stopped inside a frame.
    public func finish(_ buffer: ByteBuffer) throws(WireError) {
        guard buffer.readableBytes > 0 else { return }
        let expected = buffer.getInteger(at: buffer.readerIndex, endianness: .big, as: UInt32.self).map { Int($0) + 4 }
        throw .truncatedFrame(expected: expected ?? 4, received: buffer.readableBytes)
    }

    /// Writes `payload` as one frame.
    public static func writeFrame(_ payload: some Collection<UInt8>, into buffer: inout ByteBuffer, maximum: Int) throws(WireError) {
        guard payload.count <= maximum else { throw .messageTooLarge(length: payload.count, maximum: maximum) }
        buffer.writeInteger(UInt32(payload.count), endianness: .big)
        buffer.writeBytes(payload)
    }
}
