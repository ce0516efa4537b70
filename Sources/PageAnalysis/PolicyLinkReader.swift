import GovSweepProtocol

/// Reads a page's links between policy documents and interpretations from their words: a link
/// saying 解读, 图解, 一图读懂 or 答记者问 (``InterpretationWords/marks``, the words the rules read
/// titles with; 相关解读：《…》政策解读, 图解：…, 视频解读｜…) points at an interpretation; one saying
/// 原文, 相关文件 or 文件链接, or worded as a document's title (关于印发《…》的通知, …关于…的意见, also as
/// a file name: ….pdf), at a document. Menus, footers, images and hidden links are left out, and so
/// are links named only after a column (政策解读, 政策文件, 政策文件及解读 in a breadcrumb), which every
/// page of a site may carry; a link worded only 相关文件 or 政策原文 is the document's when it sits in
/// the article's body and points at a page, a column's when it sits elsewhere or points at a list.
/// Facts only: which document an interpretation interprets is the rules' to decide.
enum PolicyLinkReader {
    static let documentWords = ["原文", "相关文件", "政策文件：", "文件链接"]
    /// Column names that the ending rule of ``isColumnName(_:)`` does not catch.
    static let columnNames: Set<String> = ["解读回应", "图解政策", "政策问答", "政策原文"]
    /// Endings of a document's title.
    static let documentEndings = ["通知", "意见", "办法", "方案", "规定", "决定", "细则", "规划", "措施", "计划", "通告", "批复"]

    /// The page's policy links; nil when it has none.
    static func links(_ links: [ExtractedLink]) -> PolicyLinks? {
        var result = PolicyLinks()
        for link in links where link.placement != .navigation && link.placement != .footer && !link.hidden && link.kind != .image {
            guard mayBePolicyLink(link.text) else { continue }
            let text = withoutWhitespace(link.text)
            guard !text.isEmpty, !isColumnName(text) || pointsAtDocument(link, words: text) else { continue }
            let words = Words(text)
            if InterpretationWords.marks.contains(where: words.contains) {
                if !result.interpretations.contains(link.url) { result.interpretations.append(link.url) }
            } else if documentWords.contains(where: words.contains) || isDocumentTitle(text) {
                if !result.documents.contains(link.url) { result.documents.append(link.url) }
            }
        }
        return result.interpretations.isEmpty && result.documents.isEmpty ? nil : result
    }

    /// The first characters of every word a link is read by below (``InterpretationWords/marks``,
    /// ``documentWords``, 关于 and 《), as UTF-8.
    private static let firstCharacters: [[UInt8]] = Array(Set(
        (InterpretationWords.marks + documentWords + ["关于", "《"]).compactMap { $0.first.map { Array(String($0).utf8) } }))

    /// False when `text` holds none of ``firstCharacters``: then no word below can be in it, with
    /// or without its blanks (nothing else is canonically the same as these characters), and the
    /// link is passed over without reading its characters.
    static func mayBePolicyLink(_ text: String) -> Bool {
        firstCharacters.contains { ByteSearch.contains($0, inUTF8: text) }
    }

    /// Words that name a column rather than one page: one of ``columnNames``, or short, ending in
    /// 解读, 图解 or 文件, with no title in 《》 (政策解读, 政策文件及解读 in a breadcrumb, 上级政策解读,
    /// 规范性文件 in a side box).
    static func isColumnName(_ text: String) -> Bool {
        // The endings first, told on bytes when they can tell: counting characters is slower.
        columnNames.contains(text)
            || endsWithAny(Substring(text), of: columnEndings) && text.count <= 8 && !Words(text).contains("《")
    }

    /// A link worded as a pointer to the document (相关文件, 政策原文) in the article's body, to a page
    /// rather than a list: the document. A column of that name is linked from menus and side boxes,
    /// at a list or index address.
    static func pointsAtDocument(_ link: ExtractedLink, words: String) -> Bool {
        link.placement == .body && documentWords.contains(where: Words(words).contains) && !isListAddress(link.url)
    }

    /// A column's or a site's address rather than one page's: `/col/…`, `list…`, `index…`,
    /// `default…`, a path ending in `/`, paged lists; never an article's address (TRS
    /// `/col/…/t20231120_76.html`, Hanweb `art_…`, `content.jsp?id=`).
    static func isListAddress(_ url: String) -> Bool {
        if PageKindClassifier.isArticleURL(url) { return false }
        if PageKindClassifier.isHomepagePath(url) || PageKindClassifier.isColumnURL(url) { return true }
        let (path, _) = LinkClassifier.pathAndQuery(url)
        if path.isEmpty || path.hasSuffix("/") { return true }
        let last = LinkClassifier.lastSegment(of: path).lowercased()
        return last.hasPrefix("index") || last.hasPrefix("default") || last.hasPrefix("list")
    }

    /// A document's own title as a link's words: 关于印发《…》的通知, …关于…的意见 (the label 相关文件：
    /// usually sits outside the link).
    static func isDocumentTitle(_ text: String) -> Bool {
        let words = Words(text)
        guard words.contains("关于") || words.contains("《") else { return false }
        var title = Substring(text)
        if let dot = title.lastIndex(of: "."), title.distance(from: dot, to: title.endIndex) <= 5 { title = title[..<dot] }
        return endsWithAny(title, of: titleEndings)
    }
}
