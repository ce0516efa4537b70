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
}
