import Foundation
import GovSweepProtocol
import Testing

extension EndToEnd {
    /// Peers that are not workers, while a sweep runs: none of them gets work or stops the sweep.
    @Suite("Hostile peers")
    struct HostilePeerTests {
        /// Frames a peer without the token might send, and the error code each must earn.
        static let garbage: [(name: String, bytes: [UInt8], code: String)] = [
            ("an HTTP request", Array("GET / HTTP/1.1\r\nHost: coordinator\r\n\r\n".utf8), "frame_too_large"),
            ("a zero length", [0, 0, 0, 0], "empty_frame"),
            ("bytes that are not UTF-8", RawPeer.frame([0xFF, 0xFE, 0xC0, 0x80]), "invalid_utf8"),
            ("text that is not JSON", RawPeer.frame(Array("hello coordinator".utf8)), "invalid_json"),
            ("JSON that is not a message", RawPeer.frame(Array(#"{"type":"mine","v":2}"#.utf8)), "unknown_type"),
        ]

        /// A frame whose `type` carries a newline and a whole forged log line after it.
        static let forgedLine = "x\n2026-01-01T00:00:00+0800 info govsweep.coordinator : capacity=8 worker=FORGED [Coordinator] worker joined"

        /// 200 idle connections from 25 loopback addresses (8 each), re-opened as they close.
        static let floodSources = (2...26).map { "127.0.0.\($0)" }
        /// Peers sending the largest frames before authenticating, from addresses of their own.
        static let bigFrameSources = (2...17).map { "127.0.1.\($0)" }

        @Test("wrong token, garbage, a forged log line, big frames and a flood of 200 connections during a sweep; the sweep completes unchanged",
              .timeLimit(.minutes(8)))
        func sweepSurvivesHostilePeers() async throws {
            let expected = try await Baseline.shared.canonicalExport()
            try await ProcessScope.run("hostile") { scope in
                try await LoopbackProvince.serve(in: scope.directory) { province in
                    let port = try FreePort.pick(excluding: province.ports)
                    let cluster = try Cluster(scope: scope, port: port)
                    let coordinator = try await cluster.startCoordinator(inventory: province.inventoryPath)
                    let memory = MemoryWatch(pid: coordinator.pid)

                    // The attack starts before the workers: they must get in through it.
                    let flood = HostilePeers(count: 200, port: port, sources: Self.floodSources)
                    // 8 MiB frames (the full size) and frames of exactly the size allowed before authentication.
                    let eightMiB = HostilePeers(count: 32, port: port, sources: Self.bigFrameSources) {
                        [0, 0x80, 0, 0] + [UInt8](repeating: UInt8(ascii: "{"), count: 8 << 20)
                    }
                    let largestAllowed = HostilePeers(count: 32, port: port, sources: Self.bigFrameSources) {
                        RawPeer.frame([UInt8](repeating: UInt8(ascii: "["), count: 1024))
                    }
                    let workers = try ["w1", "w2"].map { try cluster.startWorker($0) }
                    try await cluster.waitForStatus("pages to be stored", watching: [coordinator] + workers) { $0.pages >= 10 }

                    // A real worker with the wrong token is refused for good and exits with an error.
                    let wrongToken = try scope.directory.write(Cluster.randomToken(), to: "wrong-token")
                    let impostor = try cluster.startWorker("impostor", tokenFile: wrongToken)
                    let garbageReplies = try await Self.sendGarbage(port: port)
                    let badProof = try await Self.authenticateWithWrongToken(port: port)
                    let forgery = try await Self.sendGarbage(
                        port: port, [("a forged log line", RawPeer.frame(Array(#"{"type":"\#(Self.escaped(Self.forgedLine))","v":2}"#.utf8)), "unknown_type")])

                    let impostorExit = try await impostor.waitForExit(timeout: .seconds(30))
                    #expect(!impostorExit.succeeded, "a worker with the wrong token must not succeed")
                    #expect(impostor.errorOutput.contains("bad_proof"), "\(impostor.logTail())")
                    #expect(badProof == .badProof, "wrong proof answered with \(String(describing: badProof))")
                    for (sent, reply) in zip(Self.garbage + [("a forged log line", [], "unknown_type")], garbageReplies + forgery) {
                        #expect(reply.codes.contains(sent.code), "\(sent.name): expected error \(sent.code), got \(reply.codes)")
                        #expect(reply.closed, "\(sent.name): the coordinator kept the connection open")
                    }

                    // During the flood a new worker still gets in.
                    let latecomer = try cluster.startWorker("w3")
                    try await latecomer.waitForLog("connected to the coordinator", timeout: .seconds(30))

                    let exit = try await coordinator.waitForExit(timeout: .seconds(100))
                    let (peakMB, samples) = memory.stop()
                    let floodResult = await flood.finish()
                    let bigFrames = await eightMiB.finish()
                    let allowedFrames = await largestAllowed.finish()
                    #expect(exit.succeeded, "\(coordinator.logTail())")
                    #expect(floodResult.opened >= 200 && floodResult.closedByCoordinator > 0, "\(floodResult)")
                    #expect(floodResult.failedToOpen == 0, "\(floodResult)")
                    #expect(floodResult.stillOpen == 0, "\(floodResult.stillOpen) flood connections still open after the handshake deadline")
                    #expect(bigFrames.opened >= 32 && allowedFrames.opened >= 32, "\(bigFrames) \(allowedFrames)")
                    #expect(samples > 10, "the coordinator's memory was sampled \(samples) times")
                    #expect(peakMB < 200, "the coordinator's resident memory reached \(peakMB) MB under big frames before authentication")
                    print("hostile peers: coordinator peak RSS \(peakMB) MB over \(samples) samples; flood \(floodResult); 8 MiB frames \(bigFrames); 1 KiB frames \(allowedFrames)")

                    // The forged line is in the log only inside quotes, never as a line of its own.
                    let log = coordinator.errorOutput.split(separator: "\n")
                    #expect(log.contains { $0.contains("FORGED") }, "the bad frame was not logged at all")
                    #expect(!log.contains { $0.hasPrefix("2026-01-01T00:00:00") }, "a forged line reached the log")
                    #expect(log.filter { $0.contains("FORGED") }.allSatisfy { $0.contains("closing connection after bad input") })
                    #expect(log.allSatisfy { $0.utf8.count < 4096 }, "a log line longer than 4 KiB")

                    let differences = province.canonical(try await cluster.export()).differences(from: expected)
                    #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
                }
            }
        }

        /// `text` escaped for a JSON string.
        static func escaped(_ text: String) -> String {
            text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\n", with: "\\n")
        }

        /// Sends each kind of garbage on its own connection; returns the error codes received and
        /// whether the coordinator closed the connection.
        static func sendGarbage(
            port: Int, _ items: [(name: String, bytes: [UInt8], code: String)] = garbage
        ) async throws -> [(codes: [String], closed: Bool)] {
            try await onDedicatedThread {
                try items.map { item in
                    let peer = try RawPeer(port: port)
                    peer.send(item.bytes)
                    let (messages, closed) = peer.readUntilClosed(timeout: .seconds(10))
                    let codes = messages.compactMap { message -> String? in
                        if case .error(let error) = message { return error.code }
                        return nil
                    }
                    return (codes, closed)
                }
            }
        }

        /// Says hello as a worker, answers the challenge with a proof made from a wrong token;
        /// returns the reason of the coordinator's reject.
        static func authenticateWithWrongToken(port: Int) async throws -> Reject.Reason? {
            try await onDedicatedThread {
                let peer = try RawPeer(port: port)
                let hello = Hello(workerID: "intruder", host: "intruder", version: ProtocolVersion.software, capacity: 8)
                var handshake = WorkerHandshake(hello: hello, token: try SharedToken(Cluster.randomToken()))
                var action = handshake.start()
                while case .send(let message) = action {
                    try peer.send(message)
                    guard let reply = peer.readMessage(timeout: .seconds(10)) else { return nil }
                    action = handshake.received(reply)
                }
                if case .fail(.rejected(let reject)) = action { return reject.reason }
                return nil
            }
        }
    }
}
