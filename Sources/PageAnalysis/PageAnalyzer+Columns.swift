import GovSweepProtocol

extension PageAnalyzer {
    /// The list page's own column first (from `ColumnName` or the breadcrumb's last step), then the
    /// site's columns named in navigation, then section headings beside a 更多 link; each URL once.
    /// `pageURL` is worked out only for a list page.
    func columns(of observation: PageObservation, navigation: [(name: String, url: String)],
                 pageURL: @autoclosure () -> String) -> [ColumnRef] {
        var result: [ColumnRef] = []
        var seen = SmallStringSet()
        if observation.kind == .columnList {
            let name = observation.meta["ColumnName"] ?? observation.breadcrumb.last ?? observation.title
            if let name, !name.isEmpty {
                let url = Self.firstPage(of: pageURL())
                seen.insert(url)
                result.append(ColumnRef(name: name, url: url, category: ColumnClassifier.category(forName: name) ?? .other))
            }
        }
        for entry in navigation where seen.insert(entry.url) {
            guard let category = ColumnClassifier.category(forName: entry.name) else { continue }
            result.append(ColumnRef(name: entry.name, url: entry.url, category: category))
        }
        return result
    }

    /// A column's first page: `index_3.html` → `index.html`; paging parameters dropped.
    static func firstPage(of url: String) -> String {
        // Printable ASCII (every resolved URL: resolving escapes the rest) holds no two scalars
        // that join into one character, so `?`, `/` and `.` are found on bytes.
        if url.utf8.allSatisfy({ $0 &- 0x20 < 0x7F - 0x20 }) { return firstPage(ofPrintableASCII: url) }
        var base = url
        var query: Substring?
        if let question = url.firstIndex(of: "?") {
            base = String(url[..<question])
            query = url[url.index(after: question)...]
        }
        if let slash = base.lastIndex(of: "/") {
            let name = base[base.index(after: slash)...]
            if name.hasPrefix("index_"), let dot = name.lastIndex(of: "."),
               Int(name[name.index(name.startIndex, offsetBy: 6)..<dot]) != nil {
                base = String(base[...slash]) + "index" + name[dot...]
            }
        }
        return withoutPaging(base: base, query: query)
    }

    /// ``firstPage(of:)`` of a URL of printable ASCII, its delimiters found on bytes.
    static func firstPage(ofPrintableASCII url: String) -> String {
        let utf8 = url.utf8
        var base = Substring(url)
        var query: Substring?
        if let question = utf8.firstIndex(of: UInt8(ascii: "?")) {
            base = url[..<question]
            query = url[utf8.index(after: question)...]
        }
        if let slash = base.utf8.lastIndex(of: UInt8(ascii: "/")) {
            let name = base[base.utf8.index(after: slash)...]
            if name.utf8.starts(with: "index_".utf8), let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")),
               dot >= name.utf8.index(name.startIndex, offsetBy: 6),
               Int(name[name.utf8.index(name.startIndex, offsetBy: 6)..<dot]) != nil {
                return withoutPaging(base: String(base[...slash]) + "index" + name[dot...], query: query)
            }
        }
        return withoutPaging(base: String(base), query: query)
    }

    private static let pagingParameters: Set<String> = ["pagenum", "page", "pageno", "currentpage", "pageindex", "uid", "p"]

    /// `base` with the query's parameters that are not paging ones.
    private static func withoutPaging(base: String, query: Substring?) -> String {
        guard let query else { return base }
        let kept = query.split(separator: "&").filter {
            !pagingParameters.contains(($0.split(separator: "=").first ?? "").lowercased())
        }
        return kept.isEmpty ? base : base + "?" + kept.joined(separator: "&")
    }
}
