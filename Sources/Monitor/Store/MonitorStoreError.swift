/// What went wrong with the monitor's database, and what to do about it.
public enum MonitorStoreError: Error, CustomStringConvertible, Sendable {
    case cannotOpen(path: String, reason: String)
    case missing(path: String)
    case noRun(path: String)
    case corrupt(String)
    case failed(String)
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            "cannot open the database \(path): \(reason) (check the path, free disk space and permissions)"
        case .missing(let path):
            "no database at \(path): start monitoring with `govsweep monitor --inventory FILE --db \(path)` first, or pass the right --db"
        case .noRun(let path):
            "the database \(path) holds no monitoring run: start one with `govsweep monitor --inventory FILE --db \(path)`"
        case .corrupt(let reason):
            "the monitor's tables hold a value this version cannot read (\(reason)); use the GovSweep version that wrote them"
        case .failed(let reason):
            "database error: \(reason)"
        case .cannotWrite(let path, let reason):
            "cannot write \(path): \(reason) (check the directory exists and is writable)"
        }
    }
}
