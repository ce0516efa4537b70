/// Building blocks for writing HTML safely: everything from a site is escaped.
enum HTML {
    /// Text or attribute value with `& < > " '` escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A link to `url` when it is http(s), otherwise the escaped text alone (no `javascript:` links).
    static func link(_ url: String, text: String? = nil) -> String {
        let label = escape(text ?? url)
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return label }
        return "<a href=\"\(escape(url))\" rel=\"noreferrer\" target=\"_blank\">\(label)</a>"
    }

    /// The anchor id of a site's drill-down section.
    static func anchor(siteID: String) -> String {
        "site-" + String(siteID.unicodeScalars.map { scalar in
            let c = Character(scalar)
            return (c.isASCII && (c.isLetter || c.isNumber)) ? c : "_"
        })
    }
}
