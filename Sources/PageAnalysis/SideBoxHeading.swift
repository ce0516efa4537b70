import GovSweepProtocol

/// Side boxes that only their heading marks: `<div class="box2"><h3>最新信息</h3><ul>…</ul></div>`.
///
/// Many templates give a box beside the content list an id or class that names nothing
/// (`box2`, `mod`, `l2`), so ``LinkClassifier/isAside(id:class:)`` cannot tell it. Its heading
/// does: 最新信息, 热点信息, 推荐阅读, 相关文章, 点击排行, 图片新闻, 友情链接 … list other columns'
/// items. A list's heading is the title bar just before it in its box (an `<h3>`, a title `div`
/// or `span`), or just before its box when the list opens it; never another list. The heading
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
    /// ``ContentList/Source/aside``. Then, when several list elements hold dated items and the
    /// pagination belongs to some of them only (it follows them in their box), the others are
    /// side boxes too: a small dated box never wins over the paged content list.
    static func markingAsides(_ lists: [Int], items: [DatedItem], in snapshot: HTMLSnapshot, columnNames: [String], title: String?) -> [Int] {
        var verdicts: [Int: Bool] = [:]
        // A list's items come one after another: the last list's verdict answers most of them
        // without a dictionary look-up.
        var last = (list: Int.min, isSideBox: false)
        var marked = lists.map { list in
            guard list >= 0, list < snapshot.nodes.count else { return list }
            if list != last.list {
                if let known = verdicts[list] {
                    last = (list, known)
                } else {
                    last = (list, isSideBox(list: list, in: snapshot, columnNames: columnNames, title: title))
                    verdicts[list] = last.isSideBox
                }
            }
            return last.isSideBox ? ContentList.Source.aside : list
        }
        guard items.count == marked.count else { return marked }
        let dated = Set(marked.indices.filter { marked[$0] >= 0 && marked[$0] < snapshot.nodes.count && items[$0].date != nil }.map { marked[$0] })
        guard dated.count >= 2 else { return marked }
        let paged = dated.filter { boxHoldsPagination(list: $0, in: snapshot) }
        guard !paged.isEmpty, paged.count < dated.count else { return marked }
        for index in marked.indices where dated.contains(marked[index]) && !paged.contains(marked[index]) {
            marked[index] = ContentList.Source.aside
        }
        return marked
    }

    /// True when the list element at `list` sits under a side-box heading that is not the column's name.
    static func isSideBox(list: Int, in snapshot: HTMLSnapshot, columnNames: [String], title: String?) -> Bool {
        guard let heading = heading(ofList: list, in: snapshot), namesSideBox(heading) else { return false }
        if isColumnName(heading, columnNames: columnNames, title: title) { return false }
        return !boxHoldsPagination(list: list, in: snapshot)
    }

    /// True when `heading` is a short text holding one of ``terms``.
    static func namesSideBox(_ heading: String) -> Bool {
        heading.unicodeScalars.count <= 12 && termSet.firstTerm(in: heading) != nil
    }

    /// ``terms`` searched in one pass (they are Chinese: the set's ASCII case folding changes nothing).
    private static let termSet = TermSet(terms)

    /// True when `heading` is the column's own name: a given name (meta, last crumb) or a part of the title.
    static func isColumnName(_ heading: String, columnNames: [String], title: String?) -> Bool {
        if columnNames.contains(where: { !$0.isEmpty && ($0 == heading || $0.containsBytes(heading)) }) { return true }
        guard let title else { return false }
        let separators: Set<Character> = ["_", "-", "|", "｜", "—", "–", " ", "·", "：", ":"]
        return title.split(whereSeparator: { separators.contains($0) }).contains { TextTools.collapsed($0) == heading }
    }

    /// The heading of the list element at `list`: the title bar just before it in its box
    /// (`<h3>最新信息</h3><ul>`, `<div class="mod-title">推荐阅读</div><ul>`), or, for a list that
    /// opens its box, the title bar just before the box (`<div class="bt">热点信息<a>更多</a></div>
    /// <div class="nr"><ul>`). Nil when what comes before is no title bar (another list, a side
    /// navigation, a paragraph).
    static func heading(ofList list: Int, in snapshot: HTMLSnapshot) -> String? {
        if let previous = previousSibling(of: list, in: snapshot) { return titleBarText(previous, in: snapshot) }
        let parent = Int(snapshot.nodes[list].parent)
        guard parent >= 0, let previous = previousSibling(of: parent, in: snapshot) else { return nil }
        return titleBarText(previous, in: snapshot)
    }

    /// The node before `index` under the same parent, blank text skipped.
    private static func previousSibling(of index: Int, in snapshot: HTMLSnapshot) -> Int? {
        let nodes = snapshot.nodes
        let parent = nodes[index].parent
        guard parent >= 0 else { return nil }
        var candidate = index - 1
        while candidate > Int(parent) {
            let node = nodes[candidate]
            if node.parent == parent {
                if node.isText, !TextTools.hasNonSpace(snapshot.textBytes[node.textRange]) {
                    candidate -= 1
                    continue
                }
                return candidate
            }
            candidate -= 1
        }
        return nil
    }

    /// The words of a title bar (a short text, or an element of a few words holding no list
    /// item), 更多 links left out; nil for anything else.
    private static func titleBarText(_ index: Int, in snapshot: HTMLSnapshot) -> String? {
        let nodes = snapshot.nodes
        let range = index..<Int(max(nodes[index].end, Int32(index + 1)))
        guard range.count <= 12, !nodes[index].isText || range.count == 1 else { return nil }
        if [.script, .style, .noscript, .template].contains(nodes[index].tag) { return nil }
        var words: [String] = []
        for inner in range {
            let node = nodes[inner]
            if [.li, .tr, .dd].contains(node.tag) { return nil }
            guard node.isText else { continue }
            let text = TextTools.collapsed(String(decoding: snapshot.textBytes[node.textRange], as: UTF8.self))
            if !text.isEmpty, !PageWalker.moreTexts.contains(text) { words.append(text) }
        }
        let heading = words.joined(separator: " ")
        return heading.isEmpty || heading.unicodeScalars.count > 24 ? nil : heading
    }

    /// True when the list's own box (its parent) holds paging after it: 下一页, 尾页, or TRS's
    /// `createPageHTML` script.
    static func boxHoldsPagination(list: Int, in snapshot: HTMLSnapshot) -> Bool {
        let nodes = snapshot.nodes
        let parent = Int(nodes[list].parent)
        guard parent >= 0 else { return false }
        // On the text's bytes: the marks are valid UTF-8 without U+FFFD, so they occur in the
        // bytes exactly when they occur in the decoded text.
        return snapshot.textBytes.withUnsafeBufferPointer { all in
            for index in Int(nodes[list].end)..<Int(nodes[parent].end) where nodes[index].isText {
                let text = UnsafeBufferPointer(rebasing: all[nodes[index].textRange])
                if pagingMarks.contains(where: { mark in mark.withUnsafeBufferPointer { ByteSearch.contains($0, in: text) } }) {
                    return true
                }
            }
            return false
        }
    }

    private static let pagingMarks = ["下一页", "尾页", "末页", "createPageHTML"].map { Array($0.utf8) }
}
