import GovSweepProtocol

/// Loads the inventory of sites to sweep, and the operator's columns file, from CSV files.
///
/// The encoding is detected (UTF-8 with or without BOM, else GB18030/GBK); headers may be English
/// or Chinese. The format is described in docs/inventory.md.
public enum InventoryLoader {
    /// Loads the inventory at `path`.
    ///
    /// - Parameter strict: when true, any row that cannot be loaded refuses the whole file and the
    ///   error lists every problem; when false the good rows load and the problems are returned.
    ///   Warnings (rows loaded anyway) never refuse a file.
    public static func load(path: String, strict: Bool) throws(InventoryError) -> Inventory {
        try parse(bytes: InventoryText.bytes(atPath: path), strict: strict, file: path)
    }

    /// Parses inventory bytes; see ``load(path:strict:)``.
    public static func parse(bytes: [UInt8], strict: Bool) throws(InventoryError) -> Inventory {
        try parse(bytes: bytes, strict: strict, file: "the inventory")
    }

    static func parse(bytes: [UInt8], strict: Bool, file: String) throws(InventoryError) -> Inventory {
        let decoded = InventoryText.decode(bytes)
        let table = try CSVTable(text: decoded.text, file: file)
        let header = try HeaderMap<InventoryField>(header: table.header, file: file)
        var reader = SiteRowReader(header: header, headerWidth: table.header.fields.count)
        var sites: [Site] = []
        var problems = header.problems + table.problems
        for row in table.rows {
            let (site, rowProblems) = reader.read(row)
            if let site { sites.append(site) }
            problems += rowProblems
        }
        problems = problems.sortedByLine()
        if strict && problems.contains(where: \.isError) {
            throw .refused(file: file, problems: problems)
        }
        guard !sites.isEmpty else { throw .noSites(file: file, problems: problems) }
        return Inventory(sites: sites, problems: problems, encoding: decoded.encoding, politeness: reader.overrides)
    }
}

extension [InventoryProblem] {
    /// The problems by line, errors before warnings, otherwise in the order they were found.
    func sortedByLine() -> [InventoryProblem] {
        enumerated()
            .sorted { ($0.element.line, $0.element.isError ? 0 : 1, $0.offset) < ($1.element.line, $1.element.isError ? 0 : 1, $1.offset) }
            .map { $0.element }
    }
}
