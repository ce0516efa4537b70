/// What a worker saw on one fetched page: facts only, no judgement.
///
/// The coordinator stores reports and its rules turn them into findings. A report carries what
/// the rules need (dates, identity marks, content hits) and never the page's body.
public struct PageReport: Codable, Hashable, Sendable {
    /// The URL the crawler asked for (absolute, normalised).
    public var url: String
    /// Where redirects ended, when that differs from `url`.
    public var finalURL: String?
    /// The last HTTP status, nil after a network error.
    public var status: Int?
    public var error: NetworkErrorKind?
    /// What the crawler fetched the page as.
    public var role: PageRole
    /// What the analysis found the page to be.
    public var kind: PageKind
    public var title: String?
    /// The column this page lists or belongs to, for column pages and their later pages.
    public var column: ColumnRef?
    /// Items listed on the page (column pages and the homepage), in page order.
    public var items: [DatedItem]
    /// The article's publication date, for articles.
    public var published: CivilDate?
    /// Site identity marks, reported for the homepage.
    public var identity: IdentityMarks?
    /// Spam, personal data and serious-typo evidence found on the page.
    public var hits: [ContentHit]
    /// How many links from the homepage's top.
    public var depth: Int
    /// Set when analysis stopped early (page too large, nesting too deep): what was cut.
    public var truncated: String?
    /// Messages of an online consultation column (互动交流) the page lists or is; nil when none.
    /// Optional on the wire: reports from workers without it decode unchanged.
    public var messages: [BoardMessage]?
    /// The article body's fingerprint (``BodySignature``), for articles; nil otherwise.
    /// Optional on the wire: reports from workers without it decode unchanged.
    public var body: BodySignature?
    /// An article's links to interpretations and to the documents they interpret (``PolicyLinks``);
    /// nil when it shows none. Optional on the wire.
    public var policyLinks: PolicyLinks?
    /// The 文号 an article states under a label (发文字号：赣府办函〔2024〕12号); nil when none.
    /// Optional on the wire.
    public var documentNumber: String?

    public init(
        url: String, finalURL: String? = nil, status: Int? = nil, error: NetworkErrorKind? = nil,
        role: PageRole, kind: PageKind = .other, title: String? = nil, column: ColumnRef? = nil,
        items: [DatedItem] = [], published: CivilDate? = nil, identity: IdentityMarks? = nil,
        hits: [ContentHit] = [], depth: Int = 0, truncated: String? = nil
    ) {
        self.url = url
        self.finalURL = finalURL
        self.status = status
        self.error = error
        self.role = role
        self.kind = kind
        self.title = title
        self.column = column
        self.items = items
        self.published = published
        self.identity = identity
        self.hits = hits
        self.depth = depth
        self.truncated = truncated
    }
}

/// Why the crawler fetched a page.
public enum PageRole: String, Codable, CaseIterable, Sendable {
    case homepage
    /// The first page of a column.
    case column
    /// A later page of a column (`index_1.html`, `pageNum=2`).
    case pagination
    case article
    case other
}

/// What a page is, judged from its markup.
public enum PageKind: String, Codable, CaseIterable, Sendable {
    case homepage
    case columnList = "column_list"
    case article
    case other
}

/// A column named by the site or by the operator.
public struct ColumnRef: Codable, Hashable, Sendable {
    public var name: String
    /// The column's first list page.
    public var url: String
    public var category: ColumnCategory
    public var source: ColumnSource

    public init(name: String, url: String, category: ColumnCategory, source: ColumnSource = .discovered) {
        self.name = name
        self.url = url
        self.category = category
        self.source = source
    }
}

/// One entry of a list: a link with a title and, usually, a date.
public struct DatedItem: Codable, Hashable, Sendable {
    public var url: String?
    public var title: String
    public var date: CivilDate?

    public init(url: String?, title: String, date: CivilDate?) {
        self.url = url
        self.title = title
        self.date = date
    }
}

/// The identity marks a compliant homepage shows (indicators.md, "What identifies a compliant homepage").
public struct IdentityMarks: Codable, Hashable, Sendable {
    /// 网站标识码 as found in the footer or the `SiteIDCode` meta.
    public var siteIDCode: String?
    /// ICP备案 number, e.g. `赣ICP备05004019号`.
    public var icp: String?
    /// 公安机关备案 number, e.g. `赣公网安备 36010202000123号`.
    public var psbRecord: String?
    /// The 党政机关网站标识 badge (conac script or link).
    public var conacBadge: Bool
    /// A 我为政府网站找错 entry (the `_jiucuo_` script or a link saying so).
    public var errorReportEntry: Bool

    public init(
        siteIDCode: String? = nil, icp: String? = nil, psbRecord: String? = nil,
        conacBadge: Bool = false, errorReportEntry: Bool = false
    ) {
        self.siteIDCode = siteIDCode
        self.icp = icp
        self.psbRecord = psbRecord
        self.conacBadge = conacBadge
        self.errorReportEntry = errorReportEntry
    }
}

/// Evidence of a content problem on a page.
public struct ContentHit: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, CaseIterable, Sendable {
        /// Injected links or hidden text worded with gambling or porn vocabulary (暗链).
        case spam
        /// A hijacked `<title>` or meta keywords.
        case spamTitle = "spam_title"
        /// A resident ID number with a valid check digit and a plausible birth date.
        case residentID = "resident_id"
        /// Mobile numbers listed in bulk.
        case mobileNumbers = "mobile_numbers"
        /// A phrase from the serious-error list.
        case seriousTypo = "serious_typo"
    }

    public var kind: Kind
    /// The offending text (masked for personal data: first and last characters only).
    public var evidence: String
    /// For spam, the link target; for typos, the correct form when the list gives one.
    public var extra: String?
    /// How many times it occurs on the page.
    public var count: Int

    public init(kind: Kind, evidence: String, extra: String? = nil, count: Int = 1) {
        self.kind = kind
        self.evidence = evidence
        self.extra = extra
        self.count = count
    }
}

extension PageReport {
    enum CodingKeys: String, CodingKey {
        case url, finalURL = "final_url", status, error, role, kind, title, column, items, published, identity, hits, depth, truncated
        case messages
        case body
        case policyLinks = "policy_links"
        case documentNumber = "document_number"
    }
}

extension IdentityMarks {
    enum CodingKeys: String, CodingKey {
        case siteIDCode = "site_id_code", icp, psbRecord = "psb_record", conacBadge = "conac_badge", errorReportEntry = "error_report_entry"
    }
}
