/// A row of an inventory or columns file that could not be used as it is, with its line number.
///
/// Its description reads like `line 14: missing site_id`.
public struct InventoryProblem: Sendable, Hashable, CustomStringConvertible {
    /// Whether the row was left out or loaded anyway.
    public enum Severity: String, Sendable, Hashable {
        /// The row was not loaded. `--strict` refuses a file with any of these.
        case error
        /// The row was loaded; the operator should still look at it.
        case warning
    }

    /// The 1-based physical line of the file where the row starts (quoted newlines counted).
    public var line: Int
    /// What is wrong, in one sentence.
    public var reason: String
    /// Whether the row was left out (error) or loaded anyway (warning).
    public var severity: Severity

    /// A problem on `line`; errors unless told otherwise.
    public init(line: Int, reason: String, severity: Severity = .error) {
        self.line = line
        self.reason = reason
        self.severity = severity
    }

    /// `line 14: missing site_id`.
    public var description: String { "line \(line): \(reason)" }

    /// True when the row was left out.
    public var isError: Bool { severity == .error }
}
