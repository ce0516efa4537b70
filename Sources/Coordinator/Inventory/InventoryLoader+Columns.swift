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
        var columns: [String: [ColumnRef]] = [:]
        var firstLine: [String: Int] = [:]
        var problems = header.problems + table.problems
        for row in table.rows {
            var errors: [String] = []
            let siteID = header.value(.siteID, in: row)
            let name = header.value(.name, in: row)
            let rawURL = header.value(.url, in: row)
            let rawCategory = header.value(.category, in: row)
            if let siteID {
                if !sites.contains(siteID) { errors.append("site_id \(siteID) is not in the inventory") }
            } else {
                errors.append("missing site_id")
            }
            if name == nil { errors.append("missing name") }
            let url = rawURL.flatMap { HomepageURL.normalised($0) }
            if let rawURL, url == nil { errors.append("url \"\(rawURL)\" is not an http(s) URL") }
            if rawURL == nil { errors.append("missing url") }
            let category = rawCategory.flatMap(ColumnCategory.init(inventoryText:))
            if let rawCategory, category == nil {
                errors.append("unknown category \"\(rawCategory)\" (use \(ColumnCategory.allCases.map(\.rawValue).joined(separator: ", ")) or the Chinese names such as 通知公告类)")
            }
            if rawCategory == nil { errors.append("missing category") }
            if errors.isEmpty, let siteID, let url {
                let key = siteID + " " + url
                if let first = firstLine[key] {
                    errors.append("duplicate column \(url) of site \(siteID) (first on line \(first))")
                } else {
                    firstLine[key] = row.line
                }
            }
            problems += errors.map { InventoryProblem(line: row.line, reason: $0) }
            guard errors.isEmpty, let siteID, let name, let url, let category else { continue }
            columns[siteID, default: []].append(
                ColumnRef(name: name.collapsingWhiteSpace, url: url, category: category, source: .inventory))
        }
        return (columns, problems.sortedByLine())
    }
}
