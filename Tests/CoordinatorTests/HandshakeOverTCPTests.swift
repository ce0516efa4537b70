import GovSweepProtocol
import Logging
import NIOCore
import Testing
import Worker
@testable import Coordinator

@Suite("Handshake over loopback TCP")
struct HandshakeOverTCPTests {
    @Test("a worker with the right token joins, crawls and is told the sweep is over")
    func rightToken() async throws {
        let harness = try await Harness.make(sites: Harness.sites(2))
        try await harness.serving {
            let worker = WorkerService(
                configuration: harness.workerConfiguration(id: "w-ok"), crawler: FakeCrawler(), logger: Logger(label: "test.worker"))
            try await worker.run()
        }
        #expect(await harness.coordinator.isComplete)
    }

    @Test("a worker with a wrong token is refused and gets no work")
    func wrongToken() async throws {
        let harness = try await Harness.make(sites: Harness.sites(2))
        let refusal: WorkerError? = try await harness.serving {
            let worker = WorkerService(
                configuration: harness.workerConfiguration(id: "w-bad", token: try SharedToken("not-the-right-token-at-all")),
                crawler: FakeCrawler(), logger: Logger(label: "test.worker"))
            do {
                try await worker.run()
                return nil
            } catch let error as WorkerError {
                return error
            }
        }
        guard case .refused(.rejected(let reject)) = refusal else {
            Issue.record("expected a refusal, got \(String(describing: refusal))")
            return
        }
        #expect(reject.reason == .badProof)
        #expect(await harness.coordinator.progress.leased == 0)
        #expect(await harness.coordinator.progress.done == 0)
    }

    @Test("a peer that never authenticates is disconnected with a timeout reject")
    func silentPeer() async throws {
        let harness = try await Harness.make(sites: Harness.sites(1), handshakeTimeout: 0.3)
        let replies = try await harness.serving {
            try RawPeer.messages(in: try await RawPeer.connect(port: harness.server.boundPort).exchange([]))
        }
        #expect(replies.map(\.kind) == [.reject])
        if case .reject(let reject) = replies.first { #expect(reject.reason == .timeout) }
    }

    @Test("garbage bytes get an error message and a closed connection")
    func garbage() async throws {
        let harness = try await Harness.make(sites: Harness.sites(1))
        let replies = try await harness.serving {
            try RawPeer.messages(in: try await RawPeer.connect(port: harness.server.boundPort).exchange(Array("GET / HTTP/1.1\r\nHost: x\r\n\r\n".utf8)))
        }
        guard case .error(let error) = replies.first else {
            Issue.record("expected an error message, got \(replies)")
            return
        }
        #expect(error.code == "frame_too_large")
        #expect(error.fatal)
    }

    @Test("before authentication a frame over the small limit is refused as soon as its length arrives")
    func largeFrameBeforeAuthentication() async throws {
        let harness = try await Harness.make(sites: Harness.sites(1))
        // A hello padded past 1 KiB: well-formed, but no handshake message is that large.
        let padded = Hello(workerID: String(repeating: "w", count: 2000), host: "h", version: ProtocolVersion.software, capacity: 1)
        var buffer = ByteBuffer()
        try FrameDecoder.writeFrame(try MessageCoder().encode(.hello(padded)), into: &buffer, maximum: 1 << 20)
        let frame = Array(buffer.readableBytesView)
        let replies = try await harness.serving {
            try RawPeer.messages(in: try await RawPeer.connect(port: harness.server.boundPort).exchange(frame))
        }
        guard case .error(let error) = replies.first else {
            Issue.record("expected an error message, got \(replies)")
            return
        }
        #expect(error.code == "frame_too_large")
        #expect(error.message.contains("\(FrameLengthLimit.defaultBeforeAuthentication)"))
    }

    @Test("after authentication the full frame size applies")
    func largeFrameAfterAuthentication() async throws {
        let limit = FrameLengthLimit(afterAuthentication: 8 << 20)
        var buffer = ByteBuffer()
        buffer.writeInteger(UInt32(4 << 20), endianness: .big)
        var early = buffer
        var refused = false
        do { _ = try FrameDecoder(maximumFrameLength: limit.current).nextFrame(from: &early) } catch { refused = true }
        #expect(refused, "before authentication a 4 MiB length is refused")
        limit.authenticate()
        let waiting = try FrameDecoder(maximumFrameLength: limit.current).nextFrame(from: &buffer)
        #expect(waiting == nil, "after authentication a 4 MiB frame waits for its bytes")
    }

    @Test("work before authentication is refused")
    func workBeforeAuthentication() async throws {
        let harness = try await Harness.make(sites: Harness.sites(1))
        var buffer = ByteBuffer()
        try FrameDecoder.writeFrame(try MessageCoder().encode(.heartbeat(Heartbeat(leases: ["x"]))), into: &buffer, maximum: 1 << 20)
        let frame = Array(buffer.readableBytesView)
        let replies = try await harness.serving {
            try RawPeer.messages(in: try await RawPeer.connect(port: harness.server.boundPort).exchange(frame))
        }
        guard case .reject(let reject) = replies.first else {
            Issue.record("expected a reject, got \(replies)")
            return
        }
        #expect(reject.reason == .protocolViolation)
    }

    @Test("a flood of unauthenticated connections is refused and a real worker still gets in")
    func connectionFlood() async throws {
        let harness = try await Harness.make(sites: Harness.sites(1), handshakeTimeout: 1, maximumUnauthenticated: 4)
        try await harness.serving {
            var idle: [RawPeer] = []
            for _ in 0..<4 { idle.append(try await RawPeer.connect(port: harness.server.boundPort)) }
            try await Task.sleep(for: .milliseconds(100))
            let refused = try RawPeer.messages(in: try await RawPeer.connect(port: harness.server.boundPort).exchange([]))
            #expect(refused.first.map { if case .reject(let r) = $0 { r.reason == .tooManyConnections } else { false } } == true)
            // The idle peers time out; then a worker is served.
            let worker = WorkerService(
                configuration: harness.workerConfiguration(id: "w-late"), crawler: FakeCrawler(), logger: Logger(label: "test.worker"))
            try await worker.run()
            for peer in idle { _ = try? await peer.exchange([]) }
        }
        #expect(await harness.coordinator.isComplete)
    }
}
