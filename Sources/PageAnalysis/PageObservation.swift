import GovSweepProtocol

/// What the analysis saw on one page: plain values, no judgement.
public struct PageObservation: Sendable, Codable, Hashable {
    /// What the page is: homepage, column list, article or other.
    public var kind: PageKind
    /// The `<title>`, whitespace collapsed.
    public var title: String?
    /// CMS metadata: `SiteName`, `SiteDomain`, `SiteIDCode`, `ColumnName`, `ColumnType`,
    /// `ArticleTitle`, `PubDate`, `ContentSource` (only those present).
    public var meta: [String: String]
    /// The 当前位置 trail, without the label: `["首页", "政务公开", "工作动态"]`.
    public var breadcrumb: [String]
    /// The article's publication date (articles only).
    public var published: CivilDate?
    /// Listed items in page order: rendered lists and tables, Hanweb datastore records, JSON arrays.
    public var items: [DatedItem]
    /// Absolute URLs of the column's other pages.
    public var pagination: [String]
    /// Columns the page names (navigation, the list page's own column).
    public var columns: [ColumnRef]
    /// Every `<a href>`, `<img src>` and `<iframe src>`, in page order.
    public var links: [ExtractedLink]
    /// Site identity marks (meaningful on the homepage).
    public var identity: IdentityMarks
    /// Spam, personal data and serious-typo evidence.
    public var hits: [ContentHit]
    /// What a limit cut, nil when the whole page was read.
    public var truncated: String?
    /// Messages of a consultation column the page lists or is (``MessageBoardReader``); nil when none.
    public var messages: [BoardMessage]?
    /// The article body's fingerprint (``ArticleBodyReader``), for articles; nil otherwise.
    public var body: BodySignature?
    /// An article's links to interpretations and interpreted documents (``PolicyLinkReader``); nil when none.
    public var policyLinks: PolicyLinks?
    /// The 文号 an article states under a label (``DocumentNumberReader``); nil when none.
    public var documentNumber: String?

    /// Creates an observation; everything but `kind` defaults to empty.
    public init(
        kind: PageKind = .other, title: String? = nil, meta: [String: String] = [:], breadcrumb: [String] = [],
        published: CivilDate? = nil, items: [DatedItem] = [], pagination: [String] = [],
        columns: [ColumnRef] = [], links: [ExtractedLink] = [], identity: IdentityMarks = IdentityMarks(),
        hits: [ContentHit] = [], truncated: String? = nil
    ) {
        self.kind = kind
        self.title = title
        self.meta = meta
        self.breadcrumb = breadcrumb
        self.published = published
        self.items = items
        self.pagination = pagination
        self.columns = columns
        self.links = links
        self.identity = identity
        self.hits = hits
        self.truncated = truncated
    }
}

/// One link target found on a page.
public struct ExtractedLink: Sendable, Codable, Hashable {
    /// Absolute URL (scheme and host lower-cased, fragment removed).
    public var url: String
    /// Anchor text, or an image's `alt`/`title`, whitespace collapsed.
    public var text: String
    /// Where on the page the link sits.
    public var placement: LinkPlacement
    /// True when inline style, or a class or id hidden by an inline `<style>`, hides the link.
    public var hidden: Bool
    /// Page, attachment, image or iframe.
    public var kind: LinkKind

    /// Creates a link record.
    public init(url: String, text: String, placement: LinkPlacement, hidden: Bool, kind: LinkKind) {
        self.url = url
        self.text = text
        self.placement = placement
        self.hidden = hidden
        self.kind = kind
    }
}

/// The part of a page a link sits in.
public enum LinkPlacement: String, Sendable, Codable, Hashable, CaseIterable {
    /// Menus: `<nav>`, or an element whose id/class names a nav/menu.
    case navigation
    /// A list item (`li`, `tr`, `dd`) outside navigation and footer, or a script data island.
    case list
    /// The article body (`TRS_Editor`, `zoom`, `content`, `article` …).
    case body
    /// `<footer>` or an element whose id/class names a footer/copyright block.
    case footer
    /// Anywhere else.
    case other
}
