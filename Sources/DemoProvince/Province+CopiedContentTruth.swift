import GovSweepProtocol

extension Province {
    /// The copied articles a site carries and its look-alikes, as truth entries: a copy is expected
    /// at its own address; credited and shared reposts, same-template articles and the short
    /// notices many sites word alike are negatives.
    func copiedContentTruth(_ site: SiteModel) -> (expected: [GroundTruth.Expectation], negatives: [GroundTruth.Expectation]) {
        var expected: [GroundTruth.Expectation] = []
        var negatives: [GroundTruth.Expectation] = []
        func entry(_ url: String, _ note: String) -> GroundTruth.Expectation {
            GroundTruth.Expectation(check: .contentCopied, url: url, target: nil, date: nil, match: .url, note: note, pattern: nil)
        }
        for column in site.columns {
            for item in column.items {
                let url = absolute(site, site.articlePath(column, item))
                if item.shortNotice {
                    negatives.append(entry(url, "a short notice worded like other sites' (under the minimum length)"))
                }
                guard let body = item.body else { continue }
                let original = body.original.map { address in
                    let source = sites[address.site]
                    let column = source.columns[address.column]
                    return (site: source, url: absolute(source, source.articlePath(column, column.items[address.item])))
                }
                switch body.kind {
                case .exactCopy, .nearCopy:
                    guard let original else { continue }
                    // The original goes in the note, not as a target: the truth's targets are links planted broken.
                    expected.append(entry(url, "\(body.kind == .exactCopy ? "word for word" : "one word changed") from \(original.site.id)'s earlier \(original.url)"))
                case .creditedRepost:
                    negatives.append(entry(url, "reposted with 来源：\(body.source ?? "") (the original's unit)"))
                case .sharedRepost:
                    negatives.append(entry(url, "a 新华社 dispatch with 来源：新华社, carried by several sites"))
                case .sameTemplate:
                    negatives.append(entry(url, "the template of \(original?.site.id ?? "another site")'s article with this site's unit: alike, not copied"))
                }
            }
        }
        return (expected, negatives)
    }
}
