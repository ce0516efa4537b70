/// The few text parts of an HTML page that the soft-404 check reads, found without a full parser.
struct PageText {
    var title = ""
    var headings: [String] = []
    var visibleText = ""
    var visibleLength: Int { visibleText.count }

    init(html: String) {
        let scalars = Array(html.unicodeScalars)
        let lower = scalars.map { $0.properties.isUppercase && $0.isASCII ? Unicode.Scalar($0.value + 32)! : $0 }
        var text: [Unicode.Scalar] = []
        var index = 0
        var lastWasSpace = true
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == "<" else {
                let isSpace = scalar.properties.isWhitespace
                if !(isSpace && lastWasSpace) { text.append(isSpace ? " " : scalar) }
                lastWasSpace = isSpace
                index += 1
                continue
            }
            let tagEnd = Self.find(">", in: lower, from: index) ?? scalars.count - 1
            let name = Self.tagName(lower, from: index + 1)
            switch name {
            case "script", "style", "noscript", "title", "h1", "h2", "h3":
                let close = Self.find(Array("</\(name)".unicodeScalars), in: lower, from: tagEnd) ?? scalars.count
                let inner = Self.stripTags(scalars[min(tagEnd + 1, close)..<close])
                if name == "title", title.isEmpty { title = inner }
                if name.hasPrefix("h"), headings.count < 6 { headings.append(inner) }
                if name.hasPrefix("h") { text.append(contentsOf: (" " + inner + " ").unicodeScalars) }
                index = (Self.find(">", in: lower, from: close) ?? scalars.count - 1) + 1
            case "!--":
                index = (Self.find(Array("-->".unicodeScalars), in: lower, from: index) ?? scalars.count) + 3
            default:
                index = tagEnd + 1
            }
            if !lastWasSpace { text.append(" ") }
            lastWasSpace = true
        }
        var result = String(String.UnicodeScalarView(text))
        while result.hasPrefix(" ") { result.removeFirst() }
        while result.hasSuffix(" ") { result.removeLast() }
        visibleText = result
    }

    private static func tagName(_ lower: [Unicode.Scalar], from start: Int) -> String {
        var name = ""
        var index = start
        while index < lower.count, name.count < 8 {
            let scalar = lower[index]
            if scalar == "!" && name.isEmpty, index + 2 < lower.count, lower[index + 1] == "-", lower[index + 2] == "-" {
                return "!--"
            }
            guard scalar.properties.isAlphabetic || (scalar.value >= 0x30 && scalar.value <= 0x39) else { break }
            name.unicodeScalars.append(scalar)
            index += 1
        }
        return name
    }

    private static func find(_ scalar: Unicode.Scalar, in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start < scalars.count else { return nil }
        return scalars[start...].firstIndex(of: scalar)
    }

    private static func find(_ needle: [Unicode.Scalar], in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard !needle.isEmpty, start >= 0, needle.count <= scalars.count else { return nil }
        var index = start
        while index + needle.count <= scalars.count {
            if scalars[index] == needle[0], scalars[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private static func stripTags(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var out = String.UnicodeScalarView()
        var inTag = false
        for scalar in scalars {
            if scalar == "<" { inTag = true } else if scalar == ">" { inTag = false } else if !inTag { out.append(scalar) }
        }
        return String(out).trimmingCharacters(in: " \t\r\n\u{3000}\u{00A0}")
    }
}
