/// The coordinator's side of the handshake as a pure state machine.
///
/// `hello` → `challenge` (nonce) → `authenticate` (proof) → `welcome`, or `reject` and close.
/// The shell feeds it what arrives and carries out the actions it returns; it also enforces the
/// deadline by calling ``timedOut()``.
public struct CoordinatorHandshake: Sendable {
    public enum State: Sendable, Equatable {
        case awaitingHello
        case awaitingProof(hello: Hello, nonce: [UInt8])
        case established(Hello)
        case closed
    }

    public enum Action: Sendable, Equatable {
        /// Send the message and keep waiting.
        case send(Message)
        /// Send the message, then close the connection: the peer gets no work.
        case sendAndClose(Message)
        /// The peer is authenticated: send the welcome and hand the connection to the session.
        case established(Hello, welcome: Message)
        /// Nothing to do.
        case none
    }

    public private(set) var state: State = .awaitingHello
    private let token: SharedToken
    private let welcome: Welcome
    private let makeNonce: @Sendable () -> [UInt8]

    public init(token: SharedToken, welcome: Welcome, makeNonce: @escaping @Sendable () -> [UInt8] = SharedToken.makeNonce) {
        self.token = token
        self.welcome = welcome
        self.makeNonce = makeNonce
    }

    public mutating func received(_ message: Message) -> Action {
        switch (state, message) {
        case (.awaitingHello, .hello(let hello)):
            guard hello.version == ProtocolVersion.software else {
                state = .closed
                return .sendAndClose(.reject(Reject(
                    reason: .versionMismatch,
                    message: "worker runs GovSweep \(hello.version), coordinator runs \(ProtocolVersion.software); run the same release on both"
                )))
            }
            guard hello.capacity > 0, !hello.workerID.isEmpty else {
                state = .closed
                return .sendAndClose(.reject(Reject(
                    reason: .protocolViolation, message: "hello needs a worker_id and a capacity of at least 1")))
            }
            let nonce = makeNonce()
            state = .awaitingProof(hello: hello, nonce: nonce)
            return .send(.challenge(Challenge(nonce: Hex.encode(nonce))))

        case (.awaitingProof(let hello, let nonce), .authenticate(let auth)):
            guard let proof = Hex.decode(auth.proof), token.verify(proof: proof, for: nonce) else {
                state = .closed
                return .sendAndClose(.reject(Reject(
                    reason: .badProof, message: "authentication failed: the worker's token differs from the coordinator's")))
            }
            state = .established(hello)
            return .established(hello, welcome: .welcome(welcome))

        case (.closed, _), (.established, _):
            return .none

        default:
            state = .closed
            return .sendAndClose(.reject(Reject(
                reason: .protocolViolation,
                message: "unexpected \(message.kind.rawValue) during the handshake; expected \(expectedKind.rawValue)")))
        }
    }

    /// The handshake deadline passed.
    public mutating func timedOut() -> Action {
        switch state {
        case .awaitingHello, .awaitingProof:
            state = .closed
            return .sendAndClose(.reject(Reject(reason: .timeout, message: "no authentication within the deadline")))
        case .established, .closed:
            return .none
        }
    }

    /// The peer's wire protocol version differed from ours (reported by the decoder).
    public mutating func versionMismatch(peer: Int) -> Action {
        state = .closed
        return .sendAndClose(.reject(Reject(
            reason: .versionMismatch,
            message: "worker speaks protocol v\(peer), coordinator speaks v\(ProtocolVersion.current); run the same GovSweep release on both")))
    }

    private var expectedKind: Message.Kind {
        if case .awaitingProof = state { return .authenticate }
        return .hello
    }
}
