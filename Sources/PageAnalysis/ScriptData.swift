import GovSweepProtocol

/// List items that live in scripts: Hanweb datastore records and JSON item arrays.
enum ScriptData {
    /// The HTML of every `<record>` in Hanweb `<datastore>` islands, joined, CDATA wrappers removed.
    static func datastoreRecords(in islands: [String], limit: Int) -> String {
        var html = ""
        for island in islands {
            var rest = Substring(island)
            while let open = rest.firstRange(of: "<record"), html.utf8.count < limit {
                rest = rest[open.upperBound...]
                guard let tagEnd = rest.firstIndex(of: ">") else { break }
                rest = rest[rest.index(after: tagEnd)...]
                let close = rest.firstRange(of: "</record>")
                var record = close.map { rest[..<$0.lowerBound] } ?? rest
                rest = close.map { rest[$0.upperBound...] } ?? rest[rest.endIndex...]
                if let start = record.firstRange(of: "<![CDATA[") { record = record[start.upperBound...] }
                if let end = record.ranges(of: "]]>").last { record = record[..<end.lowerBound] }
                html += record
                html += "\n"
            }
        }
        return html
    }

    private static let titleKeys: Set<String> = ["title", "name", "bt", "doctitle", "vc_title", "maintitle", "infotitle", "articletitle"]
    private static let urlKeys: Set<String> = ["url", "link", "href", "docpuburl", "vc_url", "path", "linkurl", "infourl", "docurl"]
    private static let dateKeys: Set<String> = [
        "date", "time", "pubdate", "publishdate", "publishtime", "releasedate", "releasetime", "fbsj", "createtime",
        "docreltime", "pub_date", "vc_date", "daytime", "fbrq", "created", "pubtime",
    ]

    /// Items of JSON (or JavaScript literal) arrays of objects in inline scripts: an object with a
    /// title and a URL is an item, dated by its date field (text or epoch milliseconds).
    static func jsonItems(in scripts: [[UInt8]], resolver: URLResolver?, asOf: CivilDate, limit: Int) -> [DatedItem] {
        var items: [DatedItem] = []
        for script in scripts {
            var parser = LiteralParser(script)
            while items.count < limit, parser.seek(to: UInt8(ascii: "[")) {
                let start = parser.position
                guard parser.nextNonSpace(after: start) == UInt8(ascii: "{") else {
                    parser.position = start + 1
                    continue
                }
                guard case .array(let values)? = parser.parseValue(depth: 0) else {
                    parser.position = start + 1
                    continue
                }
                for case .object(let fields) in values {
                    var title: String?
                    var url: String?
                    var date: CivilDate?
                    for (key, value) in fields {
                        let name = key.lowercased()
                        if title == nil, titleKeys.contains(name), case .string(let text) = value { title = TextTools.collapsed(text) }
                        if url == nil, urlKeys.contains(name), case .string(let text) = value { url = resolver?.resolve(text) }
                        if date == nil, dateKeys.contains(name) {
                            switch value {
                            case .string(let text): date = DateParsing.firstDate(in: text, asOf: asOf)
                            case .number(let number) where number > 1e11:
                                date = CivilDate(shanghaiTime: number / 1000)
                            default: break
                            }
                        }
                    }
                    if let title, !title.isEmpty, let url, items.count < limit {
                        items.append(DatedItem(url: url, title: title, date: date ?? DateParsing.date(inURL: url)))
                    }
                }
            }
        }
        return items
    }
}
