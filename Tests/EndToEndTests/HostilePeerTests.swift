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

        @Test("wrong token, garbage and 200 idle connections during a sweep; the sweep completes unchanged", .timeLimit(.minutes(2)))
        func sweepSurvivesHostilePeers() async throws {
            let expected = try await Baseline.shared.canonicalExport()
            try await ProcessScope.run("hostile") { scope in
                try await LoopbackProvince.serve(in: scope.directory) { province in
                    let port = try FreePort.pick(excluding: province.ports)
                    let cluster = try Cluster(scope: scope, port: port)
                    let coordinator = try await cluster.startCoordinator(inventory: province.inventoryPath)
                    let workers = try ["w1", "w2"].map { try cluster.startWorker($0) }
                    try await cluster.waitForStatus("pages to be stored", watching: [coordinator] + workers) { $0.pages >= 10 }

                    // A real worker with the wrong token is refused for good and exits with an error.
                    let wrongToken = try scope.directory.write(Cluster.randomToken(), to: "wrong-token")
                    let impostor = try cluster.startWorker("impostor", tokenFile: wrongToken)
                    let garbageReplies = try await Self.sendGarbage(port: port)
                    let badProof = try await Self.authenticateWithWrongToken(port: port)
                    let flood = try await Self.openIdleConnections(200, port: port)

                    let impostorExit = try await impostor.waitForExit(timeout: .seconds(30))
                    #expect(!impostorExit.succeeded, "a worker with the wrong token must not succeed")
                    #expect(impostor.errorOutput.contains("bad_proof"), "\(impostor.logTail())")
                    #expect(badProof == .badProof, "wrong proof answered with \(String(describing: badProof))")
                    for (sent, reply) in zip(Self.garbage, garbageReplies) {
                        #expect(reply.codes.contains(sent.code), "\(sent.name): expected error \(sent.code), got \(reply.codes)")
                        #expect(reply.closed, "\(sent.name): the coordinator kept the connection open")
                    }
                    let floodResult = try await Self.waitForFloodToEnd(flood)
                    #expect(floodResult.stillOpen == 0, "\(floodResult.stillOpen) of 200 idle connections still open after the handshake deadline")
                    #expect(floodResult.rejected == 200, "only \(floodResult.rejected) of 200 idle connections got a reject")

                    // After the flood a new worker still gets in.
                    let latecomer = try cluster.startWorker("w3")
                    try await latecomer.waitForLog("connected to the coordinator", timeout: .seconds(30))

                    let exit = try await coordinator.waitForExit(timeout: .seconds(100))
                    #expect(exit.succeeded, "\(coordinator.logTail())")
                    let differences = province.canonical(try await cluster.export()).differences(from: expected)
                    #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
                }
            }
        }

        /// Opens `count` connections that never say anything.
        static func openIdleConnections(_ count: Int, port: Int) async throws -> [SendablePeer] {
            try await onDedicatedThread { try (0..<count).map { _ in SendablePeer(try RawPeer(port: port)) } }
        }

        /// What the coordinator did with idle connections: how many it rejected and how many it left open.
        static func waitForFloodToEnd(_ flood: [SendablePeer]) async throws -> (rejected: Int, stillOpen: Int) {
            try await onDedicatedThread {
                var rejected = 0
                var stillOpen = 0
                // Handshake deadline (5 s) plus a margin; the connections were opened together.
                let deadline = ContinuousClock.now + .seconds(15)
                for peer in flood {
                    let left = max(.milliseconds(1), deadline - ContinuousClock.now)
                    let (messages, closed) = peer.peer.readUntilClosed(timeout: left)
                    if messages.contains(where: { if case .reject = $0 { true } else { false } }) { rejected += 1 }
                    if !closed { stillOpen += 1 }
                }
                return (rejected, stillOpen)
            }
        }

        /// Sends each kind of garbage on its own connection; returns the error codes received and
        /// whether the coordinator closed the connection.
        static func sendGarbage(port: Int) async throws -> [(codes: [String], closed: Bool)] {
            try await onDedicatedThread {
                try garbage.map { item in
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

/// A ``RawPeer`` handed between threads; only one thread uses it at a time.
struct SendablePeer: @unchecked Sendable {
    let peer: RawPeer
    init(_ peer: RawPeer) { self.peer = peer }
}
