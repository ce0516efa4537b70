/// Why the reports could not be written.
public enum ReportError: Error, Hashable, Sendable, CustomStringConvertible {
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case let .cannotWrite(path, reason):
            "cannot write the report \(path): \(reason); check that the --out directory is writable and has space"
        }
    }
}
