import GovSweepProtocol

/// A site's fetched pages as the policy judgement reads them: by address (asked for or landed on),
/// with the links each page shows to interpretations and to documents (``PolicyLinks``).
struct PolicyPages {
    private var byURL: [String: PageReport] = [:]
    /// Interpretation addresses linked from at least the rules' number of pages: a box beside
    /// every document, not a link from one document to its interpretation.
    private var boxLinks: Set<String> = []
    /// A link target -> the addresses whose page (``page(_:)``) links to it as a document or an
    /// interpretation: ``links(from:to:)`` read backwards, so a document's linking pages are found
    /// without asking every page.
    private var linkingAddresses: [String: Set<String>] = [:]

    init(_ pages: [PageReport], boxLinkPages: Int) {
        var linkingPages: [String: Set<String>] = [:]
        for page in pages {
            for url in [page.url, page.finalURL].compactMap(\.self) where byURL[url] == nil { byURL[url] = page }
            for url in page.policyLinks?.interpretations ?? [] { linkingPages[url, default: []].insert(page.url) }
        }
        boxLinks = Set(linkingPages.filter { $0.value.count >= boxLinkPages }.keys)
        for (address, page) in byURL {
            guard let links = page.policyLinks else { continue }
            for target in links.interpretations + links.documents { linkingAddresses[target, default: []].insert(address) }
        }
    }

    /// The page fetched at `url`, if any.
    func page(_ url: String) -> PageReport? { byURL[url] }

    /// The interpretations a document's page links to, box links and links to column lists aside.
    func interpretationLinks(of document: String) -> [String] {
        (page(document)?.policyLinks?.interpretations ?? []).filter { !boxLinks.contains($0) && page($0)?.kind != .columnList }
    }

    /// Whether the page at `from` links to `to` (to where `to` landed, too) as a document or an interpretation.
    func links(from: String, to: String) -> Bool {
        guard let links = page(from)?.policyLinks else { return false }
        let targets = Set([to, page(to)?.url, page(to)?.finalURL].compactMap(\.self))
        return (links.interpretations + links.documents).contains(where: targets.contains)
    }

    /// The addresses linked with a document either way, box links aside: those the document's page
    /// links to as interpretations, and those whose page links to the document.
    func linkedInterpretations(of document: String) -> Set<String> {
        var linked = Set(interpretationLinks(of: document).filter { links(from: document, to: $0) })
        for target in Set([document, page(document)?.url, page(document)?.finalURL].compactMap(\.self)) {
            linked.formUnion(linkingAddresses[target] ?? [])
        }
        return linked
    }
}
