import GovSweepProtocol

/// Reads an article's links between policy documents and interpretations from its words:
/// 相关解读 / 《…》政策解读 / 图解 point at an interpretation; 原文 / 相关文件 / 政策原文, or a
/// document's title (关于印发《…》的通知), at the document. Menus and footers are left out, and so are links named only after a column
/// (政策解读, 政策文件), which every page of a site may carry.
enum PolicyLinkReader {
    static let interpretationWords = ["解读", "图解"]
    static let documentWords = ["原文", "相关文件", "政策文件：", "文件链接"]
    static let columnNames: Set<String> = ["政策解读", "解读回应", "政策图解", "解读", "图解", "政策文件", "规范性文件", "文件"]

    /// The page's policy links; nil when it has none.
    static func links(_ links: [ExtractedLink]) -> PolicyLinks? {
        var result = PolicyLinks()
        for link in links where link.placement != .navigation && link.placement != .footer && !link.hidden {
            let text = link.text.filter { !$0.isWhitespace }
            guard !text.isEmpty, !columnNames.contains(text) else { continue }
            if interpretationWords.contains(where: text.contains) {
                if !result.interpretations.contains(link.url) { result.interpretations.append(link.url) }
            } else if documentWords.contains(where: text.contains) || isDocumentTitle(text) {
                if !result.documents.contains(link.url) { result.documents.append(link.url) }
            }
        }
        return result.interpretations.isEmpty && result.documents.isEmpty ? nil : result
    }

    /// A document's own title as a link's words: 关于印发《…》的通知, …关于…的意见 (the label 相关文件：
    /// usually sits outside the link).
    static func isDocumentTitle(_ text: String) -> Bool {
        guard text.contains("关于") || text.contains("《") else { return false }
        return ["通知", "意见", "办法", "方案", "规定", "决定", "细则", "规划", "措施"].contains { text.hasSuffix($0) || text.hasSuffix($0 + "》") }
    }
}
