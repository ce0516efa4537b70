import GovSweepProtocol

extension Province {
    /// A site's policy documents and interpretations as truth entries: documents of the window
    /// without a partner, interpretations not linking back and a missing 政策解读 column are
    /// expected; every interpreted document and linked interpretation is a negative, and so is a
    /// document older than the window.
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
        let window = policy.items.filter { $0.date >= earliest && $0.date <= spec.asOf }
        guard let interpretation = site.columns.first(where: { $0.category == .interpretation }) else {
            if !window.isEmpty {
                expected.append(entry(.interpretationColumnMissing, absolute(site, site.listPath(policy, page: 0)), .site,
                                      "\(window.count) documents of the last year and no 政策解读 column"))
            }
            return (expected, negatives)
        }
        for item in policy.items {
            let address = url(policy, item)
            if item.date < earliest {
                negatives.append(entry(.policyNotInterpreted, address, .url, "published \(item.date.iso), before the window"))
            } else if item.date <= spec.asOf {
                if item.policyPair == nil {
                    expected.append(entry(.policyNotInterpreted, address, .url, "no interpretation names it or links to it"))
                } else {
                    negatives.append(entry(.policyNotInterpreted, address, .url, "interpreted (title and links)"))
                }
            }
        }
        for item in interpretation.items {
            guard let pair = item.policyPair else { continue }
            let document = policy.items[pair.item]
            guard document.date >= earliest, document.date <= spec.asOf, item.document == nil, !item.shortNotice,
                  document.document == nil else { continue }
            let address = url(interpretation, item)
            if pair.linked {
                negatives.append(entry(.interpretationNotLinked, address, .url, "links back to its document (相关文件)"))
            } else {
                expected.append(entry(.interpretationNotLinked, address, .url, "names its document, no link back"))
            }
        }
        return (expected, negatives)
    }
}
