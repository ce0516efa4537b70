import GovSweepProtocol

/// Picks a page's content list out of every list item the walk found.
///
/// A column page holds more lists than its content: side navigation (栏目导航), breadcrumbs built
/// of `<li>`, logo and header links, related-links boxes (相关链接). Counted as items they make an
/// empty column (暂无信息, or nothing at all) look like a column with old or undated entries. The
/// items are grouped by the list element that holds them (`ul`, `ol`, `table`, `dl`, a data island):
///
/// - items of side boxes (an element whose id or class is `side`, `hot`, `rank`, `tuijian`,
///   `related` …: 最新信息, 热点排行 or 相关文章 beside the list) are never content: they list other
///   columns' newest items, and would make a blank or stale column look fresh; so are lists
///   under a side-box title bar (``SideBoxHeading``: `<h3>最新信息</h3>` in a plain `box2`);
/// - when any other item is dated, the content is the groups holding a dated item; undated groups
///   beside them are navigation or link boxes;
/// - when none is, a group is content only when most of its items read as articles: a title of
///   six characters or more, a link on the page's own host that is neither the page, nor a link of
///   the page's navigation, nor an index, list or folder URL (a column).
enum ContentList {
    /// The list an item came from: a list element's node index, or one of these for items found
    /// outside the rendered markup.
    enum Source {
        static let dataIsland = -1
        static let scriptData = -2
        /// Items of a side box (热点排行, 最新信息 beside the list): never the page's content.
        static let aside = -3
    }

    /// The items of `items` (whose list is `lists[i]`) that belong to the page's content list, in order.
    /// The page's host, first page and `navigation` are worked out only when no item is dated (only
    /// then are items judged one by one).
    static func select(_ items: [DatedItem], lists: [Int], pageURL: String, navigation: @autoclosure () -> Set<String>) -> [DatedItem] {
        guard !items.isEmpty, lists.count == items.count else { return items }
        var groups: [Int: [Int]] = [:]
        for (index, list) in lists.enumerated() { groups[list, default: []].append(index) }
        let anyDated = items.indices.contains { items[$0].date != nil && lists[$0] != Source.aside }
        let undated: (host: String?, first: String, navigation: Set<String>)? = anyDated
            ? nil : (URLResolver.host(of: pageURL), PageAnalyzer.firstPage(of: pageURL), navigation())
        var kept = Set<Int>()
        for (list, members) in groups where list != Source.aside {
            let isContent: Bool
            if let undated {
                let articles = members.filter {
                    readsAsArticle(items[$0], pageURL: pageURL, pageFirst: undated.first, pageHost: undated.host,
                                   navigation: undated.navigation)
                }.count
                isContent = articles > 0 && articles * 2 >= members.count
            } else {
                isContent = members.contains { items[$0].date != nil }
            }
            if isContent { kept.formUnion(members) }
        }
        return items.indices.filter { kept.contains($0) }.map { items[$0] }
    }

    /// True when an undated item looks like an entry of a content list rather than a way around the site.
    static func readsAsArticle(_ item: DatedItem, pageURL: String, pageFirst: String, pageHost: String?, navigation: Set<String>) -> Bool {
        guard let url = item.url, item.title.unicodeScalars.count >= 6 else { return false }
        guard url != pageURL, url != pageFirst, !navigation.contains(url), URLResolver.host(of: url) == pageHost else { return false }
        if PageKindClassifier.isArticleURL(url) { return true }
        if PageKindClassifier.isHomepagePath(url) || PageKindClassifier.isColumnURL(url) { return false }
        let (path, _) = LinkClassifier.pathAndQuery(url)
        if path.isEmpty || path.hasSuffix("/") { return false }
        let last = LinkClassifier.lastSegment(of: path).lowercased()
        return !(last.hasPrefix("index") || last.hasPrefix("default") || last.hasPrefix("list"))
    }
}
