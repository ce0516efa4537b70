import GovSweepProtocol

/// Decides what a page is from its URL, metadata and what the walk found.
enum PageKindClassifier {
    /// Homepage: the crawler says so, or the path is `/` or a top-level index/default file.
    static func isHomepagePath(_ url: String) -> Bool {
        let (path, query) = LinkClassifier.pathAndQuery(url)
        guard query == nil || query?.isEmpty == true else { return false }
        if path.isEmpty || path == "/" { return true }
        let segments = LinkClassifier.segments(of: path)
        guard segments.count == 1, let name = segments.first?.lowercased(), let dot = name.firstIndex(of: ".") else { return false }
        let stem = name[..<dot]
        let ext = name[name.index(after: dot)...]
        return ["index", "default", "main", "home"].contains(stem)
            && ["html", "htm", "shtml", "jsp", "asp", "aspx", "php"].contains(ext)
    }

    /// Article URLs: TRS `t20231213_…`, Hanweb `art_1234_5678`, `content.jsp?id=`, `/content/`, `detail`.
    static func isArticleURL(_ url: String) -> Bool {
        let (path, _) = LinkClassifier.pathAndQuery(url)
        let last = LinkClassifier.lastSegment(of: path).lowercased()
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
        let last = LinkClassifier.lastSegment(of: Substring(lower))
        return last.hasPrefix("list") || Pagination.looksPaged(url)
    }

    /// What the page itself says about its kind.
    struct Evidence {
        var meta: [String: String]
        var items: [DatedItem]
        var pagination: [String]
        /// A 发布时间/日期-labelled date in the text.
        var hasLabelledDate: Bool
        /// A lone line that is only a date and a time (`<span>2018-04-19 17:32:17</span>`).
        var hasDateLine: Bool
        /// A password field.
        var isLoginForm: Bool
        /// A 当前位置/您的位置 breadcrumb: column and article pages have one, a homepage none.
        var hasBreadcrumb: Bool = false
        /// The list each item came from (`ContentList.Source`), parallel to `items`; empty when unknown.
        var itemLists: [Int] = []
    }

    /// A portal's front page written like one: no breadcrumb, no article or column metas, no
    /// pagination, no byline, and at least `portalDatedItems` dated items in `portalLists`
    /// separate lists of two or more (要闻, 通知公告, 政策文件, 部门动态 …). Homepages at a
    /// sub-path (`/xxszf/index.shtml`, `/ycsrmzf/`) are no column lists and no articles even when
    /// one box shows an event's 时间： (a press conference, a meeting).
    static let portalDatedItems = 20
    static let portalLists = 4

    static func readsAsPortal(_ evidence: Evidence) -> Bool {
        let meta = evidence.meta
        guard !evidence.hasBreadcrumb, evidence.pagination.isEmpty, !evidence.hasDateLine, !evidence.isLoginForm,
              meta["ArticleTitle"] == nil, meta["PubDate"] == nil, meta["ColumnName"] == nil,
              evidence.itemLists.count == evidence.items.count
        else { return false }
        var datedPerList: [Int: Int] = [:]
        var dated = 0
        for (item, list) in zip(evidence.items, evidence.itemLists) where item.date != nil {
            datedPerList[list, default: 0] += 1
            dated += 1
        }
        return dated >= portalDatedItems && datedPerList.values.filter { $0 >= 2 }.count >= portalLists
    }

    /// The `PageCategory` meta values that mark a (sub)site's homepage.
    static let homepageCategories: Set<String> = ["index", "home", "homepage", "首页", "网站首页"]

    /// Decides from the page first (metas, login form, pagination, dated items, date lines), the
    /// URL's shape only when the page says nothing.
    static func kind(input: PageInput, evidence: Evidence) -> PageKind {
        let meta = evidence.meta
        if input.isHomepage { return .homepage }
        if let category = meta["PageCategory"]?.lowercased(), homepageCategories.contains(category) { return .homepage }
        if meta["ArticleTitle"] != nil { return .article }
        if isHomepagePath(input.url) || readsAsPortal(evidence) { return .homepage }
        let dated = evidence.items.lazy.filter { $0.date != nil }.count
        // A login form is no column even under a column's metas (a CMS-hosted login page keeps them).
        if evidence.isLoginForm, dated < 3, evidence.pagination.isEmpty { return .other }
        if meta["ColumnName"] != nil, meta["PubDate"] == nil { return .columnList }
        let articleDate = meta["PubDate"] != nil || evidence.hasLabelledDate || evidence.hasDateLine
        if articleDate, evidence.pagination.isEmpty { return .article }
        if !evidence.pagination.isEmpty || dated >= 3 { return .columnList }
        if articleDate { return .article }
        if isArticleURL(input.url) { return .article }
        if isColumnURL(input.url) { return .columnList }
        return .other
    }
}
