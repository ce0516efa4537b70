#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GovSweepProtocol

/// Finds a column's other pages: pager links, TRS `createPageHTML(…)` calls and Hanweb paging totals.
enum Pagination {
    static let pagerTexts: Set<String> = ["下一页", "下页", "尾页", "末页", "最后一页", "next", "Next", ">", ">>", "»", "下一页>", "下一页>>"]

    /// Absolute URLs of the other pages of the column `page` (the page's own URL, parsed) shows, in a stable order.
    static func pages(page: URLResolver?, links: [ExtractedLink], scripts: [[UInt8]], islands: [String], limit: Int) -> [String] {
        guard let page else { return [] }
        let own = page.absolute
        var result: [String] = []
        var seen = SmallStringSet()
        seen.insert(own)
        func add(_ url: String?) {
            guard let url, result.count < limit, seen.insert(url) else { return }
            result.append(url)
        }
        for link in links where link.kind == .page {
            // The cheap tests first: most links are neither paged nor pager words.
            let short = link.text.utf8.count <= 16
            guard mayBePaged(link.url) || short && isPagerText(link.text) else { continue }
            let pager = short && isPagerText(link.text)
            let numbered = short && (Int(link.text).map { (2...100_000).contains($0) } ?? false)
            if pager || (numbered && looksPaged(link.url)) || (looksPaged(link.url) && sameFolder(link.url, own)) {
                if let host = URLResolver.host(of: link.url), host == page.host { add(link.url) }
            }
        }
        // Scripts are bytes (well-formed UTF-8); most hold no call and never become strings.
        for script in scripts where ByteSearch.contains(callBytes, in: script) {
            for url in createPageHTMLPages(in: String(decoding: script, as: UTF8.self), page: page, limit: limit) { add(url) }
        }
        // Most pages hold no Hanweb total: one pass says so (``mayHoldHanwebTotal(islands:scripts:)``).
        if mayHoldHanwebTotal(islands: islands, scripts: scripts) {
            for url in hanwebPages(in: islands.map { Array($0.utf8) } + scripts, page: page, limit: limit) { add(url) }
        }
        return result
    }

