/// Recognises CSS that hides content: the ways 暗链 are injected.
///
/// Hiding declarations: `display:none`, `visibility:hidden`, `opacity:0`, `font-size:0`,
/// `width:0`/`height:0`, and off-screen offsets (`left`, `top`, `margin-left`, `text-indent`
/// of -500px or further).
enum HiddenStyle {
    /// True when the declarations of a `style` attribute hide the element.
    static func hides(_ declarations: String) -> Bool {
        guard declarations.utf8.contains(where: { $0 == UInt8(ascii: ":") }) else { return false }
        var declarations = declarations
        if let known = declarations.withUTF8({ hidesReadingBytes($0) }) { return known }
        return hidesReadingCharacters(declarations)
    }

    /// ``hides(_:)`` read on characters: what the bytes cannot tell (non-ASCII declarations).
    static func hidesReadingCharacters(_ declarations: String) -> Bool {
        for declaration in declarations.split(separator: ";") {
            guard let colon = declaration.firstIndex(of: ":") else { continue }
            let property = declaration[..<colon].filter { !$0.isWhitespace }.lowercased()
            var value = declaration[declaration.index(after: colon)...].filter { !$0.isWhitespace }.lowercased()
            if let bang = value.firstIndex(of: "!") { value = String(value[..<bang]) }
            if hides(property: property, value: value) { return true }
        }
        return false
    }

    /// Adds the class or id each of a rule's comma-separated selectors has as its subject.
    static func addSubjects(of selector: String, classes: inout Set<String>, ids: inout Set<String>) {
        for single in selector.split(separator: ",") {
            guard let name = subjectName(of: single) else { continue }
            if name.hasPrefix(".") { classes.insert(String(name.dropFirst()).lowercased()) }
            else { ids.insert(String(name.dropFirst()).lowercased()) }
        }
    }

    static func hides(property: String, value: String) -> Bool {
        switch property {
        case "display": return value == "none"
        case "visibility": return value == "hidden" || value == "collapse"
        case "opacity": return isZero(value)
        case "font-size", "width", "height", "max-height", "max-width": return isZero(value)
        case "left", "top", "margin-left", "margin-top", "text-indent":
            guard value.hasPrefix("-") else { return false }
            let digits = value.dropFirst().prefix { $0.isNumber }
            return (Int(digits) ?? 0) >= 500
        default: return false
        }
    }

    /// `0`, `0px`, `0pt`, `0em`, `0%`, `0.0`.
    private static func isZero(_ value: String) -> Bool {
        let number = value.prefix { $0.isNumber || $0 == "." }
        guard !number.isEmpty, let parsed = Double(number), parsed == 0 else { return false }
        let unit = value.dropFirst(number.count)
        return ["", "px", "pt", "em", "rem", "%"].contains(String(unit))
    }

    /// `.x` or `#y` for the subject compound of one selector, or nil.
    private static func subjectName(of selector: Substring) -> Substring? {
        let compounds = selector.split(whereSeparator: { $0 == " " || $0 == ">" || $0 == "+" || $0 == "~" || $0.isNewline || $0 == "\t" })
        guard var subject = compounds.last else { return nil }
        if !subject.contains(where: { $0 == "." || $0 == "#" }), compounds.count >= 2 {
            subject = compounds[compounds.count - 2]
        }
        if subject.contains(":") || subject.contains("[") { return nil }
        let marks = subject.filter { $0 == "." || $0 == "#" }
        guard marks.count == 1, let start = subject.firstIndex(where: { $0 == "." || $0 == "#" }) else { return nil }
        let name = subject[start...]
        return name.count > 1 ? name : nil
    }
}
