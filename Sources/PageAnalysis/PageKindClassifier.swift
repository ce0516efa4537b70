import GovSweepProtocol

/// Decides what a page is from its URL, metadata and what the walk found.
enum PageKindClassifier {
    /// Homepage: the crawler says so, or the path is `/` or a top-level index/default file.
    static func isHomepagePath(_ url: String) -> Bool {
        let (path, query) = LinkClassifier.pathAndQuery(url)
        guard query == nil || query?.isEmpty == true else { return false }
        if path.isEmpty || path == "/" { return true }
        let segments = path.split(separator: "/")
        guard segments.count == 1, let name = segments.first?.lowercased(), let dot = name.firstIndex(of: ".") else { return false }
        let stem = name[..<dot]
        let ext = name[name.index(after: dot)...]
        return ["index", "default", "main", "home"].contains(stem)
            && ["html", "htm", "shtml", "jsp", "asp", "aspx", "php"].contains(ext)
    }

    /// Article URLs: TRS `t20231213_…`, Hanweb `art_1234_5678`, `content.jsp?id=`, `/content/`, `detail`.
    static func isArticleURL(_ url: String) -> Bool {
        let (path, _) = LinkClassifier.pathAndQuery(url)
        let last = (path.split(separator: "/").last ?? "").lowercased()
        if last.hasPrefix("art_") { return true }
        if last.hasPrefix("t"), last.count > 10, DateParsing.date(inURL: "/" + last) != nil { return true }
        if last.hasPrefix("content") || last.hasPrefix("detail") || last.hasPrefix("show") || last.hasPrefix("article") {
            return true
        }
        return false
    }

    /// Column URLs: `/col/…`, `list.jsp`, `list.aspx`, `index_N.html`.
    static func isColumnURL(_ url: String) -> Bool {
        let (path, _) = LinkClassifier.pathAndQuery(url)
        let lower = path.lowercased()
        if lower.containsBytes("/col/") { return true }
        let last = lower.split(separator: "/").last ?? ""
        return last.hasPrefix("list") || Pagination.looksPaged(url)
    }

    static func kind(
        input: PageInput, meta: [String: String], items: [DatedItem], pagination: [String], hasLabelledDate: Bool
    ) -> PageKind {
        if input.isHomepage || isHomepagePath(input.url) { return .homepage }
        if meta["ArticleTitle"] != nil || isArticleURL(input.url) { return .article }
        if meta["ColumnName"] != nil, meta["PubDate"] == nil { return .columnList }
        let dated = items.lazy.filter { $0.date != nil }.count
        if !pagination.isEmpty || dated >= 3 || isColumnURL(input.url) { return .columnList }
        if meta["PubDate"] != nil || hasLabelledDate { return .article }
        return .other
    }
}