    /// Whether `text` is one of ``pagerTexts``. A text whose first scalar is printable ASCII or a
    /// CJK unified ideograph (most link words: page numbers, titles) can equal one only when that
    /// scalar starts one: such a scalar neither decomposes nor reorders, so every text canonically
    /// equivalent to it starts with it. Other texts are looked up as before.
    /// The first scalar is read from the bytes (a native string is well-formed UTF-8): one byte,
    /// or three for U+0800…U+FFFF; a text starting otherwise is looked up.
    static func isPagerText(_ text: String) -> Bool {
        var text = text
        let ruledOut = text.withUTF8 { bytes -> Bool in
            guard let lead = bytes.first else { return true }  // "" is no pager text
            let value: UInt32
            if lead < 0x80 {
                value = UInt32(lead)
            } else if lead & 0xF0 == 0xE0, bytes.count >= 3 {
                value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[1] & 0x3F) << 6 | UInt32(bytes[2] & 0x3F)
            } else {
                return false
            }
            return (value &- 0x20 < 0x7F - 0x20 || value &- 0x4E00 <= 0x9FFF - 0x4E00) && !pagerFirstScalars.contains(value)
        }
        return !ruledOut && pagerTexts.contains(text)
    }

    /// The first scalars of ``pagerTexts`` (a short list: compared one by one, nothing hashed).
    private static let pagerFirstScalars: [UInt32] = Array(Set(pagerTexts.compactMap(\.unicodeScalars.first?.value)))

    /// Whether `path`'s last segment is a numbered index page, `index_3.html`.
    static func namesNumberedIndex(_ path: Substring) -> Bool {
        let utf8 = path.utf8
        let name = utf8[(utf8.lastIndex(of: UInt8(ascii: "/")).map { utf8.index(after: $0) } ?? utf8.startIndex)...]
        guard name.starts(with: "index_".utf8), let dot = name.lastIndex(of: UInt8(ascii: ".")) else { return false }
        let number = name[name.index(name.startIndex, offsetBy: 6)..<dot]
        return !number.isEmpty && number.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// `index_3.html`, `?pageNum=3`, `?page=3`: a URL that names a page number.
    static func looksPaged(_ url: String) -> Bool {
        let (path, query) = LinkClassifier.pathAndQuery(url)
        if namesNumberedIndex(path) { return true }
        guard let query else { return false }
        // Each `&`-separated parameter's key, read in place (an empty one is no paging parameter).
        let utf8Query = query.utf8
        var start = utf8Query.startIndex
        while true {
            let end = utf8Query[start...].firstIndex(of: UInt8(ascii: "&")) ?? utf8Query.endIndex
            if isPagingParameter(utf8Query[start..<end].prefix { $0 != UInt8(ascii: "=") }) { return true }
            guard end < utf8Query.endIndex else { return false }
            start = utf8Query.index(after: end)
        }
    }

    /// A cheap first look: only URLs with a query or an `index_` file can name a page.
    private static func mayBePaged(_ url: String) -> Bool {
        var url = url
        return url.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(UInt8(ascii: "?")), bytes.count) != nil
                || indexBytes.withUnsafeBufferPointer { ByteSearch.firstOffset(of: $0, in: bytes, from: 0) != nil }
        }
    }

    private static let indexBytes = Array("index_".utf8)

    static let pagingParameters: Set<String> = ["pagenum", "page", "pageno", "currentpage", "pageindex", "p"]
    private static let pagingParameterBytes = pagingParameters.map { Array($0.utf8) }

    /// Whether a query key, lower-cased, is one of ``pagingParameters``, read on its bytes with
    /// ASCII letters folded (no string made). Exact: the names are ASCII letters, a non-ASCII byte
    /// equals none of their bytes, and the one non-ASCII letter Unicode lower-cases to ASCII (the
    /// Kelvin sign, to `k`) lower-cases to a letter no name holds.
    static func isPagingParameter(_ key: Substring.UTF8View.SubSequence) -> Bool {
        let count = key.count
        return pagingParameterBytes.contains { name in
            name.count == count && zip(name, key).allSatisfy { $0 == ($1 &- 65 < 26 ? $1 | 0x20 : $1) }
        }
    }

    private static func sameFolder(_ a: String, _ b: String) -> Bool {
        func folder(_ url: String) -> Substring {
            let path = LinkClassifier.pathAndQuery(url).path
            return path[..<(path.lastIndex(of: "/") ?? path.startIndex)]
        }
        return folder(a) == folder(b) && URLResolver.host(of: a) == URLResolver.host(of: b)
    }

    /// `createPageHTML(12, 0, "index", "html")` → `index_1.html` … `index_11.html` (all pages but the
    /// current one). The newer `createPageHTML("page_div", 12, 0, "index", "html", 240)` form reads the same.
    static func createPageHTMLPages(in script: String, page: URLResolver, limit: Int) -> [String] {
        var result: [String] = []
        // Most scripts have no call: a byte search says so without walking Characters.
        guard script.containsBytes("createPageHTML(") else { return result }
        var rest = Substring(script)
        while let call = nextCall(in: rest) {
            rest = rest[call.upperBound...]
            guard let close = closingParenthesis(in: rest) else { break }
            var arguments = callArguments(rest[..<close])
            if let first = arguments.first, Int(first) == nil, arguments.count >= 3, Int(arguments[1]) != nil {
                arguments.removeFirst()
            }
            guard arguments.count >= 2, let count = Int(arguments[0]), let current = Int(arguments[1]), count > 1 else { continue }
            let prefix = arguments.count > 2 && !arguments[2].isEmpty ? arguments[2] : "index"
            let ext = arguments.count > 3 && !arguments[3].isEmpty ? arguments[3] : "html"
            for number in 0..<count where number != current && result.count < limit {
                let name = number == 0 ? "\(prefix).\(ext)" : "\(prefix)_\(number).\(ext)"
                if let url = page.resolve(name) { result.append(url) }
            }
            return result
        }
        return result
    }

    private static let callBytes = Array("createPageHTML(".utf8)
    private static let closeBytes = Array(")".utf8)

    /// `rest.firstIndex(of: ")")`, found on bytes when that must give the same.
    private static func closingParenthesis(in rest: Substring) -> Substring.Index? {
        switch ByteSearch.firstCharacterMatch(of: closeBytes, in: rest) {
        case .absent: nil
        case .at(let range): range.lowerBound
        case .unsure: rest.firstIndex(of: ")")
        }
    }

    /// A call's arguments: `text` split at commas (empty pieces dropped), white space and quotes
    /// removed. Read on bytes when `text` is ASCII: each byte is then a character, except CR LF,
    /// whose two bytes are white space as the character is; the ASCII white space characters are
    /// the bytes 09…0D and 20. Otherwise on characters.
    static func callArguments(_ text: Substring) -> [String] {
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return bytes.split(separator: UInt8(ascii: ",")).map { piece in
                String(decoding: piece.filter { !($0 &- 0x09 <= 0x0D - 0x09 || $0 == 0x20 || $0 == 0x22 || $0 == 0x27) },
                       as: UTF8.self)
            }
        } ?? nil
        return ascii ?? text.split(separator: ",").map { $0.filter { !$0.isWhitespace && $0 != "\"" && $0 != "'" } }
    }

    /// `rest.firstRange(of: "createPageHTML(")`, found on bytes when that must give the same
    /// (``ByteSearch/firstCharacterMatch(of:in:)``), otherwise searched on characters.
    private static func nextCall(in rest: Substring) -> Range<Substring.Index>? {
        switch ByteSearch.firstCharacterMatch(of: callBytes, in: rest) {
        case .absent: nil
        case .at(let range): range
        case .unsure: rest.firstRange(of: "createPageHTML(")
        }
    }
}
