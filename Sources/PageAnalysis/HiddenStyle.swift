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
        if let known = declarations.withUTF8({ asciiHides($0) }) { return known }
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

    /// ``hides(_:)`` of declarations that are all ASCII, read on their bytes: strings are made
    /// only for a declaration that sets a property ``hides(property:value:)`` reads. Nil when
    /// `utf8` holds a non-ASCII byte (then only the reading on characters can tell: a combining
    /// mark after a `;` would join it).
    static func asciiHides(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool? {
        for byte in utf8 where byte >= 0x80 { return nil }
        var property: [UInt8] = []
        var value: [UInt8] = []
        var inValue = false
        var cut = false
        func declarationHides() -> Bool {
            guard inValue, hidingProperties.contains(property) else { return false }
            return hides(property: String(decoding: property, as: UTF8.self), value: String(decoding: value, as: UTF8.self))
        }
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: ";"):
                if declarationHides() { return true }
                property.removeAll(keepingCapacity: true)
                value.removeAll(keepingCapacity: true)
                inValue = false
                cut = false
            case UInt8(ascii: ":") where !inValue:
                inValue = true
            case 0x09...0x0D, 0x20:
                continue
            default:
                let lower = byte &- 65 < 26 ? byte | 0x20 : byte
                if inValue {
                    if byte == UInt8(ascii: "!") { cut = true }
                    if !cut { value.append(lower) }
                } else if property.count <= 16 {
                    property.append(lower)
                }
            }
        }
        return declarationHides()
    }

    /// The selectors of the rules that hide (``hides(_:)`` of their bodies) in a stylesheet
    /// without comments, each rule read where it lies (a selector is what follows the last brace);
    /// nil when the stylesheet has a comment.
    private static func hidingSelectors(inUTF8 css: UnsafeBufferPointer<UInt8>) -> [String]? {
        let commentStart: [UInt8] = [UInt8(ascii: "/"), UInt8(ascii: "*")]
        if commentStart.withUnsafeBufferPointer({ ByteSearch.contains($0, in: css) }) { return nil }
        var selectors: [String] = []
        var segmentStart = 0
        var selector: Range<Int>?
        for (offset, byte) in css.enumerated() {
            if byte == UInt8(ascii: "{") {
                selector = segmentStart..<offset
                segmentStart = offset + 1
            } else if byte == UInt8(ascii: "}") {
                if let range = selector {
                    let body = UnsafeBufferPointer(rebasing: css[segmentStart..<offset])
                    if asciiHides(body) ?? hides(String(decoding: body, as: UTF8.self)) {
                        selectors.append(String(decoding: UnsafeBufferPointer(rebasing: css[range]), as: UTF8.self))
                    }
                }
                selector = nil
                segmentStart = offset + 1
            }
        }
        return selectors
    }

    /// Adds the class or id each of a rule's comma-separated selectors has as its subject.
    private static func addSubjects(of selector: String, classes: inout Set<String>, ids: inout Set<String>) {
        for single in selector.split(separator: ",") {
            guard let name = subjectName(of: single) else { continue }
            if name.hasPrefix(".") { classes.insert(String(name.dropFirst()).lowercased()) }
            else { ids.insert(String(name.dropFirst()).lowercased()) }
        }
    }

    /// The properties ``hides(property:value:)`` can say hide, as lower-case bytes.
    private static let hidingProperties: Set<[UInt8]> = Set([
        "display", "visibility", "opacity", "font-size", "width", "height", "max-height", "max-width",
        "left", "top", "margin-left", "margin-top", "text-indent",
    ].map { Array($0.utf8) })

    private static func hides(property: String, value: String) -> Bool {
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

    /// Class and id names a stylesheet hides (`.x{display:none}`, `#y a{font-size:0}`).
    ///
    /// Only a selector's subject is read: its last compound, or the one before when the last is
    /// a bare tag (`.x a`), and only when that compound names exactly one class or id.
    static func hiddenNames(inStylesheet css: String) -> (classes: Set<String>, ids: Set<String>) {
        var classes = Set<String>()
        var ids = Set<String>()
        // Without comments, rules are read where they lie and only a hiding rule's selector is copied.
        var stylesheet = css
        if let selectors = stylesheet.withUTF8({ hidingSelectors(inUTF8: $0) }) {
            for selector in selectors { addSubjects(of: selector, classes: &classes, ids: &ids) }
            return (classes, ids)
        }
        // CSS syntax is ASCII: the loop runs on bytes and makes strings only for a rule's parts.
        var buffer: [UInt8] = []
        var selector: [UInt8]?
        var inComment = false
        var previous = UInt8(ascii: " ")
        for byte in css.utf8 {
            if inComment {
                if previous == UInt8(ascii: "*"), byte == UInt8(ascii: "/") { inComment = false }
                previous = byte
                continue
            }
            if previous == UInt8(ascii: "/"), byte == UInt8(ascii: "*") {
                inComment = true
                buffer.removeLast()
                previous = UInt8(ascii: " ")
                continue
            }
            previous = byte
            switch byte {
            case UInt8(ascii: "{"):
                selector = buffer
                buffer.removeAll(keepingCapacity: true)
            case UInt8(ascii: "}"):
                if let selector, buffer.withUnsafeBufferPointer({ asciiHides($0) }) ?? hides(String(decoding: buffer, as: UTF8.self)) {
                    addSubjects(of: String(decoding: selector, as: UTF8.self), classes: &classes, ids: &ids)
                }
                selector = nil
                buffer.removeAll(keepingCapacity: true)
            default:
                buffer.append(byte)
            }
        }
        return (classes, ids)
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
