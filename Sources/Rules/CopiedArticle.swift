import GovSweepProtocol

/// One fingerprinted article of a sweep, as the copied-content check compares it.
public struct SignedArticle: Hashable, Sendable {
    public var siteID: String
    /// The site's name in the inventory (an article stating it as its 来源 reposts that site).
    public var siteName: String
    /// The site's unit (主办单位) in the inventory, when given: stated as a 来源 it credits the site too.
    public var siteUnit: String?
    public var url: String
    public var published: CivilDate?
    public var signature: BodySignature

    public init(
        siteID: String, siteName: String, siteUnit: String? = nil, url: String, published: CivilDate?, signature: BodySignature
    ) {
        self.siteID = siteID
        self.siteName = siteName
        self.siteUnit = siteUnit
        self.url = url
        self.published = published
        self.signature = signature
    }

    /// The fingerprinted articles among a site's page reports.
    public static func articles(of site: Site, pages: [PageReport]) -> [SignedArticle] {
        pages.compactMap { page in
            guard let body = page.body, page.fetchedFine else { return nil }
            return SignedArticle(siteID: site.id, siteName: site.name, siteUnit: site.unit, url: page.url, published: page.published, signature: body)
        }
    }
}

/// An article whose body is the same or nearly the same as an earlier article on another site.
public struct CopiedArticle: Codable, Hashable, Sendable {
    /// The later article (the copy) and its site.
    public var siteID: String
    public var url: String
    public var published: CivilDate
    /// The earliest article with the same text on another site (the original) and its site.
    public var originalSiteID: String
    public var originalSiteName: String
    public var originalURL: String
    public var originalPublished: CivilDate
    /// The estimated Jaccard similarity of the two bodies' shingles.
    public var similarity: Double

    public init(
        siteID: String, url: String, published: CivilDate, originalSiteID: String, originalSiteName: String,
        originalURL: String, originalPublished: CivilDate, similarity: Double
    ) {
        self.siteID = siteID
        self.url = url
        self.published = published
        self.originalSiteID = originalSiteID
        self.originalSiteName = originalSiteName
        self.originalURL = originalURL
        self.originalPublished = originalPublished
        self.similarity = similarity
    }

    enum CodingKeys: String, CodingKey {
        case siteID = "site_id", url, published, originalSiteID = "original_site_id", originalSiteName = "original_site_name"
        case originalURL = "original_url", originalPublished = "original_published", similarity
    }
}
