/// Links an article page shows between policy documents (政策文件) and their interpretations
/// (政策解读): facts only, the rules match documents and interpretations.
public struct PolicyLinks: Codable, Hashable, Sendable {
    /// Links whose words name an interpretation (相关解读, 《…》政策解读, 图解…), outside menus and footers.
    public var interpretations: [String]
    /// Links whose words name the document interpreted (原文, 相关文件, 政策原文), outside menus and footers.
    public var documents: [String]

    public init(interpretations: [String] = [], documents: [String] = []) {
        self.interpretations = interpretations
        self.documents = documents
    }
}
