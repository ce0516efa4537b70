import GovSweepProtocol

/// Finds a column's other pages: pager links, TRS `createPageHTML(…)` calls and Hanweb paging totals.
enum Pagination {
    static let pagerTexts: Set<String> = ["下一页", "下页", "尾页", "末页", "最后一页", "next", "Next", ">", ">>", "»", "下一页>", "下一页>>"]

    /// Absolute URLs of the other pages of the column `page` (the page's own URL, parsed) shows, in a stable order.
    static func pages(page: URLResolver?, links: [ExtractedLink], scripts: [String], islands: [String], limit: Int) -> [String] {
        guard let page else { return [] }
        let own = page.absolute
        var result: [String] = []
        var seen: Set<String> = [own]
        func add(_ url: String?) {
            guard let url, result.count < limit, seen.insert(url).inserted else { return }
            result.append(url)
        }
        for link in links where link.kind == .page {
            let short = link.text.utf8.count <= 16
            let pager = short && pagerTexts.contains(link.text)
            let numbered = short && (Int(link.text).map { (2...100_000).contains($0) } ?? false)
            guard pager || mayBePaged(link.url) else { continue }
            if pager || (numbered && looksPaged(link.url)) || (looksPaged(link.url) && sameFolder(link.url, own)) {
                if let host = URLResolver.host(of: link.url), host == page.host { add(link.url) }
            }
        }
        for script in scripts {
            for url in createPageHTMLPages(in: script, page: page, limit: limit) { add(url) }
        }
        for url in hanwebPages(in: islands + scripts, page: page, limit: limit) { add(url) }
        return result
    }

    /// `index_3.html`, `?pageNum=3`, `?page=3`: a URL that names a page number.
    static func looksPaged(_ url: String) -> Bool {
        let (path, query) = LinkClassifier.pathAndQuery(url)
        let utf8 = path.utf8
        let name = utf8[(utf8.lastIndex(of: UInt8(ascii: "/")).map { utf8.index(after: $0) } ?? utf8.startIndex)...]
        if name.starts(with: "index_".utf8), let dot = name.lastIndex(of: UInt8(ascii: ".")) {
            let number = name[name.index(name.startIndex, offsetBy: 6)..<dot]
            if !number.isEmpty, number.allSatisfy({ $0 >= 48 && $0 <= 57 }) { return true }
        }
        guard let query else { return false }
        for parameter in query.utf8.split(separator: UInt8(ascii: "&")) {
            if isPagingParameter(parameter.prefix { $0 != UInt8(ascii: "=") }) { return true }
        }
        return false
    }

    /// A cheap first look: only URLs with a query or an `index_` file can name a page.
    private static func mayBePaged(_ url: String) -> Bool {
        url.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "?")) } ?? url.utf8.contains(UInt8(ascii: "?"))
            || url.containsBytes("index_")
    }

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
            guard let close = rest.firstIndex(of: ")") else { break }
            var arguments = rest[..<close].split(separator: ",").map {
                $0.filter { !$0.isWhitespace && $0 != "\"" && $0 != "'" }
            }
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

    /// `rest.firstRange(of: "createPageHTML(")`, found on bytes when that must give the same: the
    /// name is ASCII that no other character is canonically the same as, so a match of characters
    /// is a match of bytes; the first match of bytes is the first of characters when ASCII (or the
    /// start) lies on both sides of it, as then characters break there. Otherwise searched on characters.
    private static func nextCall(in rest: Substring) -> Range<Substring.Index>? {
        enum Found { case nowhere, at(Int), unsure }
        let found = rest.utf8.withContiguousStorageIfAvailable { bytes -> Found in
            guard let offset = callBytes.withUnsafeBufferPointer({ ByteSearch.firstOffset(of: $0, in: bytes, from: 0) })
            else { return .nowhere }
            let end = offset + callBytes.count
            guard offset == 0 || bytes[offset - 1] < 0x80, end == bytes.count || bytes[end] < 0x80 else { return .unsure }
            return .at(offset)
        } ?? .unsure
        switch found {
        case .nowhere:
            return nil
        case .at(let offset):
            let start = rest.utf8.index(rest.utf8.startIndex, offsetBy: offset)
            return start..<rest.utf8.index(start, offsetBy: callBytes.count)
        case .unsure:
            return rest.firstRange(of: "createPageHTML(")
        }
    }

    /// Hanweb's `totalRecord`/`perPage` (in the datastore or the jpage call) → `?uid=…&pageNum=N`.
    static func hanwebPages(in texts: [String], page: URLResolver, limit: Int) -> [String] {
        var total: Int?
        var perPage: Int?
        var unit: String?
        for text in texts where mayNameHanwebPaging(text) {
            let lower = text.lowercased()
            total = total ?? number(after: "totalrecord", in: lower)
            perPage = perPage ?? number(after: "perpage", in: lower)
            if unit == nil, let value = number(after: "unitid=", in: lower) ?? number(after: "uid=", in: lower) {
                unit = String(value)
            }
        }
        guard let total, let perPage, perPage > 0, total > perPage else { return [] }
        let pages = min((total + perPage - 1) / perPage, limit + 1)
        guard pages >= 2 else { return [] }
        let base = page.absolute.split(separator: "?", maxSplits: 1).first.map(String.init) ?? page.absolute
        return (2...pages).map { number in
            base + "?" + (unit.map { "uid=\($0)&" } ?? "") + "pageNum=\(number)"
        }
    }

    private static let hanwebKeys = ["totalrecord", "perpage", "unitid=", "uid="].map { Array($0.utf8) }

    /// False when `text` cannot hold any of ``hanwebKeys`` once lower-cased (checked on bytes with
    /// ASCII case folding, so that the usual script is not lower-cased and searched four times).
    /// Exact as a filter: the only non-ASCII letter Unicode lower-cases to ASCII is the Kelvin
    /// sign (to `k`), which no key holds.
    private static func mayNameHanwebPaging(_ text: String) -> Bool {
        var folded = Array(text.utf8)
        for index in folded.indices where folded[index] >= 65 && folded[index] <= 90 { folded[index] |= 0x20 }
        return hanwebKeys.contains { ByteSearch.contains($0, in: folded) }
    }

    /// The integer after `key` and any of ` :="'`.
    private static func number(after key: String, in text: String) -> Int? {
        var rest = Substring(text)
        while let found = rest.firstRange(of: key) {
            rest = rest[found.upperBound...]
            let value = rest.drop { " :=\"'\t".contains($0) }.prefix { $0.isASCII && $0.isNumber }
            if let number = Int(value.prefix(9)) { return number }
        }
        return nil
    }
}
