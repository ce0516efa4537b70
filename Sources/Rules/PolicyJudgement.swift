import GovSweepProtocol

/// Matches a site's policy documents (政策文件 columns) with its interpretations (政策解读 columns)
/// by title and by the links both ways, for the documents published within the rules' window.
///
/// Only sites whose policy columns were found (a policy column listing documents) are judged. A
/// document is interpreted when its page links to an interpretation, an interpretation's page links
/// to it, or an interpretation's title names it (《…》政策解读, 关于〈…〉的政策解读, 解读《…》). An
/// interpretation matched to a document whose page does not link back to the document is not linked.
struct PolicyJudgement {
    struct Entry: Hashable {
        var url: String
        var title: String
        var date: CivilDate?
    }

    /// Documents within the window that nothing interprets.
    private(set) var uninterpreted: [Entry] = []
    /// Interpretations whose page does not link back to the document they interpret.
    private(set) var notLinkedBack: [(interpretation: Entry, document: Entry)] = []
    private(set) var summary: PolicySummary?

    init(rules: PolicyRules, asOf: CivilDate, pages: [PageReport]) {
        let fine = pages.filter(\.fetchedFine)
        let policyLists = fine.filter { $0.column?.category == .policy && !$0.items.isEmpty }
        guard let columnURL = policyLists.first?.column?.url else { return }
        let interpretationLists = fine.filter { $0.column?.category == .interpretation }
        let earliest = asOf.adding(months: -rules.windowMonths)
        let documents = Self.entries(policyLists).filter { ($0.date.map { $0 >= earliest && $0 <= asOf }) ?? false }
        let interpretations = Self.entries(interpretationLists)
        var byURL: [String: PageReport] = [:]
        for page in fine { for url in [page.url, page.finalURL].compactMap(\.self) { byURL[url] = page } }
        let interpretationsByKey = Dictionary(grouping: interpretations.filter { Self.key($0.title) != nil }) { Self.key($0.title)! }
        // Documents of one title are one document to an interpretation naming it (a reissue, a namesake).
        let namesakes = Dictionary(grouping: Self.entries(policyLists).filter { Self.key($0.title) != nil }) { Self.key($0.title)! }

        var interpreted = 0
        var reported = Set<String>()
        for document in documents {
            let linked = Set(byURL[document.url]?.policyLinks?.interpretations ?? [])
            let named = Self.key(document.title).flatMap { interpretationsByKey[$0] } ?? []
            let linkingBack = interpretations.filter { byURL[$0.url]?.policyLinks?.documents.contains(document.url) == true }
            guard !linked.isEmpty || !named.isEmpty || !linkingBack.isEmpty else {
                uninterpreted.append(document)
                continue
            }
            interpreted += 1
            for interpretation in named + interpretations.filter({ linked.contains($0.url) }) where !reported.contains(interpretation.url) {
                // Links are judged between pages: a document listed as a file has no page to link from.
                guard let page = byURL[interpretation.url], page.kind == .article, byURL[document.url]?.kind == .article else { continue }
                let accepted = Set([document.url] + (Self.key(document.title).flatMap { namesakes[$0] }?.map(\.url) ?? []))
                if !(page.policyLinks?.documents ?? []).contains(where: accepted.contains) {
                    notLinkedBack.append((interpretation, document))
                    reported.insert(interpretation.url)
                }
            }
        }
        summary = PolicySummary(
            url: columnURL, documents: documents.count, interpreted: interpreted, notLinkedBack: notLinkedBack.count,
            interpretationColumn: interpretationLists.first?.column?.url)
    }

    /// The dated items the lists link to, once per address.
    static func entries(_ lists: [PageReport]) -> [Entry] {
        var seen = Set<String>()
        return lists.flatMap(\.items).compactMap { item in
            guard let url = item.url, seen.insert(url).inserted else { return nil }
            return Entry(url: url, title: item.title, date: item.date)
        }
    }

    /// What a title names: the innermost 〈…〉 or 《…》, else the title without 政策解读 / 解读 / 图解;
    /// letters and digits only. nil when nothing is left.
    static func key(_ title: String) -> String? {
        var text = title
        for (open, close) in [("〈", "〉"), ("《", "》")] {
            if let start = text.range(of: open), let end = text.range(of: close, range: start.upperBound..<text.endIndex) {
                text = String(text[start.upperBound..<end.lowerBound])
                break
            }
        }
        for word in ["的政策解读", "政策解读", "解读", "图解"] { text = text.replacingAll(word, with: "") }
        let key = String(text.filter { $0.isLetter || $0.isNumber })
        return key.count >= 4 ? key : nil
    }
}

private extension String {
    func replacingAll(_ old: String, with new: String) -> String {
        split(separator: old, omittingEmptySubsequences: false).joined(separator: new)
    }
}
