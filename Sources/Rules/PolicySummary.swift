/// A site's policy documents and interpretations as the reports show them (政策文件与解读).
public struct PolicySummary: Codable, Hashable, Sendable {
    /// The policy column's first list page.
    public var url: String
    /// Documents published within the window that need an interpretation (routine kinds left out).
    public var documents: Int
    /// Of those, the ones with an interpretation (by link, or by title).
    public var interpreted: Int
    /// Interpretations not linked both ways with their document (`interpretation_not_linked`).
    public var notLinkedBack: Int
    /// The interpretation column's first list page; nil when none was read.
    public var interpretationColumn: String?

    /// Creates a summary from its figures.
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
