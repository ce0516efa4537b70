import GovSweepProtocol

/// One fetched page, as the crawler hands it to ``PageAnalyzer``.
public struct PageInput: Sendable {
    /// The final URL after redirects; relative links resolve against it (or the page's `<base>`).
    public var url: String
    /// The page's text, already decoded to Swift (see `TextDecoding`).
    public var html: String
    /// The sweep's as-of date: yearless list dates resolve against it.
    public var asOf: CivilDate
    /// True when the crawler fetched the page as the site's homepage, whatever its URL looks like.
    public var isHomepage: Bool

    /// Creates an input; `isHomepage` is a hint from the crawler (the URL is judged too).
    public init(url: String, html: String, asOf: CivilDate, isHomepage: Bool = false) {
        self.url = url
        self.html = html
        self.asOf = asOf
        self.isHomepage = isHomepage
    }
}
