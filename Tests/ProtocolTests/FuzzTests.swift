import NIOCore
import Testing
@testable import GovSweepProtocol

@Suite("Decoder under random input")
struct FuzzTests {
    /// Feeds 100,000 random and mutated frames; each must decode or fail with a WireError, never crash or hang.
    @Test("100,000 random and mutated frames")
    func randomAndMutatedFrames() throws {
        let coder = MessageCoder()
        let decoder = FrameDecoder(maximumFrameLength: 64 << 10)
        let seeds = try MessageSamples.all.map { try coder.encode($0) }
        var rng = SplitMix64(seed: 0x5EED_0F_60_5EE9)
        var decoded = 0
        var refused = 0
        for round in 0..<100_000 {
            var payload: [UInt8]
            switch round % 4 {
            case 0:
                payload = (0..<Int.random(in: 0...64, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            default:
                payload = seeds[Int.random(in: 0..<seeds.count, using: &rng)]
                for _ in 0..<Int.random(in: 1...4, using: &rng) where !payload.isEmpty {
                    let at = Int.random(in: 0..<payload.count, using: &rng)
                    switch Int.random(in: 0..<3, using: &rng) {
                    case 0: payload[at] = UInt8.random(in: 0...255, using: &rng)
                    case 1: payload.remove(at: at)
                    default: payload.insert(UInt8.random(in: 0...255, using: &rng), at: at)
                    }
                }
            }
            var buffer = ByteBuffer()
            // A fifth of the frames get a wrong length prefix too.
            let announced = round % 5 == 0 ? UInt32.random(in: 0...UInt32(payload.count + 8), using: &rng) : UInt32(payload.count)
            buffer.writeInteger(announced, endianness: .big)
            buffer.writeBytes(payload)
            do {
                while let frame = try decoder.nextFrame(from: &buffer) {
                    _ = try coder.decode(frame.readableBytesView)
                    decoded += 1
                }
                try decoder.finish(buffer)
            } catch {
                refused += 1
            }
        }
        #expect(decoded + refused >= 100_000)
        #expect(refused > 0)
        #expect(decoded > 0)
    }

    /// Streams 20,000 random chunks (valid handshake frames, random length prefixes, noise) into a
    /// decoder that follows a ``FrameLengthLimit`` before authentication: whatever arrives, it never
    /// holds more than one small frame's worth of bytes, and a large prefix is refused at once.
    @Test("20,000 random chunks before authentication stay within the small frame limit")
    func chunksBeforeAuthentication() throws {
        let limit = FrameLengthLimit(afterAuthentication: 8 << 20)
        let coder = MessageCoder()
        let hello = try coder.encode(.hello(Hello(workerID: "w1", host: "h", version: ProtocolVersion.software, capacity: 4)))
        var rng = SplitMix64(seed: 0xB0_0B_1E5)
        var refused = 0
        var decoded = 0
        var buffer = ByteBuffer()
        for _ in 0..<20_000 {
            switch Int.random(in: 0..<3, using: &rng) {
            case 0:
                try FrameDecoder.writeFrame(hello, into: &buffer, maximum: limit.current)
            case 1:
                buffer.writeInteger(UInt32.random(in: 0...UInt32(16 << 20), using: &rng), endianness: .big)
            default:
                buffer.writeBytes((0..<Int.random(in: 1...700, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) })
            }
            do {
                while let frame = try FrameDecoder(maximumFrameLength: limit.current).nextFrame(from: &buffer) {
                    _ = try? coder.decode(frame.readableBytesView)
                    decoded += 1
                }
                #expect(buffer.readableBytes < 4 + limit.beforeAuthentication)
            } catch {
                if case .frameTooLarge(let length, _) = error { #expect(Int(length) > limit.beforeAuthentication) }
                refused += 1
                buffer.clear()
            }
        }
        #expect(refused > 0)
        #expect(decoded > 0)
    }

    /// 50,000 random strings (controls, separators, quotes, long runs) quoted for the log: none may
    /// carry a line break or a control character, and none is longer than the cut allows.
    @Test("50,000 random peer strings quoted for the log")
    func quotedPeerStrings() {
        let alphabet: [Unicode.Scalar] = ["a", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1B}", "\u{7F}", "\u{85}", "\u{2028}", "\u{2029}", "中", "😀"]
        var rng = SplitMix64(seed: 0x10_6_7E47)
        for _ in 0..<50_000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...300, using: &rng) {
                text.append(Int.random(in: 0..<4, using: &rng) == 0
                    ? Unicode.Scalar(UInt8.random(in: 0...255, using: &rng))
                    : alphabet[Int.random(in: 0..<alphabet.count, using: &rng)])
            }
            let quoted = PeerText.quoted(String(text))
            #expect(!quoted.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x2028 || $0.value == 0x2029 })
            #expect(quoted.unicodeScalars.count <= 2 + PeerText.defaultLimit * 8 + 40)
        }
    }
}
