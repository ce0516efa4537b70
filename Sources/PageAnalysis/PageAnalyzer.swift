import GovSweepProtocol

/// The worker's eyes: turns a fetched page into a ``PageObservation``.
///
/// Pure and cheap: one libxml2 parse, one walk over the tree, byte scanners over the text.
/// Hostile input (huge, deeply nested, malformed) is cut at ``AnalysisLimits`` and never crashes.
public struct PageAnalyzer: Sendable {
    /// The limits every analysis runs under.
    public let limits: AnalysisLimits
    private let typos: TypoScanner

    /// An analyzer with the built-in serious-error list plus the operator's `typos`.
    public init(typos: [TypoEntry] = [], limits: AnalysisLimits = .default) {
        self.limits = limits
        self.typos = TypoScanner(extra: typos)
    }

    /// Analyses one page.
    public func analyze(_ input: PageInput) -> PageObservation {
        var html = input.html
        var cuts: [String] = []
        let snapshot: HTMLSnapshot = html.withUTF8 { bytes in
            var usable = bytes
            if bytes.count > limits.maxBytes {
                cuts.append("only the first \(limits.maxBytes) of \(bytes.count) bytes analysed")
                usable = UnsafeBufferPointer(rebasing: bytes[0..<limits.maxBytes])
            }
            return HTMLSnapshot.parse(usable, limits: limits)
        }
        cuts += snapshot.cuts
        var walker = PageWalker(snapshot: snapshot, pageURL: input.url, asOf: input.asOf, maxLinks: limits.maxLinks)
        walker.walk()

        var observation = PageObservation()
        observation.title = walker.title.flatMap { $0.isEmpty ? nil : $0 }
        observation.meta = walker.meta
        observation.breadcrumb = walker.breadcrumb
        observation.links = walker.links
        var items = walker.items
        // Boxes that only their heading marks as beside the content (<h3>最新信息</h3>).
        var itemLists = SideBoxHeading.markingAsides(
            walker.itemLists, items: walker.items, in: snapshot, columnNames: [walker.meta["ColumnName"], walker.breadcrumb.last].compactMap { $0 },
            title: walker.title)
        var text = walker.text
        var droppedLinks = walker.droppedLinks
        var spam = walker.spam
        var islandSnapshot: HTMLSnapshot?
        // The walkers of the page's fragments resolve against the page's base URL, parsed once for
        // both; when it is the page's URL as given, that parse is the page walker's own.
        var fragmentPage: URLResolver??

        // Hanweb datastore records: HTML inside the data island, read like the page's own lists.
        let records = ScriptData.datastoreRecords(in: walker.dataIslands, limit: limits.maxBytes)
        if !records.isEmpty {
            var recordsHTML = records
            let fragment = recordsHTML.withUTF8 { HTMLSnapshot.parse($0, limits: limits) }
            let page = fragmentPage ?? Self.fragmentPage(of: walker, pageURL: input.url)
            fragmentPage = page
            var island = PageWalker(snapshot: fragment, page: page, asOf: input.asOf,
                                    maxLinks: max(0, limits.maxLinks - observation.links.count), isDataIsland: true,
                                    hiddenClasses: walker.hiddenClasses, hiddenIDs: walker.hiddenIDs)
            island.walk()
            islandSnapshot = fragment
            observation.links += island.links
            droppedLinks += island.droppedLinks
            items += island.items
            itemLists += island.itemLists
            text += island.text
            spam += island.spam
        }
        // What inline scripts write (the 党政机关 badge, a 找错 entry, a footer): read for identity
        // marks and injected links, never run.
        var identityText = text
        var written: PageWalker?
        var markup = walker.writtenMarkup
        ScriptWrites.appendVariableMarkup(in: walker.scripts, to: &markup)
        if !markup.isEmpty {
            let fragment = markup.withUnsafeBufferPointer { HTMLSnapshot.parse($0, limits: limits) }
            let page = fragmentPage ?? Self.fragmentPage(of: walker, pageURL: input.url)
            var scripted = PageWalker(snapshot: fragment, page: page, asOf: input.asOf,
                                      maxLinks: limits.maxLinks, hiddenClasses: walker.hiddenClasses, hiddenIDs: walker.hiddenIDs)
            scripted.walk()
            identityText += scripted.text
            spam += scripted.spam
            written = scripted
        }
        items += ScriptData.jsonItems(in: walker.scripts, resolver: walker.resolver, asOf: input.asOf,
                                      limit: max(0, limits.maxLinks - items.count))
        itemLists += Array(repeating: ContentList.Source.scriptData, count: items.count - itemLists.count)
        observation.items = items
        if droppedLinks > 0 { cuts.append("\(droppedLinks) links beyond the first \(limits.maxLinks) not reported") }

        observation.pagination = Pagination.pages(
            page: walker.pageResolver, links: observation.links, scripts: walker.scripts, islands: walker.dataIslands,
            limit: limits.maxPaginationPages)
        let labelled = DateParsing.labelledDate(inUTF8: text, asOf: input.asOf)
        // One date-and-time line (two when a page repeats it) is an article's; more are a list's.
        let dateLine = Set(walker.dateLines).count == 1 ? walker.dateLines.first : nil
        observation.kind = PageKindClassifier.kind(
            input: input,
            evidence: PageKindClassifier.Evidence(
                meta: walker.meta, items: items, pagination: observation.pagination, hasLabelledDate: labelled != nil,
                hasDateLine: dateLine != nil, isLoginForm: walker.hasPasswordField,
                hasBreadcrumb: !walker.breadcrumb.isEmpty, itemLists: itemLists))
        if observation.kind == .article {
            // What the page shows comes before what its metadata says: a PubDate meta that
            // disagrees with the date line is the CMS's stamp (a re-publication, a migration).
            observation.published = labelled
                ?? dateLine
                ?? walker.meta["PubDate"].flatMap { DateParsing.firstDate(in: $0, asOf: input.asOf) }
                ?? DateParsing.date(inURL: input.url)
                ?? DateParsing.chineseNumeralDate(inPageText: text)
            observation.body = ArticleBodyReader(snapshot: snapshot, marks: walker.elementMarks).signature(metaSource: walker.meta["ContentSource"])
            observation.documentNumber = DocumentNumberReader.number(inUTF8: text)
        }
        if observation.kind == .article || observation.kind == .other {
            observation.policyLinks = PolicyLinkReader.links(observation.links)
        }
        observation.columns = columns(of: observation, navigation: walker.navigation + walker.headed, pageURL: walker.resolver?.absolute ?? input.url)
        if observation.kind != .homepage {
            // A list page's items are its content list, not every list item (side navigation, link boxes).
            let columns = observation.columns
            observation.items = ContentList.select(
                items, lists: itemLists, pageURL: input.url,
                navigation: Set(walker.navigation.map(\.url) + walker.headed.map(\.url) + columns.map(\.url)))
        }
        observation.identity = identity(text: identityText, walker: walker, written: written)
        observation.messages = Self.messages(
            page: snapshot, island: islandSnapshot, text: text, resolver: walker.resolver, pageResolver: walker.pageResolver,
            pageURL: input.url,
            title: walker.meta["ArticleTitle"] ?? observation.title, asOf: input.asOf)
        observation.hits = spam + titleSpam(title: observation.title, metaText: walker.metaText)
            + SensitiveData.hits(in: text, asOf: input.asOf)
            + typos.hits(in: text + Array((observation.title ?? "").utf8))
        observation.truncated = cuts.isEmpty ? nil : cuts.joined(separator: "; ")
        return observation
    }

