import GovSweepProtocol

/// Reads a page's links between policy documents and interpretations from their words: a link
/// saying 解读, 图解 or 一图读懂 (相关解读：《…》政策解读, 图解：…, 视频解读｜…) points at an
/// interpretation; one saying 原文, 相关文件 or 文件链接, or worded as a document's title
/// (关于印发《…》的通知, …关于…的意见, also as a file name: ….pdf), at a document. Menus, footers, images and hidden links are
/// left out, and so are links named only after a column (政策解读, 政策文件, 政策文件及解读 in a
/// breadcrumb), which every page of a site may carry. Facts only: which document an interpretation interprets is the rules' to decide.
enum PolicyLinkReader {
    static let interpretationWords = ["解读", "图解", "读懂"]
    static let documentWords = ["原文", "相关文件", "政策文件：", "文件链接"]
    /// Column names that the ending rule of ``isColumnName(_:)`` does not catch.
    static let columnNames: Set<String> = ["解读回应", "图解政策", "政策问答", "政策原文"]
    /// Endings of a document's title.
    static let documentEndings = ["通知", "意见", "办法", "方案", "规定", "决定", "细则", "规划", "措施", "计划", "通告", "批复"]

    /// The page's policy links; nil when it has none.
    static func links(_ links: [ExtractedLink]) -> PolicyLinks? {
        var result = PolicyLinks()
        for link in links where link.placement != .navigation && link.placement != .footer && !link.hidden && link.kind != .image {
            let text = link.text.filter { !$0.isWhitespace }
            guard !text.isEmpty, !isColumnName(text) else { continue }
            if interpretationWords.contains(where: text.contains) {
                if !result.interpretations.contains(link.url) { result.interpretations.append(link.url) }
            } else if documentWords.contains(where: text.contains) || isDocumentTitle(text) {
                if !result.documents.contains(link.url) { result.documents.append(link.url) }
            }
        }
        return result.interpretations.isEmpty && result.documents.isEmpty ? nil : result
    }

    /// Words that name a column rather than one page: one of ``columnNames``, or short, ending in
    /// 解读, 图解 or 文件, with no title in 《》 (政策解读, 政策文件及解读 in a breadcrumb, 上级政策解读,
    /// 规范性文件 in a side box).
    static func isColumnName(_ text: String) -> Bool {
        columnNames.contains(text)
            || text.count <= 8 && !text.contains("《") && ["解读", "图解", "文件"].contains { text.hasSuffix($0) }
    }

    /// A document's own title as a link's words: 关于印发《…》的通知, …关于…的意见 (the label 相关文件：
    /// usually sits outside the link).
    static func isDocumentTitle(_ text: String) -> Bool {
        guard text.contains("关于") || text.contains("《") else { return false }
        var title = Substring(text)
        if let dot = title.lastIndex(of: "."), title.distance(from: dot, to: title.endIndex) <= 5 { title = title[..<dot] }
        return documentEndings.contains { title.hasSuffix($0) || title.hasSuffix($0 + "》") }
    }
}
