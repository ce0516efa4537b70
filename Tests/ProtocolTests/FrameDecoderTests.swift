import NIOCore
import Testing
@testable import GovSweepProtocol

@Suite("Framing")
struct FrameDecoderTests {
    let coder = MessageCoder()

    func framed(_ messages: [Message], maximum: Int = FrameDecoder.defaultMaximumFrameLength) throws -> [UInt8] {
        var buffer = ByteBuffer()
        for message in messages {
            try FrameDecoder.writeFrame(try coder.encode(message), into: &buffer, maximum: maximum)
        }
        return Array(buffer.readableBytesView)
    }

    /// Feeds `chunks` to a decoder the way a socket would deliver them, returning every message.
    func decodeStream(_ chunks: [ArraySlice<UInt8>], maximum: Int = FrameDecoder.defaultMaximumFrameLength) throws -> [Message] {
        let decoder = FrameDecoder(maximumFrameLength: maximum)
        var buffer = ByteBuffer()
        var out: [Message] = []
        for chunk in chunks {
            buffer.writeBytes(chunk)
            while let frame = try decoder.nextFrame(from: &buffer) {
                out.append(try coder.decode(frame.readableBytesView))
            }
        }
        try decoder.finish(buffer)
        return out
    }

    @Test("all messages concatenated in one read decode in order")
    func concatenated() throws {
        let bytes = try framed(MessageSamples.all)
        #expect(try decodeStream([bytes[...]]) == MessageSamples.all)
    }

    @Test("a stream split at every byte boundary decodes the same")
    func splitAtEveryBoundary() throws {
        let messages = Array(MessageSamples.all.prefix(4)) + [MessageSamples.all[7]]
        let bytes = try framed(messages)
        for cut in 0...bytes.count {
            #expect(try decodeStream([bytes[..<cut], bytes[cut...]]) == messages, "cut at \(cut)")
        }
    }

    @Test("a stream fed one byte at a time decodes the same")
    func oneByteAtATime() throws {
        let bytes = try framed(MessageSamples.all)
        #expect(try decodeStream(bytes.indices.map { bytes[$0...$0] }) == MessageSamples.all)
    }

    @Test("a length over the maximum is refused from its prefix alone")
    func tooLarge() throws {
        var buffer = ByteBuffer()
        buffer.writeInteger(UInt32(1024), endianness: .big)
        #expect(throws: WireError.frameTooLarge(length: 1024, maximum: 512)) {
            _ = try FrameDecoder(maximumFrameLength: 512).nextFrame(from: &buffer)
        }
    }

    @Test("the default maximum is 8 MiB")
    func defaultMaximum() throws {
        var buffer = ByteBuffer()
        buffer.writeInteger(UInt32(8 << 20) + 1, endianness: .big)
        #expect(throws: WireError.frameTooLarge(length: UInt32(8 << 20) + 1, maximum: 8 << 20)) {
            _ = try FrameDecoder().nextFrame(from: &buffer)
        }
    }

    @Test("a zero length is refused")
    func zeroLength() {
        var buffer = ByteBuffer(bytes: [0, 0, 0, 0])
        #expect(throws: WireError.emptyFrame) { _ = try FrameDecoder().nextFrame(from: &buffer) }
    }

    @Test("a stream that ends inside a frame is reported as truncated")
    func truncated() throws {
        let bytes = try framed([MessageSamples.all[0]])
        #expect(throws: WireError.truncatedFrame(expected: bytes.count, received: bytes.count - 3)) {
            _ = try decodeStream([bytes.dropLast(3)])
        }
        #expect(throws: WireError.truncatedFrame(expected: 4, received: 2)) {
            _ = try decodeStream([bytes.prefix(2)])
        }
    }

    @Test("an outgoing message larger than a frame is refused")
    func outgoingTooLarge() throws {
        let big = Message.error(ErrorMessage(code: "x", message: String(repeating: "长", count: 400), fatal: false))
        #expect(throws: WireError.self) { _ = try framed([big], maximum: 256) }
    }

    @Test("incomplete frames do not buffer beyond the announced length")
    func partialFrameWaits() throws {
        var buffer = ByteBuffer()
        buffer.writeInteger(UInt32(100), endianness: .big)
        buffer.writeBytes([UInt8](repeating: 0x20, count: 50))
        #expect(try FrameDecoder().nextFrame(from: &buffer) == nil)
        #expect(buffer.readableBytes == 54)
    }
}
