import GovSweepProtocol

/// One forward pass over an ``HTMLSnapshot``: links, list items, text, scripts, identity flags,
/// hidden-content groups and the breadcrumb, all gathered together.
struct PageWalker {
    let nodes: [HTMLSnapshot.Node]
    let snapshot: HTMLSnapshot
    let resolver: URLResolver?
    /// The page's own URL, parsed once for the whole analysis (``resolver`` is its `<base href>`'s when it has one).
    let pageResolver: URLResolver?
    let siteHost: String
    /// The host of ``resolver``'s base URL (the page's, or its `<base href>`'s).
    let resolverHost: String
    /// ``resolverHost``'s bytes, compared with the hosts of absolute links.
    let resolverHostUTF8: [UInt8]
    /// ``isOnSite(_:)`` of ``resolverHost``.
    let resolverHostIsOnSite: Bool
    /// The registered domain of the page's host: links under it are on-site.
    let siteDomain: String
    /// ``siteDomain``'s bytes, compared with the registered domains of plain hosts.
    let siteDomainUTF8: [UInt8]
    let asOf: CivilDate
    let maxLinks: Int
    /// A fragment from a script data island: every link and item is placed in a list.
    let isDataIsland: Bool
    var hiddenClasses: Set<String> = []
    var hiddenIDs: Set<String> = []
    /// ``nameLengths(of:)`` of ``hiddenClasses``, set once they are all known.
    var hiddenClassLengths: UInt64 = .max

    // Results.
    var title: String?
    var meta: [String: String] = [:]
    /// Meta keywords and description, read for hijacking.
    var metaText = ""
    var baseHref: String?
    /// All text outside scripts and styles, one text node a line.
    var text: [UInt8] = []
    var links: [ExtractedLink] = []
    var droppedLinks = 0
    var items: [DatedItem] = []
    /// For each of `items`, the list it came from (``ContentList``).
    var itemLists: [Int] = []
    /// Inline scripts' text as well-formed UTF-8 (what their strings' `utf8` would be).
    var scripts: [[UInt8]] = []
    var dataIslands: [String] = []
    var conacBadge = false
    var errorReportEntry = false
    /// The markup inline scripts write (``ScriptWrites``), read for identity marks and spam.
    var writtenMarkup: [UInt8] = []
    /// Texts that are nothing but a date and a time, outside lists and links (at most 4 kept).
    var dateLines: [CivilDate] = []
    /// A password field: the page is a login form.
    var hasPasswordField = false
    var spam: [ContentHit] = []
    var breadcrumb: [String] = []
    var navigation: [(name: String, url: String)] = []
    /// Columns named by a heading next to a 更多 link: `<h3>政务动态</h3><a href="…">更多</a>`.
    var headed: [(name: String, url: String)] = []
    /// The last short text seen outside a link (its bytes in the snapshot's text): the heading a
    /// 更多 link belongs to.
    var lastShortText: Range<Int> = 0..<0

    // Open state.
    struct Frame {
        var end: Int32
        var hidden = false
        var region: LinkClassifier.Region?
        /// Inside a side box (``LinkClassifier/isAside(id:class:)``).
        var aside = false
        var container: Int?
        var anchor: Int?
        var group: Int?
        var skipText = false
        var opensContainer = false
        var opensAnchor = false
        var opensGroup = false
    }
    struct Anchor {
        var url: String
        /// The URL's host when resolving it told (nil: read it from `url`).
        var host: String?
        /// The host is the base URL's (``resolverHost``): what is known of that host holds for it.
        var keepsHost: Bool
        var text: [UInt8] = []
        var imageText = ""
        /// Where the `title` attribute's value sits in the snapshot's attribute bytes: read
        /// (``HTMLSnapshot/attributeValue(_:)``) only when the link's words are missing or cut, so most links
        /// never make it a string.
        var titleAttribute: HTMLSnapshot.ValueSpan
        var placement: LinkPlacement
        var hidden: Bool
        var container: Int?
        var group: Int?
    }
    struct Container {
        var ownText: [UInt8] = []
        var link: (url: String, text: String, title: HTMLSnapshot.ValueSpan, kind: LinkKind)?
        var hasChild = false
        var excluded: Bool
        var hidden: Bool
        /// The node of the list element (`ul`, `table`, …) holding the item: items are grouped by it.
        var list: Int32 = -1
        /// The item sits in a side box, not in the page's content.
        var aside = false
    }
    struct HiddenGroup {
        var text = ""
        var links: [(url: String, text: String)] = []
    }
    /// The open links, list items and hidden groups, outermost first (a frame holds their indices).
    var anchors: [Anchor] = []
    var containers: [Container] = []
    var groups: [HiddenGroup] = []
    /// Emptied text buffers of finished links and list items, reused by the next ones.
    var spareBuffers: [[UInt8]] = []
    /// What each distinct pair of id and class values says (``ElementMarks``).
    var elementMarks = ElementMarksMemo()
    /// What each distinct inline style says (``StyleMemo``).
    var styleMemo = StyleMemo()
    var columnNameMemo: [String: Bool] = [:]
    /// On-site page links short enough to be a section's title, in document order: a section's
    /// title written as a link (the tab titles of TRS and 集约化 templates) names the 更多 link to
    /// the same URL (``resolveHeaded()``).
    var titleCandidates: [(url: String, label: String)] = []
    /// The 更多 links, in document order, waiting for ``resolveHeaded()``.
    var moreLinks: [MoreLink] = []
    /// ``isOnSite(_:)`` of the hosts seen that are neither the page's own nor plain (``SpamVocabulary/plainHost(_:hasRegisteredDomain:)``).
    var onSiteMemo: [String: Bool] = [:]
    /// Scalars of a list item's own text, decoded for its date (``firstDate(inUTF8:)``); kept for the next item.
    var scalarBuffer: [Unicode.Scalar] = []
    /// `resolverHost.hasSuffix("conac.cn")`, asked for every link that keeps that host.
    let resolverHostIsConac: Bool
    var breadcrumbEnd: Int32 = -1
    var breadcrumbDone = false

