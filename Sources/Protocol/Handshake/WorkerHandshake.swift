/// The worker's side of the handshake as a pure state machine.
public struct WorkerHandshake: Sendable {
    public enum State: Sendable, Equatable {
        case idle
        case awaitingChallenge
        case awaitingWelcome
        case established(Welcome)
        case failed(HandshakeError)
    }

    public enum Action: Sendable, Equatable {
        case send(Message)
        case established(Welcome)
        case fail(HandshakeError)
        case none
    }

    public private(set) var state: State = .idle
    private let hello: Hello
    private let token: SharedToken

    public init(hello: Hello, token: SharedToken) {
        self.hello = hello
        self.token = token
    }

    /// The connection is open: say hello.
    public mutating func start() -> Action {
        guard state == .idle else { return .none }
        state = .awaitingChallenge
        return .send(.hello(hello))
    }

    public mutating func received(_ message: Message) -> Action {
        switch (state, message) {
        case (.awaitingChallenge, .challenge(let challenge)):
            guard let nonce = Hex.decode(challenge.nonce), nonce.count >= 16 else {
                return fail(.protocolViolation("the coordinator's nonce is not at least 16 bytes of hex"))
            }
            state = .awaitingWelcome
            return .send(.authenticate(Authenticate(proof: Hex.encode(token.proof(for: nonce)))))
        case (.awaitingWelcome, .welcome(let welcome)):
            state = .established(welcome)
            return .established(welcome)
        case (.awaitingChallenge, .reject(let reject)), (.awaitingWelcome, .reject(let reject)):
            return fail(.rejected(reject))
        case (.established, _), (.failed, _), (.idle, _):
            return .none
        default:
            return fail(.protocolViolation("unexpected \(message.kind.rawValue) during the handshake"))
        }
    }

    private mutating func fail(_ error: HandshakeError) -> Action {
        state = .failed(error)
        return .fail(error)
    }
}

/// Why a worker could not join a coordinator.
public enum HandshakeError: Error, Hashable, Sendable, CustomStringConvertible {
    case rejected(Reject)
    case protocolViolation(String)
    case closed
    case timedOut

    public var description: String {
        switch self {
        case .rejected(let reject): "the coordinator refused this worker (\(reject.reason.rawValue)): \(reject.message)"
        case .protocolViolation(let why): "handshake failed: \(why)"
        case .closed: "the coordinator closed the connection during the handshake"
        case .timedOut: "the coordinator did not complete the handshake in time"
        }
    }

    /// Retrying cannot help: the token or the release differs.
    public var isPermanent: Bool {
        if case .rejected(let reject) = self {
            return reject.reason == .badProof || reject.reason == .versionMismatch
        }
        return false
    }
}
