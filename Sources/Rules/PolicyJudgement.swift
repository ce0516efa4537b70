import GovSweepProtocol

/// Matches a site's policy documents (政策文件 columns) with its interpretations (政策解读 columns),
/// by link first and then by title, for the documents published within the rules' window.
///
/// Only sites whose policy column was read (a list page of the policy category with items) are
/// judged, and of its documents only those whose kind (``DocumentKind``, from the title, the
/// column and the 文号 the document's page states) is not one of the rules' routine kinds: a 任免
/// notice or a 批复 needs no interpretation.
/// A document's partners are the interpretations its page links to and those whose page
/// links to it; without such links, the interpretations whose title reads as one (解读, 图解 …), names
/// it (``PolicyTitle``) and is not dated more than `interpretation_lead_days` before it. A
/// document without a partner is not interpreted. A pair is linked both ways when each side that
/// was fetched as a page links to the other (a document listed as a file cannot link); an
/// interpretation whose page was not fetched is not judged. An interpretation linked from the pages
/// of several documents (a box of the latest interpretations beside every document) is no partner
/// by that link.
struct PolicyJudgement {
    struct Entry: Hashable {
        var url: String
        var title: String
        var date: CivilDate?
        /// The name of the column that lists it; nil for a page linked from a document.
        var column: String? = nil
    }

    /// An interpretation and a document it interprets that are not linked both ways.
    struct Unlinked: Hashable {
        var interpretation: Entry
        var document: Entry
        /// The document's page links to the interpretation (or the document has no page).
        var documentLinks: Bool
        /// The interpretation's page links to the document.
        var interpretationLinks: Bool
    }

    /// Documents within the window that nothing interprets.
    private(set) var uninterpreted: [Entry] = []
    /// Interpretations not linked both ways with the document they interpret, once each.
    private(set) var unlinked: [Unlinked] = []
    /// nil when the site's policy column was not read.
    private(set) var summary: PolicySummary?
    /// No 政策解读 column was read and no document page links to an interpretation.
    private(set) var noInterpretations = false

    init(rules: PolicyRules, asOf: CivilDate, pages: [PageReport]) {
        let fine = pages.filter(\.fetchedFine)
        let policyLists = fine.filter { $0.column?.category == .policy && !$0.items.isEmpty }
        guard let columnURL = policyLists.first?.column?.url else { return }
        let interpretationLists = fine.filter { $0.column?.category == .interpretation }
        let earliest = asOf.adding(months: -rules.windowMonths)
        let site = PolicyPages(fine, boxLinkPages: rules.boxLinkPages)
        let documents = Self.entries(policyLists).filter { document in
            document.date.map { $0 >= earliest && $0 <= asOf } == true
                && rules.requiresInterpretation(title: document.title, column: document.column, number: site.page(document.url)?.documentNumber)
        }
        var interpretations = Self.entries(interpretationLists)
        var known = Set(interpretations.map(\.url))
        for document in documents {
            for url in site.interpretationLinks(of: document.url) where known.insert(url).inserted {
                interpretations.append(Entry(url: url, title: site.page(url)?.title ?? "", date: site.page(url)?.published))
            }
        }
        // Interpretations a title can name: those whose own title has a key and reads as one.
        let nameable = interpretations.compactMap { entry in
            PolicyTitle(entry.title).flatMap { PolicyTitle.readsAsInterpretation(entry.title) ? (entry, $0) : nil }
        }

        var partners: [String: [Entry]] = [:]  // interpretation URL -> documents
        for document in documents {
            let linkedURLs = site.linkedInterpretations(of: document.url)
            let linked = linkedURLs.isEmpty ? [] : interpretations.filter { linkedURLs.contains($0.url) }
            let named: [Entry]
            if linked.isEmpty, let title = PolicyTitle(document.title) {
                named = nameable.compactMap { entry, key in
                    title.names(key) && !Self.precedes(entry, document, by: rules.interpretationLeadDays) ? entry : nil
                }
            } else {
                named = []
            }
            let found = linked.isEmpty ? named : linked
            if found.isEmpty { uninterpreted.append(document) }
            for interpretation in found { partners[interpretation.url, default: []].append(document) }
        }
        for interpretation in interpretations {
            guard let documents = partners[interpretation.url], site.page(interpretation.url) != nil else { continue }
            let pairs = documents.map { document in
                Unlinked(interpretation: interpretation, document: document,
                         documentLinks: site.page(document.url).map { _ in site.links(from: document.url, to: interpretation.url) } ?? true,
                         interpretationLinks: site.links(from: interpretation.url, to: document.url))
            }
            if !pairs.contains(where: { $0.documentLinks && $0.interpretationLinks }), let first = pairs.first {
                unlinked.append(first)
            }
        }
        noInterpretations = interpretationLists.isEmpty && interpretations.isEmpty
        summary = PolicySummary(
            url: columnURL, documents: documents.count, interpreted: documents.count - uninterpreted.count,
            notLinkedBack: unlinked.count, interpretationColumn: interpretationLists.first?.column?.url)
    }

    /// Whether the interpretation is dated more than `days` before the document (then it cannot interpret it).
    static func precedes(_ interpretation: Entry, _ document: Entry, by days: Int) -> Bool {
        guard let published = interpretation.date, let issued = document.date else { return false }
        return published < issued.adding(days: -days)
    }

    /// The dated items the lists link to, once per address.
    static func entries(_ lists: [PageReport]) -> [Entry] {
        var seen = Set<String>()
        return lists.flatMap { list in list.items.map { (item: $0, column: list.column?.name) } }.compactMap { item, column in
            guard let url = item.url, seen.insert(url).inserted else { return nil }
            return Entry(url: url, title: item.title, date: item.date, column: column)
        }
    }
}
