#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GovSweepProtocol

/// Decides what a link points at and where on the page an element sits.
enum LinkClassifier {
    /// Extensions of documents the inspection counts as attachments.
    static let attachmentExtensions: Set<String> = [
        "pdf", "doc", "docx", "xls", "xlsx", "wps", "et", "dps", "ppt", "pptx", "ofd", "zip", "rar", "7z", "txt",
    ]
    static let imageExtensions: Set<String> = ["jpg", "jpeg", "png", "gif", "bmp", "webp"]
    static let staticPageExtensions: Set<String> = ["html", "htm", "shtml", "xhtml"]

    /// The kind of an `<a href>` target: an attachment by its path's extension, by a file name in
    /// its query (`downfile.jsp?filename=a.docx`) or by link text saying 附件/下载 (unless it is a
    /// static page or a folder); an image by its extension; otherwise a page.
    ///
    /// Read on the URL's bytes: extensions are compared as packed integers (``ExtensionKey``), read
    /// from the path's end (``pathExtension(in:from:to:)``); the words only when the URL leaves it open.
    static func kind(ofAnchor url: String, text: String) -> LinkKind {
        var url = url
        switch url.withUTF8({ kind(ofURL: $0) }) {
        case .decided(let kind):
            return kind
        case .byWords(let endsWithSlash):
            var text = text
            return text.withUTF8(namesAttachment) ? (endsWithSlash ? .page : .attachment) : .page
        }
    }

    /// Whether link words say 附件 anywhere or start with 下载 or 点击下载, read on their UTF-8
    /// (a byte search and two byte prefixes: what the words' own searches compare).
    static func namesAttachment(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func starts(with prefix: [UInt8]) -> Bool {
            bytes.count >= prefix.count && prefix.indices.allSatisfy { bytes[$0] == prefix[$0] }
        }
        return attachmentWord.withUnsafeBufferPointer { ByteSearch.firstOffset(of: $0, in: bytes, from: 0) != nil }
            || starts(with: downloadWord) || starts(with: clickDownloadWord)
    }

    private static let attachmentWord = Array("附件".utf8)
    private static let downloadWord = Array("下载".utf8)
    private static let clickDownloadWord = Array("点击下载".utf8)

    /// What a link's URL says of its kind: decided, or left to its words (a path with no static
    /// page's extension), which make a folder (`…/`) a page still.
    enum URLVerdict: Equatable {
        case decided(LinkKind)
        case byWords(endsWithSlash: Bool)
    }

    /// ``URLVerdict`` of a URL's bytes. The extension sets are disjoint, so the order they are
    /// asked in does not matter: a static page's (most links) is asked first.
    static func kind(ofURL bytes: UnsafeBufferPointer<UInt8>) -> URLVerdict {
        let (pathStart, question) = pathAndQueryOffsets(inUTF8: bytes)
        let pathEnd = question ?? bytes.count
        if let ext = pathExtension(in: bytes, from: pathStart, to: pathEnd) {
            if ExtensionKey.staticPages.contains(ext) {
                guard let question else { return .decided(.page) }
                return .decided(queryNamesAttachment(bytes, from: question + 1) ? .attachment : .page)
            }
            if ExtensionKey.attachments.contains(ext) { return .decided(.attachment) }
            if ExtensionKey.images.contains(ext) { return .decided(.image) }
        }
        if let question, queryNamesAttachment(bytes, from: question + 1) { return .decided(.attachment) }
        return .byWords(endsWithSlash: pathEnd > pathStart && bytes[pathEnd - 1] == UInt8(ascii: "/"))
    }

