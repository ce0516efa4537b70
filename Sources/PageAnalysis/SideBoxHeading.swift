import GovSweepProtocol

/// Side boxes that only their heading marks: `<div class="box2"><h3>最新信息</h3><ul>…</ul></div>`.
///
/// Many templates give a box beside the content list an id or class that names nothing
/// (`box2`, `mod`, `l2`), so ``LinkClassifier/isAside(id:class:)`` cannot tell it. Its heading
/// does: 最新信息, 热点信息, 推荐阅读, 相关文章, 点击排行, 图片新闻, 友情链接 … list other columns'
/// items. A list's heading is the nearest short text before it in its box (its parent, or its
/// parent's parent): an `<h3>`, a title `div` or `span`, not an item of another list. The heading
/// is no side box when it is the column's own name (the page's ColumnName meta, the breadcrumb's
/// last crumb, a part of the `<title>`), nor when the list's box holds the page's pagination:
/// then it is the content list.
enum SideBoxHeading {
    /// Words of a side box's heading.
    static let terms = [
        "最新信息", "最新动态", "最新发布", "最新更新", "最新文章", "热点信息", "热点新闻", "热点关注", "热点排行",
        "热门文章", "热门信息", "热门排行", "推荐阅读", "推荐文章", "相关链接", "相关文章", "相关阅读", "相关信息",
        "点击排行", "阅读排行", "浏览排行", "图片新闻", "专题专栏", "友情链接", "猜你喜欢",
    ]

    /// `lists` with every list element whose heading names a side box replaced by
    /// ``ContentList/Source/aside``.
    static func markingAsides(_ lists: [Int], in snapshot: HTMLSnapshot, columnNames: [String], title: String?) -> [Int] {
        var verdicts: [Int: Bool] = [:]
        return lists.map { list in
            guard list >= 0, list < snapshot.nodes.count else { return list }
            if verdicts[list] == nil {
                verdicts[list] = isSideBox(list: list, in: snapshot, columnNames: columnNames, title: title)
            }
            return verdicts[list] == true ? ContentList.Source.aside : list
        }
    }

    /// True when the list element at `list` sits under a side-box heading that is not the column's name.
    static func isSideBox(list: Int, in snapshot: HTMLSnapshot, columnNames: [String], title: String?) -> Bool {
        guard let heading = heading(ofList: list, in: snapshot), namesSideBox(heading) else { return false }
        if isColumnName(heading, columnNames: columnNames, title: title) { return false }
        return !boxHoldsPagination(list: list, in: snapshot)
    }

    /// True when `heading` is a short text holding one of ``terms``.
    static func namesSideBox(_ heading: String) -> Bool {
        heading.unicodeScalars.count <= 12 && terms.contains { heading.containsBytes($0) }
    }

    /// True when `heading` is the column's own name: a given name (meta, last crumb) or a part of the title.
    static func isColumnName(_ heading: String, columnNames: [String], title: String?) -> Bool {
        if columnNames.contains(where: { !$0.isEmpty && ($0 == heading || $0.containsBytes(heading)) }) { return true }
        guard let title else { return false }
        let separators: Set<Character> = ["_", "-", "|", "｜", "—", "–", " ", "·", "：", ":"]
        return title.split(whereSeparator: { separators.contains($0) }).contains { TextTools.collapsed($0) == heading }
    }

    /// The nearest short text before the list element at `list`, within its parent's parent,
    /// that is not a 更多 link; nil when that text is an item of another list or a long text.
    static func heading(ofList list: Int, in snapshot: HTMLSnapshot) -> String? {
        let nodes = snapshot.nodes
        let parent = Int(nodes[list].parent)
        guard parent >= 0 else { return nil }
        let boundary = nodes[parent].parent >= 0 ? Int(nodes[parent].parent) : parent
        var index = list - 1
        var seen = 0
        while index > boundary, seen < 80 {
            defer { index -= 1; seen += 1 }
            let node = nodes[index]
            guard node.isText, !isInsideSkippedElement(index, boundary: boundary, in: snapshot) else { continue }
            let text = TextTools.collapsed(String(decoding: snapshot.textBytes[node.textRange], as: UTF8.self))
            if text.isEmpty || PageWalker.moreTexts.contains(text) { continue }
            if isInsideListItem(index, boundary: boundary, in: snapshot) { return nil }
            return text.unicodeScalars.count <= 20 ? text : nil
        }
        return nil
    }

    /// True when the list's own box (its parent) holds paging after it: 下一页, 尾页, or TRS's
    /// `createPageHTML` script.
    static func boxHoldsPagination(list: Int, in snapshot: HTMLSnapshot) -> Bool {
        let nodes = snapshot.nodes
        let parent = Int(nodes[list].parent)
        guard parent >= 0 else { return false }
        for index in Int(nodes[list].end)..<Int(nodes[parent].end) where nodes[index].isText {
            let text = String(decoding: snapshot.textBytes[nodes[index].textRange], as: UTF8.self)
            if pagingMarks.contains(where: { text.containsBytes($0) }) { return true }
        }
        return false
    }

    private static let pagingMarks = ["下一页", "尾页", "末页", "createPageHTML"]

    private static func isInsideListItem(_ index: Int, boundary: Int, in snapshot: HTMLSnapshot) -> Bool {
        var node = Int(snapshot.nodes[index].parent)
        while node > boundary {
            switch snapshot.nodes[node].tag {
            case .li, .tr, .dd: return true
            default: node = Int(snapshot.nodes[node].parent)
            }
        }
        return false
    }

    /// Script and style bodies are no headings.
    private static func isInsideSkippedElement(_ index: Int, boundary: Int, in snapshot: HTMLSnapshot) -> Bool {
        let parent = Int(snapshot.nodes[index].parent)
        guard parent >= 0 else { return false }
        switch snapshot.nodes[parent].tag {
        case .script, .style, .noscript, .template, .title: return true
        default: return false
        }
    }
}
