import GovSweepProtocol

/// The links between a policy document and its interpretation (相关解读 / 相关文件).
extension SitePageRenderer {
    /// The paragraph linking an article to its partner, when the planter links them: a document's
    /// page names its interpretation under 相关解读, an interpretation's page its document under
    /// 相关文件 (the file itself when the list links the document as a file).
    func policyLinkParagraph(_ item: ItemModel) -> String? {
        guard let pair = item.policyPair, pair.linked, site.columns.indices.contains(pair.column),
              site.columns[pair.column].items.indices.contains(pair.item) else { return nil }
        let column = site.columns[pair.column]
        let partner = column.items[pair.item]
        let path = partner.document == nil ? site.articlePath(column, partner) : site.documentPath(column, partner)
        let label = column.category == .interpretation ? "相关解读" : "相关文件"
        return "<p>\(label)：<a href=\"\(path)\">\(partner.title)</a></p>"
    }
}
