/// A column a CSV header row can name, with the header names accepted for it.
protocol HeaderField: Hashable, CaseIterable, Sendable {
    /// Accepted header names, lower-case; the first is the English name documents use.
    var headerNames: [String] { get }
    var isRequired: Bool { get }
}

extension HeaderField {
    /// `url (首页地址, 网址)`: the name and its alternatives, for messages.
    var displayName: String {
        let others = headerNames.dropFirst()
        return others.isEmpty ? headerNames[0] : "\(headerNames[0]) (\(others.joined(separator: ", ")))"
    }
}

/// Where each known column sits in a header row. Matching trims spaces and ignores case;
/// unknown columns are ignored, and when two columns name one field the first one is used.
struct HeaderMap<Field: HeaderField>: Sendable {
    private let indexes: [Field: Int]
    /// Remarks on the header row: columns that repeat a field.
    let problems: [InventoryProblem]

    /// Maps `header`, throwing when a required column is missing (or the row is data, not a header).
    init(header: CSVRecord, file: String) throws(InventoryError) {
        let names = header.fields.map { $0.trimmedForInventory.lowercased() }
        var indexes: [Field: Int] = [:]
        var problems: [InventoryProblem] = []
        for (index, name) in names.enumerated() {
            guard let field = Field.allCases.first(where: { $0.headerNames.contains(name) }) else { continue }
            if let first = indexes[field] {
                problems.append(InventoryProblem(
                    line: header.line,
                    reason: "columns \"\(header.fields[first].trimmedForInventory)\" and \"\(header.fields[index].trimmedForInventory)\" both give \(field.headerNames[0]); the first is used",
                    severity: .warning))
            } else {
                indexes[field] = index
            }
        }
        let missing = Field.allCases.filter { $0.isRequired && indexes[$0] == nil }
        if !missing.isEmpty {
            let found = header.fields.map(\.trimmedForInventory)
            if found.contains(where: HeaderMap.looksLikeData) {
                throw .noHeader(file: file, firstRow: found, expected: Field.requiredNames)
            }
            throw .missingColumns(file: file, missing: missing.map(\.displayName), found: found)
        }
        self.indexes = indexes
        self.problems = problems
    }

    /// The trimmed value of `field` in `record`, or nil when the column is absent or the cell empty.
    func value(_ field: Field, in record: CSVRecord) -> String? {
        guard let index = indexes[field], index < record.fields.count else { return nil }
        let value = record.fields[index].trimmedForInventory
        return value.isEmpty ? nil : value
    }

    /// The number of columns the header row maps (the widest index used, plus one).
    var width: Int { (indexes.values.max() ?? -1) + 1 }

    private static func looksLikeData(_ cell: String) -> Bool {
        let lower = cell.lowercased()
        return SiteIdentifier.isWellFormed(cell) || lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }
}

extension HeaderField {
    /// The required columns' English names, comma-separated: `site_id,name,url`.
    static var requiredNames: String {
        allCases.filter(\.isRequired).map { $0.headerNames[0] }.joined(separator: ",")
    }
}
