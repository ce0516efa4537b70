import GovSweepProtocol

/// The content-management system a simulated site imitates; it decides URLs and list markup.
public enum CMSStyle: String, Sendable, Hashable, Codable, CaseIterable {
    /// TRS WCM (拓尔思): folder columns, `createPageHTML` pagination, dated article file names.
    case trs
    /// Hanweb (大汉): `/col/col1234/` columns whose items sit in a `<datastore>` script.
    case hanweb
    /// An older JSP site: `list.jsp?page=N`, `content.jsp?id=N`, table rows, yearless dates.
    case jsp
}

/// How a site's pages are encoded on the wire. Every variant renders correctly in a browser
/// except `gbkHeaderDisagrees`, the case the CMS notes name: the server's default header wins
/// over the page's own meta, so a decoder must notice the bytes are not UTF-8.
public enum PageEncoding: String, Sendable, Hashable, Codable {
    /// UTF-8, declared in header and meta.
    case utf8
    /// UTF-8 bytes and header; the meta, left over from an old template, says `gb2312`.
    case utf8StaleMeta
    /// GBK bytes, declared only in a `<meta http-equiv>` (the header has no charset).
    case gbkMetaOnly
    /// GBK bytes and a `gbk` meta, but the server adds `charset=UTF-8` to the header.
    case gbkHeaderDisagrees

    var isGBK: Bool { self == .gbkMetaOnly || self == .gbkHeaderDisagrees }
}

/// What a host answers for a path it does not have.
public enum NotFoundStyle: String, Sendable, Hashable, Codable {
    /// A real 404.
    case hard404
    /// Status 200 and a page titled 页面不存在 (a soft 404: the link IS broken).
    case soft404
    /// A 302 to `/404.html`, which answers 200 页面不存在.
    case redirectTo404
}

/// One article (信息) listed by a column.
struct ItemModel: Sendable, Hashable {
    var id: Int
    var title: String
    var date: CivilDate
    /// Extra content that plants a defect or a negative in the article.
    var extras: [ArticleExtra] = []
    /// The list links straight to a document instead of an article page.
    var document: ListedDocument?
    /// The article is a short notice in a bare template whose text says 已失效 or 已删除 (a real page).
    var shortNotice = false
    /// A body planted in place of the copywriter's (copied, reposted, alike); nil for the usual text.
    var body: PlantedBody?
    /// The policy document this interpretation interprets, or the interpretation of this document.
    var policyPair: PolicyPair?
    /// A routine document of a 政策文件 column (任免, 批复, 会议纪要 …) that needs no interpretation.
    var routineDocument = false
    /// The 文号 a policy document's page states under 发文字号; nil for other articles.
    var documentNumber: String?
}

/// A document a list item links to directly (`./202608/P0….xlsx`, `downfile.jsp?filename=….xls`).
enum ListedDocument: Sendable, Hashable {
    /// A small document that is there.
    case ordinary
    /// A 12 MiB document that is there (200, or 206 for a range): never a broken link.
    case large
    /// The server answers with its HTML 404 page (or its soft 404): `attachment_broken`.
    case missing
}

/// Content planted in one article page.
enum ArticleExtra: Sendable, Hashable {
    case workingImage
    case workingAttachment
    case brokenLink
    case softBrokenLink
    case brokenAttachment
    case brokenImage
    case blockedLink
    case sensitiveIDs
    case badCheckDigitSerial
    case maskedIDs
    /// A contact table of six mobile numbers written in groups (`138-1234-5678`, `139 1234 5678`).
    case groupedMobiles
    case seriousTypo
    case correctTypoForm
    /// The article answers 503 once, then 200.
    case flaky
    /// A link into a host that refuses connections (`hanging: false`) or never answers.
    case deadHostLink(hanging: Bool)
}

/// One column (栏目) of a site.
struct ColumnModel: Sendable, Hashable {
    var name: String
    var category: ColumnCategory
    /// The TRS folder / JSP directory name, e.g. `gzdt`.
    var slug: String
    /// The Hanweb column number, e.g. 1234.
    var number: Int
    /// Newest first.
    var items: [ItemModel]
    /// robots.txt disallows this column.
    var robotsDisallowed = false
}

/// One inventory site with everything needed to render its pages.
struct SiteModel: Sendable, Hashable {
    var id: String
    var name: String
    var unit: String
    var region: String
    var level: SiteLevel
    var hostIndex: Int
    /// `""` for a site at the root of its host, `/jyj` for a platform channel.
    var pathPrefix: String
    var hostGroup: String?
    var style: CMSStyle
    var encoding: PageEncoding
    /// Hanweb's unit id used in `?uid=` paging.
    var hanwebUnit: Int
    /// Hanweb list date format: 0 `2023-12-13`, 1 `[2023-12-13]`, 2 `2023年12月13日`,
    /// 3 `二〇二三年十二月十三日`.
    var dateFormat: Int
    var columns: [ColumnModel]
    var defects: Set<PlantedDefect> = []
    var negatives: Set<PlantedNegative> = []
    /// The consultation column (领导信箱), on some sites only.
    var board: MessageBoardModel?
}

/// One listening endpoint of the province: a standalone site, a platform, or a helper host.
struct HostModel: Sendable, Hashable {
    enum Role: String, Sendable, Hashable { case site, platform, services, blocking, dead }
    var role: Role
    var name: String
    var notFound: NotFoundStyle
    /// The port refuses connections (`site_unreachable`).
    var refuses = false
    /// The port accepts connections and never answers (`site_unreachable` by timeout).
    var hangs = false
    /// Sites served here, by index into ``Province/sites``.
    var siteIndices: [Int] = []
}
