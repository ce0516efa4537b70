/// Why an inventory, columns or serious-error file was refused. Each case says what to do.
public enum InventoryError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file could not be read.
    case unreadable(path: String, reason: String)
    /// The file holds no rows at all.
    case emptyFile(file: String)
    /// The first row holds data (a site id or a URL) instead of column names.
    case noHeader(file: String, firstRow: [String], expected: String)
    /// Required columns are absent from the header row.
    case missingColumns(file: String, missing: [String], found: [String])
    /// `--strict` was given and some rows could not be loaded; every problem is listed.
    case refused(file: String, problems: [InventoryProblem])
    /// A header but no row that could be loaded.
    case noSites(file: String, problems: [InventoryProblem])
    /// A serious-error list that is not UTF-8 text.
    case notUTF8(path: String)
    /// A serious-error list line that cannot be used.
    case badTypoLine(path: String, line: Int, reason: String)

    /// What went wrong and what to do about it, in one message for the operator.
    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            "cannot read \(path): \(reason); check the path and its permissions"
        case .emptyFile(let file):
            "\(file) is empty: it needs a header row naming the columns, then one row per site"
        case .noHeader(let file, let firstRow, let expected):
            "the first row of \(file) (\(firstRow.prefix(4).joined(separator: ", "))) holds data, not column names: "
                + "add a header row such as `\(expected)` (Chinese names work too, see docs/inventory.md)"
        case .missingColumns(let file, let missing, let found):
            "\(file) has no column \(missing.joined(separator: "; ")); its header row has: "
                + (found.isEmpty ? "nothing" : found.map { "\"\($0)\"" }.joined(separator: ", "))
                + ". Rename the header cells (see docs/inventory.md)"
                + (found.contains { $0.contains(";") } ? "; the file seems to use `;` between fields: save it as CSV with commas" : "")
        case .refused(let file, let problems):
            "\(file) was refused under --strict: \(problems.filter(\.isError).count) row problem(s); fix them or drop --strict to load the good rows:\n"
                + InventoryError.list(problems)
        case .noSites(let file, let problems):
            "\(file) has no site that could be loaded; every row needs site_id, name and an http(s) url"
                + (problems.isEmpty ? "" : ":\n" + InventoryError.list(problems))
        case .notUTF8(let path):
            "\(path) is not UTF-8 text: save it as UTF-8 (e.g. `iconv -f GB18030 -t UTF-8 \(path) > fixed.txt`)"
        case .badTypoLine(let path, let line, let reason):
            "\(path) line \(line): \(reason); fix the line or comment it out with #"
        }
    }

    private static func list(_ problems: [InventoryProblem]) -> String {
        problems.map { "  \($0)" }.joined(separator: "\n")
    }
}
