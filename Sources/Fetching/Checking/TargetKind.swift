/// Recognises targets that are files rather than pages, from their URL alone.
public enum TargetKind {
    /// Extensions of documents (the contract's attachment list) and of images and media.
    static let fileExtensions: Set<String> = [
        "pdf", "doc", "docx", "xls", "xlsx", "wps", "ofd", "zip", "rar", "txt", "ppt", "pptx", "et", "dps",
        "7z", "csv", "jpg", "jpeg", "png", "gif", "bmp", "webp", "svg", "ico", "mp4", "mp3", "avi", "flv", "wmv",
    ]

    /// True when the absolute `url` names a file (a document, an image, media) rather than a page:
    /// such a target is probed as a document and never fetched whole, parsed or crawled.
    public static func isFile(_ url: String) -> Bool {
        guard let parts = URLParts(url) else { return false }
        return isNonHTML(path: parts.path, query: parts.query)
    }

    /// True when the path's extension, or a file-name query parameter (`downfile.jsp?filename=a.docx`),
    /// names a file type.
    static func isNonHTML(path: String, query: String?) -> Bool {
        if let ext = fileExtension(path), fileExtensions.contains(ext) { return true }
        for parameter in (query ?? "").split(separator: "&") {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            let name = String(pair[0])
            guard ByteScan.contains("file", inIgnoringASCIICase: name) || ByteScan.contains("name", inIgnoringASCIICase: name) else { continue }
            if let ext = fileExtension(String(pair[1])), fileExtensions.contains(ext) { return true }
        }
        return false
    }

    private static func fileExtension(_ path: String) -> String? {
        // The last non-empty segment (what `split(separator: "/").last` gave), found from the
        // end instead of splitting the whole path into an array.
        var end = path.endIndex
        while end > path.startIndex, path[path.index(before: end)] == "/" { end = path.index(before: end) }
        guard end > path.startIndex else { return nil }
        let start = path[..<end].lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let last = path[start..<end]
        guard let dot = last.lastIndex(of: ".") else { return nil }
        let ext = last[last.index(after: dot)...].lowercased()
        return ext.isEmpty || ext.count > 5 ? nil : ext
    }
}
