/// An article body the copied-content planter wrote in place of the copywriter's (``CopiedContentPlanter``).
struct PlantedBody: Sendable, Hashable {
    /// What the body is, and so what the truth expects of it.
    enum Kind: String, Sendable, Hashable {
        /// The original's body word for word, under the copier's own title and 来源: `content_copied`.
        case exactCopy
        /// The original's body with a word changed: `content_copied`.
        case nearCopy
        /// The original's body with 来源 naming the original's unit: a credited repost, never a copy.
        case creditedRepost
        /// A 新华社 dispatch several sites carry with 来源：新华社: shared, never a copy.
        case sharedRepost
        /// The copywriter's template for the original's title, with this site's unit and its own figures: alike, not copied.
        case sameTemplate
    }

    var kind: Kind
    var paragraphs: [String]
    /// The 来源 the page states; nil for the site's own unit.
    var source: String?
    /// The article it was taken from or modelled on (site, column, item indexes); nil for a shared dispatch.
    var original: ArticleAddress?
}

/// Where an article sits in the province: indexes of its site, column and item.
struct ArticleAddress: Sendable, Hashable {
    var site: Int
    var column: Int
    var item: Int
}
