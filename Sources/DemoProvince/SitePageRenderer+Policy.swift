/// The links between a policy document and its interpretation (相关解读 / 相关文件).
extension SitePageRenderer {
    /// The paragraph linking an article to its partner, when the planter links them; documents
    /// listed as files get no link (they have no page).
    func policyLinkParagraph(_ item: ItemModel) -> String? {
        guard let pair = item.policyPair, pair.linked else { return nil }
        let column = site.columns[pair.column]
        let partner = column.items[pair.item]
        guard partner.document == nil else { return nil }
        let label = column.category == .interpretation ? "相关解读" : "相关文件"
        return "<p>\(label)：<a href=\"\(site.articlePath(column, partner))\">\(partner.title)</a></p>"
    }
}