    /// ``ExtensionKey/init(ofPathIn:from:to:)`` read from the path's end only: an extension is 1…5
    /// bytes, so the segment's last dot must be among the path's last six bytes, and it makes an
    /// extension when it neither starts the path nor follows a `/`. The segment before it is not read.
    static func pathExtension(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> ExtensionKey? {
        let stop = max(start, end - 6)
        var dot = end - 1
        while dot >= stop {
            let byte = bytes[dot]
            if byte == UInt8(ascii: "/") { return nil }
            if byte == UInt8(ascii: ".") { break }
            dot -= 1
        }
        guard dot >= stop, dot < end - 1, dot > start, bytes[dot - 1] != UInt8(ascii: "/") else { return nil }
        // From the byte before the dot: the key's own scan reads at most seven bytes.
        return ExtensionKey(ofPathIn: bytes, from: dot - 1, to: end)
    }

    /// Whether a query parameter's value (`filename=a.docx`) ends in an attachment's extension.
    static func queryNamesAttachment(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        let query = UnsafeBufferPointer(rebasing: bytes[start...])
        guard query.contains(UInt8(ascii: ".")) else { return false }
        // Parameter by parameter (split at `&`, read in place): the value after its first `=`.
        var parameterStart = query.startIndex
        while parameterStart < query.endIndex {
            var parameterEnd = parameterStart
            var equals = -1
            while parameterEnd < query.endIndex, query[parameterEnd] != UInt8(ascii: "&") {
                if equals < 0, query[parameterEnd] == UInt8(ascii: "=") { equals = parameterEnd }
                parameterEnd += 1
            }
            if equals >= 0, let ext = ExtensionKey(ofPathIn: query, from: equals + 1, to: parameterEnd),
               ExtensionKey.attachments.contains(ext) {
                return true
            }
            parameterStart = parameterEnd + 1
        }
        return false
    }

    /// The path and query of an absolute or relative URL (split on ASCII bytes).
    static func pathAndQuery(_ url: String) -> (path: Substring, query: Substring?) {
        let utf8 = url.utf8
        if let (pathStart, question) = utf8.withContiguousStorageIfAvailable({ pathAndQueryOffsets(inUTF8: $0) }) {
            let start = utf8.index(utf8.startIndex, offsetBy: pathStart)
            guard let question else { return (url[start...], nil) }
            let mark = utf8.index(utf8.startIndex, offsetBy: question)
            return (url[start..<mark], url[utf8.index(after: mark)...])
        }
        var rest = Substring(url)
        if let afterScheme = afterScheme(url) {
            let tail = url.utf8[afterScheme...]
            let pathStart = tail.firstIndex(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") }) ?? tail.endIndex
            rest = url[pathStart...]
        }
        if let question = rest.utf8.firstIndex(of: UInt8(ascii: "?")) {
            return (rest[..<question], rest[rest.utf8.index(after: question)...])
        }
        return (rest, nil)
    }

    /// ``pathAndQuery(_:)`` on bytes: where the path starts and where its `?` is, if it has one.
    static func pathAndQueryOffsets(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int?) {
        var pathStart = 0
        if let after = afterScheme(inUTF8: bytes) {
            pathStart = after
            while pathStart < bytes.count, bytes[pathStart] != UInt8(ascii: "/"), bytes[pathStart] != UInt8(ascii: "?") {
                pathStart += 1
            }
        }
        guard pathStart < bytes.count, let base = bytes.baseAddress,
              let found = memchr(base + pathStart, Int32(UInt8(ascii: "?")), bytes.count - pathStart)
        else { return (pathStart, nil) }
        return (pathStart, UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found)))
    }

    /// The index just after `://` when `url` has a scheme.
    static func afterScheme(_ url: String) -> String.Index? {
        let utf8 = url.utf8
        if let found = utf8.withContiguousStorageIfAvailable({ afterScheme(inUTF8: $0) }) {
            return found.map { utf8.index(utf8.startIndex, offsetBy: $0) }
        }
        // A scheme is short: look at the first 12 bytes only.
        guard let colon = utf8.prefix(12).firstIndex(of: UInt8(ascii: ":")), utf8[colon...].starts(with: "://".utf8)
        else { return nil }
        return utf8.index(colon, offsetBy: 3)
    }

    /// ``afterScheme(_:)`` on bytes: the offset just after `://` when a colon in the first 12
    /// bytes starts it.
    static func afterScheme(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let window = min(bytes.count, 12)
        var colon = 0
        while colon < window, bytes[colon] != UInt8(ascii: ":") { colon += 1 }
        guard colon < window, colon + 2 < bytes.count, bytes[colon + 1] == UInt8(ascii: "/"),
              bytes[colon + 2] == UInt8(ascii: "/")
        else { return nil }
        return colon + 3
    }

    /// Where an element with this id and class puts its content, when it says so.
    static func region(id: String?, class className: String?) -> Region? {
        guard let marker = marker(id: id, class: className) else { return nil }
        return region(marker: marker)
    }

