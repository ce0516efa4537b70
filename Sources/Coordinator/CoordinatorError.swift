/// Why the coordinator could not do its job, and what to do about it.
public enum CoordinatorError: Error, CustomStringConvertible, Sendable {
    case cannotListen(host: String, port: Int, reason: String)
    case nothingToSweep

    public var description: String {
        switch self {
        case .cannotListen(let host, let port, let reason):
            "cannot listen on \(host):\(port): \(reason) (is another coordinator running? choose another --listen port)"
        case .nothingToSweep:
            "the sweep has no sites: check the inventory (and --sample / --recheck)"
        }
    }
}
