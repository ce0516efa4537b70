/// A site's policy documents and interpretations as the reports show them (政策文件与解读).
public struct PolicySummary: Codable, Hashable, Sendable {
    /// The policy column's first list page.
    public var url: String
    /// Documents published within the window.
    public var documents: Int
    /// Of those, the ones with an interpretation (by title or by link).
    public var interpreted: Int
    /// Interpretations whose page does not link back to their document.
    public var notLinkedBack: Int
    /// The interpretation column's first list page; nil when the site has none.
    public var interpretationColumn: String?

    public init(url: String, documents: Int, interpreted: Int, notLinkedBack: Int, interpretationColumn: String?) {
        self.url = url
        self.documents = documents
        self.interpreted = interpreted
        self.notLinkedBack = notLinkedBack
        self.interpretationColumn = interpretationColumn
    }

    /// The share of documents interpreted (1 when there are none to interpret).
    public var share: Double { documents == 0 ? 1 : Double(interpreted) / Double(documents) }

    enum CodingKeys: String, CodingKey {
        case url, documents, interpreted, notLinkedBack = "not_linked_back", interpretationColumn = "interpretation_column"
    }
}
