import GovSweepProtocol

/// Turns inventory rows into sites, one row at a time, remembering the ids and homepages seen.
///
/// A row is left out (an error) for a missing site_id, name or url, a duplicate site_id, a url that
/// is not http(s) or a level it does not know. It loads with a warning when its site_id is not a
/// well-formed 网站标识码, when its homepage repeats another site's, or when it has more cells than
/// the header names (an unquoted comma).
struct SiteRowReader {
    private let header: HeaderMap<InventoryField>
    private let headerWidth: Int
    private var firstLineOfID: [String: Int] = [:]
    private var firstLineOfURL: [String: (line: Int, id: String)] = [:]

    init(header: HeaderMap<InventoryField>, headerWidth: Int) {
        self.header = header
        self.headerWidth = headerWidth
    }

    /// The site of `record` (nil when the row is left out) and the problems found in it.
    mutating func read(_ record: CSVRecord) -> (site: Site?, problems: [InventoryProblem]) {
        var errors: [String] = []
        var warnings: [String] = []
        let id = header.value(.siteID, in: record)
        let name = header.value(.name, in: record)
        let rawURL = header.value(.url, in: record)

        if let id {
            if let first = firstLineOfID[id] {
                errors.append("duplicate site_id \(id) (first on line \(first))")
            } else {
                firstLineOfID[id] = record.line
                if SiteIdentifier.looksLikeScientificNotation(id) {
                    warnings.append("site_id \"\(id)\" was rewritten by a spreadsheet in scientific notation; format the column as text and export again; loaded anyway")
                } else if !SiteIdentifier.isWellFormed(id) {
                    warnings.append("site_id \"\(id)\" is not a 网站标识码 (6-digit area code or bm + 4 digits, then 4 digits); loaded anyway")
                }
            }
        } else {
            errors.append("missing site_id")
        }
        if name == nil { errors.append("missing name") }

        var url: String?
        if let rawURL {
            url = HomepageURL.normalised(rawURL)
            if url == nil { errors.append("url \"\(rawURL)\" is not an http(s) URL") }
        } else {
            errors.append("missing url")
        }

        var level: SiteLevel?
        if let levelText = header.value(.level, in: record) {
            level = SiteLevel(inventoryText: levelText)
            if level == nil {
                errors.append("unknown level \"\(levelText)\" (use province, city, county, township, department or 省级, 市级, 县级, 乡镇, 部门)")
            }
        }

        let extra = record.fields.dropFirst(headerWidth).filter { !$0.trimmedForInventory.isEmpty }
        if !extra.isEmpty {
            warnings.append("\(record.fields.count) cells but the header names \(headerWidth): quote cells that contain commas")
        }

        if errors.isEmpty, let id, let url {
            if let first = firstLineOfURL[url] {
                warnings.append("homepage \(url) is also site \(first.id)'s (line \(first.line)); loaded anyway")
            } else {
                firstLineOfURL[url] = (record.line, id)
            }
        }

        let problems = errors.map { InventoryProblem(line: record.line, reason: $0) }
            + warnings.map { InventoryProblem(line: record.line, reason: $0, severity: .warning) }
        guard errors.isEmpty, let id, let name, let url else { return (nil, problems) }
        let site = Site(
            id: id, name: name.collapsingWhiteSpace, url: url,
            unit: header.value(.unit, in: record)?.collapsingWhiteSpace,
            region: header.value(.region, in: record)?.collapsingWhiteSpace,
            level: level,
            hostGroup: header.value(.hostGroup, in: record))
        return (site, problems)
    }
}

extension String {
    /// The text with every run of white space (a newline in a quoted cell included) made one space.
    var collapsingWhiteSpace: String {
        split(whereSeparator: { $0.unicodeScalars.allSatisfy(\.isInventorySpace) }).joined(separator: " ")
    }
}
