import Testing
@testable import GovSweepProtocol

@Suite("Handshake state machines")
struct HandshakeTests {
    let token = try! SharedToken("correct horse battery staple")
    let welcome = Welcome(sessionID: "s-1", heartbeatSeconds: 5, leaseSeconds: 30)
    let hello = Hello(workerID: "w-1", host: "h", version: ProtocolVersion.software, capacity: 4)

    func coordinator() -> CoordinatorHandshake {
        CoordinatorHandshake(token: token, welcome: welcome, makeNonce: { [UInt8](repeating: 7, count: 32) })
    }

    /// Runs both machines against each other; returns the coordinator's final action.
    func run(workerToken: SharedToken) -> (CoordinatorHandshake.Action, WorkerHandshake.Action) {
        var server = coordinator()
        var client = WorkerHandshake(hello: hello, token: workerToken)
        guard case .send(let first) = client.start() else { return (.none, .none) }
        guard case .send(let challenge) = server.received(first) else { return (.none, .none) }
        guard case .send(let proof) = client.received(challenge) else { return (.none, .none) }
        let outcome = server.received(proof)
        switch outcome {
        case .established(_, let message), .sendAndClose(let message), .send(let message):
            return (outcome, client.received(message))
        case .none:
            return (outcome, .none)
        }
    }

    @Test("the right token establishes the session")
    func success() {
        let (server, client) = run(workerToken: token)
        #expect(server == .established(hello, welcome: .welcome(welcome)))
        #expect(client == .established(welcome))
    }

    @Test("a wrong token is rejected and closed")
    func wrongToken() throws {
        let (server, client) = run(workerToken: try SharedToken("another token entirely!"))
        guard case .sendAndClose(.reject(let reject)) = server else {
            Issue.record("expected a reject, got \(server)")
            return
        }
        #expect(reject.reason == .badProof)
        guard case .fail(let error) = client else {
            Issue.record("expected the worker to fail, got \(client)")
            return
        }
        #expect(error.isPermanent)
    }

    @Test("a proof that is not hex is rejected")
    func garbageProof() {
        var server = coordinator()
        _ = server.received(.hello(hello))
        #expect(server.received(.authenticate(Authenticate(proof: "zz"))) ==
            .sendAndClose(.reject(Reject(reason: .badProof, message: "authentication failed: the worker's token differs from the coordinator's"))))
    }

    @Test("a version mismatch names both versions")
    func versionMismatch() {
        var server = coordinator()
        var old = hello
        old.version = "0.0.1"
        guard case .sendAndClose(.reject(let reject)) = server.received(.hello(old)) else {
            Issue.record("expected a reject")
            return
        }
        #expect(reject.reason == .versionMismatch)
        #expect(reject.message.contains("0.0.1"))
        #expect(reject.message.contains(ProtocolVersion.software))
    }

    @Test("work messages before authentication are refused")
    func outOfOrder() {
        var server = coordinator()
        guard case .sendAndClose(.reject(let reject)) = server.received(.heartbeat(Heartbeat())) else {
            Issue.record("expected a reject")
            return
        }
        #expect(reject.reason == .protocolViolation)
        #expect(server.state == .closed)
        #expect(server.received(.hello(hello)) == .none)
    }

    @Test("the deadline closes an unauthenticated peer but not an established one")
    func deadline() {
        var server = coordinator()
        _ = server.received(.hello(hello))
        guard case .sendAndClose(.reject(let reject)) = server.timedOut() else {
            Issue.record("expected a reject")
            return
        }
        #expect(reject.reason == .timeout)

        var established = coordinator()
        _ = established.received(.hello(hello))
        _ = established.received(.authenticate(Authenticate(proof: Hex.encode(token.proof(for: [UInt8](repeating: 7, count: 32))))))
        #expect(established.timedOut() == .none)
    }

    @Test("short tokens are refused")
    func shortToken() {
        #expect(throws: TokenError.tooShort(length: 5, minimum: 16)) { try SharedToken("  short \n") }
    }

    @Test("hex round trip")
    func hex() {
        let bytes: [UInt8] = [0, 1, 0xAB, 0xFF]
        #expect(Hex.encode(bytes) == "0001abff")
        #expect(Hex.decode("0001ABff") == bytes)
        #expect(Hex.decode("abc") == nil)
        #expect(Hex.decode("zz") == nil)
    }
}
