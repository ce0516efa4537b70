import GovSweepProtocol

extension PageAnalyzer {
    /// The list page's own column first (from `ColumnName` or the breadcrumb's last step), then the
    /// site's columns named in navigation, then section headings beside a 更多 link; each URL once.
    /// `pageURL` is worked out only for a list page.
    func columns(of observation: PageObservation, navigation: [(name: String, url: String)],
                 pageURL: @autoclosure () -> String) -> [ColumnRef] {
        var result: [ColumnRef] = []
        var seen = Set<String>()
        if observation.kind == .columnList {
            let name = observation.meta["ColumnName"] ?? observation.breadcrumb.last ?? observation.title
            if let name, !name.isEmpty {
                let url = Self.firstPage(of: pageURL())
                seen.insert(url)
                result.append(ColumnRef(name: name, url: url, category: ColumnClassifier.category(forName: name) ?? .other))
            }
        }
        for entry in navigation where seen.insert(entry.url).inserted {
            guard let category = ColumnClassifier.category(forName: entry.name) else { continue }
            result.append(ColumnRef(name: entry.name, url: entry.url, category: category))
        }
        return result
    }

    /// A column's first page: `index_3.html` → `index.html`; paging parameters dropped.
    static func firstPage(of url: String) -> String {
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
        let paging: Set<String> = ["pagenum", "page", "pageno", "currentpage", "pageindex", "uid", "p"]
        let kept = (query ?? "").split(separator: "&").filter {
            !paging.contains(($0.split(separator: "=").first ?? "").lowercased())
        }
        return kept.isEmpty ? base : base + "?" + kept.joined(separator: "&")
    }
}
