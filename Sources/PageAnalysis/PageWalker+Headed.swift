extension PageWalker {
    /// A 更多 link seen during the walk: its URL, the last short text before it and how many
    /// ``PageWalker/titleCandidates`` came before it.
    struct MoreLink {
        var url: String
        var shortText: Range<Int>
        var titleCandidates: Int
    }

    /// Names the columns of the 更多 links (``PageWalker/headed``), in document order. A section's
    /// title is the latest link before the 更多 link to the same URL whose words are a column name
    /// (`<li><a href=col>政务要闻</a></li>` before `<a href=col>更多</a>`), else the last short text
    /// before the 更多 link. Each candidate is judged at most once, and only for the URLs a 更多
    /// link leads to.
    mutating func resolveHeaded() {
        guard !moreLinks.isEmpty else { return }
        var positions: [String: Int] = [:]  // URL → its entry in `progress`
        for more in moreLinks where positions[more.url] == nil { positions[more.url] = positions.count }
        var candidatesByURL = [[Int]](repeating: [], count: positions.count)
        // A URL's length rules most candidates out before it is hashed.
        var lengths: [Int] = []
        for url in positions.keys where !lengths.contains(url.utf8.count) { lengths.append(url.utf8.count) }
        for (index, candidate) in titleCandidates.enumerated() where lengths.contains(candidate.url.utf8.count) {
            if let position = positions[candidate.url] { candidatesByURL[position].append(index) }
        }
        // Per URL: how many of its candidates were judged, and the latest that names a column.
        var progress = [(judged: Int, latest: String?)](repeating: (0, nil), count: positions.count)
        for more in moreLinks {
            guard let position = positions[more.url] else { continue }
            let candidates = candidatesByURL[position]
            var (judged, latest) = progress[position]
            while judged < candidates.count, candidates[judged] < more.titleCandidates {
                let label = titleCandidates[candidates[judged]].label
                if isColumnName(label) { latest = label }
                judged += 1
            }
            progress[position] = (judged, latest)
            let heading = latest ?? TextTools.collapsed(utf8: Array(snapshot.textBytes[more.shortText]))
            if !heading.isEmpty, isColumnName(heading) { headed.append((heading, more.url)) }
        }
    }

    /// Whether `heading` names a column, remembered per heading (a homepage repeats its headings'
    /// form for every block).
    private mutating func isColumnName(_ heading: String) -> Bool {
        if let known = columnNameMemo[heading] { return known }
        let isColumn = ColumnClassifier.category(forName: heading) != nil
        columnNameMemo[heading] = isColumn
        return isColumn
    }
}