    /// ``region(id:class:)`` of a ``marker(id:class:)``.
    static func region(marker: [UInt8]) -> Region? {
        guard marker.count > 1 else { return nil }
        let found = regionWordsFound(in: marker)
        if found.navigation { return .navigation }
        if found.footer { return .footer }
        if hasToken(in: marker, of: footerTokens, splitOnNewline: false) { return .footer }
        if found.body { return .body }
        return nil
    }

    /// What ``region(id:class:)`` and ``isAside(id:class:)`` read of an element: its id, a
    /// space and its class, ASCII letters lower-cased, made once for both; nil when neither
    /// value has a byte (the marker would be one space, which says nothing: most elements).
    ///
    /// Made in one allocation (not grown by appending): each value's UTF-8 copied and folded in one loop.
    static func marker(id: String?, class className: String?) -> [UInt8]? {
        var id = id ?? "", className = className ?? ""
        let idCount = id.utf8.count, classCount = className.utf8.count
        if idCount == 0, classCount == 0 { return nil }
        return [UInt8](unsafeUninitializedCapacity: idCount + 1 + classCount) { buffer, initialized in
            func copyFolded(_ source: UnsafeBufferPointer<UInt8>, to start: Int) {
                for offset in 0..<source.count {
                    let byte = source[offset]
                    buffer[start + offset] = byte &- 65 < 26 ? byte | 0x20 : byte
                }
            }
            id.withUTF8 { copyFolded($0, to: 0) }
            buffer[idCount] = 32
            className.withUTF8 { copyFolded($0, to: idCount + 1) }
            initialized = idCount + 1 + classCount
        }
    }

    enum Region { case navigation, footer, body }

    /// True when an element's id or class marks a box beside a page's content: a sidebar, a
    /// 热点/点击排行, 推荐阅读 or 相关文章 box. Such boxes list (often dated) items of other columns,
    /// so on a column page they are not its content. Whole words of the id and class only
    /// (`side`, `side_box`, `hot-list`), never parts of words (`inside`, `shot`).
    static func isAside(id: String?, class className: String?) -> Bool {
        guard let marker = marker(id: id, class: className) else { return false }
        return isAside(marker: marker)
    }

    /// ``isAside(id:class:)`` of a ``marker(id:class:)``.
    static func isAside(marker: [UInt8]) -> Bool {
        hasToken(in: marker, of: asideTokens, splitOnNewline: true)
    }

    /// Whether one of `marker`'s words (split at space, `-`, `_`, tab, and newline when asked) is
    /// one of `words`; read in place, no array of words made.
    private static func hasToken(in marker: [UInt8], of words: [[UInt8]], splitOnNewline: Bool) -> Bool {
        marker.withUnsafeBufferPointer { bytes in
            var start = 0
            for end in 0...bytes.count {
                if end < bytes.count {
                    let byte = bytes[end]
                    guard byte == 32 || byte == 45 || byte == 95 || byte == 9 || (splitOnNewline && byte == 10) else { continue }
                }
                if end > start {
                    let token = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    // Lengths first: most words differ from a token in length.
                    if words.contains(where: { $0.count == token.count && $0.elementsEqual(token) }) { return true }
                }
                start = end + 1
            }
            return false
        }
    }

    /// Compared token by token (a short list: no array made per token to hash).
    private static let asideTokens: [[UInt8]] = [
        "side", "sidebar", "sidebox", "aside", "hot", "hotnews", "hotlist", "rank", "ranking", "paihang", "phb", "djph",
        "tuijian", "tjyd", "related", "xgwz", "xgxx", "remen", "rmwz",
    ].map { Array($0.utf8) }

    static let navigationWords = ["nav", "menu", "daohang", "lanmu-list", "topbar"].map { Array($0.utf8) }
    static let footerWords = ["footer", "foot", "copyright", "dibu", "banquan"].map { Array($0.utf8) }
    /// Whole class/id words only: `news-bottom-list` is not a footer, `bottom` is.
    private static let footerTokens: [[UInt8]] = ["bottom", "bot", "bq"].map { Array($0.utf8) }
    static let bodyWords = [
        "trs_editor", "zoom", "content", "article", "detail", "zhengwen", "main-text", "maintext", "newstext",
        "custom_unionstyle", "wzy", "bt_content",
    ].map { Array($0.utf8) }
}
