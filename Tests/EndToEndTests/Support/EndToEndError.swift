/// Why an end-to-end step could not go on. Each description says what happened and what to do.
enum EndToEndError: Error, CustomStringConvertible {
    case binaryMissing(path: String)
    case launchFailed(command: String, reason: String)
    case timedOut(what: String, seconds: Double, log: String)
    case failed(what: String, log: String)
    case network(String)
    /// Nothing listens on 127.0.0.1:`port` (the process that did has exited).
    case refused(port: Int)
    case namespaces(String)

    var description: String {
        switch self {
        case .binaryMissing(let path):
            "the govsweep binary is missing at \(path): run `swift build` (or `swift test`, which builds it) in the package root first"
        case .launchFailed(let command, let reason):
            "could not start \(command): \(reason)"
        case .timedOut(let what, let seconds, let log):
            "timed out after \(seconds) s waiting for \(what)\n\(log)"
        case .failed(let what, let log):
            "\(what)\n\(log)"
        case .refused(let port):
            "connection to 127.0.0.1:\(port) refused: nothing listens there"
        case .network(let reason):
            "socket error: \(reason)"
        case .namespaces(let reason):
            "network namespaces: \(reason)"
        }
    }
}
