import GovSweepProtocol

/// Decides what a link points at and where on the page an element sits.
enum LinkClassifier {
    /// Extensions of documents the inspection counts as attachments.
    static let attachmentExtensions: Set<String> = [
        "pdf", "doc", "docx", "xls", "xlsx", "wps", "et", "dps", "ppt", "pptx", "ofd", "zip", "rar", "7z", "txt",
    ]
    static let imageExtensions: Set<String> = ["jpg", "jpeg", "png", "gif", "bmp", "webp"]
    private static let staticPageExtensions: Set<String> = ["html", "htm", "shtml", "xhtml"]

    /// The kind of an `<a href>` target: an attachment by its path's extension, by a file name in
    /// its query (`downfile.jsp?filename=a.docx`) or by link text saying 附件/下载 (unless it is a
    /// static page or a folder); an image by its extension; otherwise a page.
    static func kind(ofAnchor url: String, text: String) -> LinkKind {
        let (path, query) = pathAndQuery(url)
        let ext = fileExtension(of: path)
        if let ext {
            if attachmentExtensions.contains(ext) { return .attachment }
            if imageExtensions.contains(ext) { return .image }
        }
        if let query {
            for parameter in query.split(separator: "&") {
                guard let equals = parameter.firstIndex(of: "=") else { continue }
                if let valueExt = fileExtension(of: parameter[parameter.index(after: equals)...]),
                   attachmentExtensions.contains(valueExt) {
                    return .attachment
                }
            }
        }
        if text.contains("附件") || text.hasPrefix("下载") || text.hasPrefix("点击下载") {
            if path.hasSuffix("/") { return .page }
            if let ext, staticPageExtensions.contains(ext) { return .page }
            return .attachment
        }
        return .page
    }

    /// Lower-cased extension of the last path segment, if it has one.
    static func fileExtension(of path: some StringProtocol) -> String? {
        let text = String(path)
        let last = text.split(separator: "/", omittingEmptySubsequences: false).last ?? Substring(text)
        guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return nil }
        let ext = last[last.index(after: dot)...].lowercased()
        return ext.isEmpty || ext.count > 5 ? nil : ext
    }

    static func pathAndQuery(_ url: String) -> (path: Substring, query: Substring?) {
        var rest = Substring(url)
        if let scheme = rest.firstRange(of: "://") {
            rest = rest[scheme.upperBound...]
            rest = rest[(rest.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? rest.endIndex)...]
        }
        if let question = rest.firstIndex(of: "?") {
            return (rest[..<question], rest[rest.index(after: question)...])
        }
        return (rest, nil)
    }

    /// Where an element with this id and class puts its content, when it says so.
    static func region(id: String?, class className: String?) -> Region? {
        let marker = ((id ?? "") + " " + (className ?? "")).lowercased()
        guard marker.count > 1 else { return nil }
        if navigationWords.contains(where: { marker.contains($0) }) { return .navigation }
        if footerWords.contains(where: { marker.contains($0) }) { return .footer }
        if marker.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }).contains(where: { footerTokens.contains(String($0)) }) {
            return .footer
        }
        if bodyWords.contains(where: { marker.contains($0) }) { return .body }
        return nil
    }

    enum Region { case navigation, footer, body }

    private static let navigationWords = ["nav", "menu", "daohang", "lanmu-list", "topbar"]
    private static let footerWords = ["footer", "foot", "copyright", "dibu", "banquan"]
    /// Whole class/id words only: `news-bottom-list` is not a footer, `bottom` is.
    private static let footerTokens: Set<String> = ["bottom", "bot", "bq"]
    private static let bodyWords = [
        "trs_editor", "zoom", "content", "article", "detail", "zhengwen", "main-text", "maintext", "newstext",
        "custom_unionstyle", "wzy", "bt_content",
    ]
}