    /// `URLResolver(base:)` of the URL the walkers of a page's fragments resolve against: the
    /// page walker's base URL (its `<base href>`'s, or the page's), or `pageURL` when it has none.
    /// When that URL is `pageURL` as given, it is the page walker's own parse of it.
    private static func fragmentPage(of walker: PageWalker, pageURL: String) -> URLResolver? {
        let url = walker.resolver?.absolute ?? pageURL
        return url == pageURL ? walker.pageResolver : URLResolver(base: url)
    }

    private func identity(text walked: [UInt8], walker: PageWalker, written: PageWalker?) -> IdentityMarks {
        let text = IdentityScanner.joiningTextNodes(walked)
        return IdentityMarks(
            siteIDCode: walker.meta["SiteIDCode"].flatMap { IdentityScanner.validSiteIDCode($0) }
                ?? IdentityScanner.siteIDCode(in: text),
            icp: IdentityScanner.icp(in: text),
            psbRecord: IdentityScanner.psbRecord(in: text),
            conacBadge: walker.conacBadge || written?.conacBadge == true,
            errorReportEntry: walker.errorReportEntry || written?.errorReportEntry == true)
    }

    /// A `<title>` or meta keywords/description carrying gambling or porn vocabulary (not a
    /// campaign against it: 打击网络赌博 is the government's own news).
    private func titleSpam(title: String?, metaText: String) -> [ContentHit] {
        var hits: [ContentHit] = []
        if let title, let term = SpamVocabulary.spamTerm(in: title) {
            hits.append(ContentHit(kind: .spamTitle, evidence: TextTools.prefix(title, 100), extra: term))
        }
        if let term = SpamVocabulary.spamTerm(in: metaText) {
            hits.append(ContentHit(kind: .spamTitle, evidence: TextTools.prefix(TextTools.collapsed(metaText), 100), extra: term))
        }
        return hits
    }
}
