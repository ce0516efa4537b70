import GovSweepProtocol

extension Province {
    /// A site's policy documents and interpretations as truth entries, read from the pairs the
    /// planter left (``PolicyPlanter``). Routine documents (任免, 批复 …) are negatives; other documents of the window without a partner are
    /// `policy_not_interpreted` (or, with no 政策解读 column at all, the site is
    /// `interpretation_column_missing`); interpreted documents and documents older than the window
    /// are negatives. An interpretation of a document of the window is `interpretation_not_linked`
    /// unless both pages link each other (a document listed as a file has no page to link from);
    /// interpretations of national documents, listed only in the column, are negatives.
    func policyTruth(_ site: SiteModel) -> (expected: [GroundTruth.Expectation], negatives: [GroundTruth.Expectation]) {
        guard let policy = site.columns.first(where: { $0.category == .policy }), !policy.items.isEmpty else { return ([], []) }
        var expected: [GroundTruth.Expectation] = []
        var negatives: [GroundTruth.Expectation] = []
        func entry(_ check: CheckID, _ url: String, _ match: GroundTruth.Expectation.Match, _ note: String) -> GroundTruth.Expectation {
            GroundTruth.Expectation(check: check, url: url, target: nil, date: nil, match: match, note: note, pattern: nil)
        }
        func url(_ column: ColumnModel, _ item: ItemModel) -> String {
            absolute(site, item.document == nil ? site.articlePath(column, item) : site.documentPath(column, item))
        }
        let earliest = spec.asOf.adding(months: -12)
        func inWindow(_ item: ItemModel) -> Bool { item.date >= earliest && item.date <= spec.asOf }
        guard let interpretation = site.columns.first(where: { $0.category == .interpretation }) else {
            let window = policy.items.filter { inWindow($0) && !$0.routineDocument }
            if !window.isEmpty {
                expected.append(entry(.interpretationColumnMissing, absolute(site, site.listPath(policy, page: 0)), .site,
                                      "\(window.count) documents of the last year and no 政策解读 column"))
            }
            return (expected, negatives)
        }
        for item in policy.items where item.date <= spec.asOf {
            let address = url(policy, item)
            if !inWindow(item) {
                if item.policyPair == nil {
                    negatives.append(entry(.policyNotInterpreted, address, .url, "published \(item.date.iso), before the window; nothing interprets it"))
                }
            } else if item.routineDocument {
                negatives.append(entry(.policyNotInterpreted, address, .url, "a routine document (\(item.title)): needs no interpretation"))
            } else if item.policyPair == nil {
                expected.append(entry(.policyNotInterpreted, address, .url, "no interpretation names it or links to it"))
            } else {
                negatives.append(entry(.policyNotInterpreted, address, .url, "interpreted (by link, or by a title in other brackets)"))
            }
        }
        for item in interpretation.items where item.date <= spec.asOf {
            let address = url(interpretation, item)
            guard let pair = item.policyPair else {
                negatives.append(entry(.interpretationNotLinked, address, .url, "interprets a national document; listed only in the column"))
                continue
            }
            guard policy.items.indices.contains(pair.item), inWindow(policy.items[pair.item]) else { continue }
            let document = policy.items[pair.item]
            let documentLinks = document.document != nil || document.policyPair?.linked == true
            if documentLinks && pair.linked {
                negatives.append(entry(.interpretationNotLinked, address, .url, "linked both ways (\(item.title))"))
            } else {
                let missing = !pair.linked && !documentLinks ? "neither page links the other; matched by title only"
                    : pair.linked ? "the document's page does not link to it" : "its page does not link back to the document"
                expected.append(entry(.interpretationNotLinked, address, .url, missing))
            }
        }
        return (expected, negatives)
    }
}