    init(snapshot: HTMLSnapshot, pageURL: String, asOf: CivilDate, maxLinks: Int, isDataIsland: Bool = false,
         hiddenClasses: Set<String> = [], hiddenIDs: Set<String> = []) {
        self.init(snapshot: snapshot, page: URLResolver(base: pageURL), asOf: asOf, maxLinks: maxLinks, isDataIsland: isDataIsland,
                  hiddenClasses: hiddenClasses, hiddenIDs: hiddenIDs)
    }

    /// A walker of `snapshot` for the page whose URL `page` is (`URLResolver(base:)` of it, parsed
    /// once by the caller for every walker of the page's fragments).
    init(snapshot: HTMLSnapshot, page: URLResolver?, asOf: CivilDate, maxLinks: Int, isDataIsland: Bool = false,
         hiddenClasses: Set<String> = [], hiddenIDs: Set<String> = []) {
        nodes = snapshot.nodes
        self.snapshot = snapshot
        self.asOf = asOf
        self.maxLinks = maxLinks
        self.isDataIsland = isDataIsland
        var base = page
        var baseIsPage = true
        // The `<style>` texts' UTF-8 as their strings would hold it (ill-formed bytes repaired).
        var stylesheet: [UInt8] = []
        var linkElements = 0
        for (index, node) in snapshot.nodes.enumerated() {
            if node.tag == .a || node.tag == .area || node.tag == .img || node.tag == .iframe { linkElements += 1 }
            if node.tag == .base, baseHref == nil, let href = snapshot.attributes(of: node).href {
                baseHref = href
                if let resolved = page?.resolve(href), let parsed = URLResolver(base: resolved) {
                    base = parsed
                    baseIsPage = false
                }
            } else if node.tag == .style {
                stylesheet += snapshot.joinedUTF8(under: index)
            }
        }
        resolver = base
        pageResolver = page
        siteHost = page?.host ?? ""
        resolverHost = baseIsPage ? siteHost : base?.host ?? ""
        siteDomain = SpamVocabulary.registeredDomain(siteHost)
        siteDomainUTF8 = Array(siteDomain.utf8)
        resolverHostIsOnSite = resolverHost == siteHost || SpamVocabulary.registeredDomain(resolverHost) == siteDomain
        resolverHostIsConac = resolverHost.hasSuffix("conac.cn")
        resolverHostUTF8 = Array(resolverHost.utf8)
        // Every link element adds at most one link; most anchors are on-site page links (title candidates).
        links.reserveCapacity(min(linkElements, maxLinks))
        titleCandidates.reserveCapacity(min(linkElements, 4096))
        self.hiddenClasses = hiddenClasses
        self.hiddenIDs = hiddenIDs
        if !stylesheet.isEmpty {
            let hidden = stylesheet.withUnsafeBufferPointer { HiddenStyle.hiddenNames(inStylesheetUTF8: $0) }
            self.hiddenClasses.formUnion(hidden.classes)
            self.hiddenIDs.formUnion(hidden.ids)
        }
        hiddenClassLengths = Self.nameLengths(of: self.hiddenClasses)
    }

    /// Walks every node once, in document order.
    mutating func walk() {
        var stack: [Frame] = []
        stack.reserveCapacity(64)
        let root = Frame(end: Int32(nodes.count))
        var index = 0
        while index < nodes.count {
            while let top = stack.last, Int32(index) >= top.end {
                close(top)
                stack.removeLast()
            }
            let node = nodes[index]
            let parent = stack.last ?? root
            if node.isText {
                visitText(node.textRange, at: index, in: parent)
            } else {
                stack.append(open(node, at: index, in: parent))
            }
            index += 1
        }
        while let top = stack.popLast() { close(top) }
        resolveHeaded()
    }

    /// The attributes `node` carries (all nil for text and for elements without any read).
    func attributes(of node: HTMLSnapshot.Node) -> HTMLSnapshot.Attributes {
        snapshot.attributes(of: node)
    }

    /// True when `host` is the page's own site (same registered domain). A plain host (nearly
    /// every one) is told on its bytes, which costs less than hashing it; any other is remembered
    /// per host (a page links to a few hosts many times).
    mutating func isOnSite(_ host: String) -> Bool {
        if host == siteHost { return true }
        if let plain = siteDomainUTF8.withUnsafeBufferPointer({ SpamVocabulary.plainHost(host, hasRegisteredDomain: $0) }) {
            return plain
        }
        if let known = onSiteMemo[host] { return known }
        let onSite = SpamVocabulary.registeredDomain(host) == siteDomain
        onSiteMemo[host] = onSite
        return onSite
    }

    /// The placement a link gets in `frame`.
    func placement(in frame: Frame) -> LinkPlacement {
        if isDataIsland { return .list }
        switch frame.region {
        case .navigation: return .navigation
        case .footer: return .footer
        default: break
        }
        if frame.container != nil { return .list }
        return frame.region == .body ? .body : .other
    }
}
