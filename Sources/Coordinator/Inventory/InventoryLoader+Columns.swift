import GovSweepProtocol

extension InventoryLoader {
    /// Loads the operator's columns file (栏目清单) at `path`: CSV with `site_id,name,url,category`
    /// (or 网站标识码, 栏目名称, 栏目地址, 栏目类别). Categories are the contract's ids or their
    /// Chinese names. Rows whose site is not in `sites`, or that are incomplete or repeat a column,
    /// are left out and reported; the others become configured columns (source `inventory`).
    ///
    /// - Returns: the columns of each site id, in file order, and the problems.
    public static func loadColumns(
        path: String, sites: Set<String>
    ) throws(InventoryError) -> (columns: [String: [ColumnRef]], problems: [InventoryProblem]) {
        try parseColumns(bytes: InventoryText.bytes(atPath: path), sites: sites, file: path)
    }

    /// Parses a columns file's bytes; see ``loadColumns(path:sites:)``.
    public static func parseColumns(
        bytes: [UInt8], sites: Set<String>
    ) throws(InventoryError) -> (columns: [String: [ColumnRef]], problems: [InventoryProblem]) {
        try parseColumns(bytes: bytes, sites: sites, file: "the columns file")
    }

    static func parseColumns(
        bytes: [UInt8], sites: Set<String>, file: String
    ) throws(InventoryError) -> (columns: [String: [ColumnRef]], problems: [InventoryProblem]) {
        let table = try CSVTable(text: InventoryText.decode(bytes).text, file: file)
        let header = try HeaderMap<ColumnField>(header: table.header, file: file)
        var reader = ColumnRowReader(header: header, sites: sites)
        var columns: [String: [ColumnRef]] = [:]
        var problems = header.problems + table.problems
        for row in table.rows {
            let (read, rowProblems) = reader.read(row)
            if let read { columns[read.siteID, default: []].append(read.column) }
            problems += rowProblems
        }
        return (columns, problems.sortedByLine())
    }
}
