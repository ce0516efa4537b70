/// Why a rules file could not be used. Each case says what to fix.
public enum RulesError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file could not be read.
    case unreadable(path: String, reason: String)
    /// The file is not a JSON object.
    case notJSON(path: String, reason: String)
    /// A key that the rules do not have (a typo, or a check or category that does not exist).
    case unknownKey(path: String, key: String)
    /// A value of the right name but the wrong shape or range.
    case invalidValue(path: String, key: String, reason: String)

    public var description: String {
        switch self {
        case let .unreadable(path, reason):
            "cannot read the rules file \(path): \(reason); check the path given to --rules"
        case let .notJSON(path, reason):
            "the rules file \(path) is not a JSON object (\(reason)); fix the JSON, or print the defaults with `govsweep rules` and start from them"
        case let .unknownKey(path, key):
            "the rules file \(path) sets \(key), which the rules do not have; compare its spelling with `govsweep rules`"
        case let .invalidValue(path, key, reason):
            "the rules file \(path) sets \(key) to a value that cannot be used: \(reason)"
        }
    }
}
