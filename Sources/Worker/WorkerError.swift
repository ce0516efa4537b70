import GovSweepProtocol

/// Why a worker stopped for good.
public enum WorkerError: Error, CustomStringConvertible, Sendable {
    /// Retrying cannot help: the token or the release differs from the coordinator's.
    case refused(HandshakeError)
    case badCoordinatorAddress(String)

    public var description: String {
        switch self {
        case .refused(let error): error.description
        case .badCoordinatorAddress(let text): "\"\(text)\" is not HOST:PORT (e.g. 10.0.0.5:7400)"
        }
    }
}
