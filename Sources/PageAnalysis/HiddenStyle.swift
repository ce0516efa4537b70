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
        var property = PropertyKey()
        var valueStart = -1  // just after the declaration's first colon, -1 before it
        func declarationHides(end: Int) -> Bool {
            guard valueStart >= 0, let index = hidingPropertyKeys.firstIndex(of: property) else { return false }
            // The value without white space, lower-cased, cut at `!`.
            var value: [UInt8] = []
            for byte in utf8[valueStart..<end] {
                if byte == UInt8(ascii: "!") { break }
                if byte == 0x20 || byte &- 0x09 < 5 { continue }
                value.append(byte &- 65 < 26 ? byte | 0x20 : byte)
            }
            return hides(property: hidingPropertyNames[index], value: String(decoding: value, as: UTF8.self))
        }
        for (offset, byte) in utf8.enumerated() {
            switch byte {
            case UInt8(ascii: ";"):
                if declarationHides(end: offset) { return true }
                property = PropertyKey()
                valueStart = -1
            case UInt8(ascii: ":") where valueStart < 0:
                valueStart = offset + 1
            case 0x09...0x0D, 0x20:
                continue
            default:
                if valueStart < 0 { property.append(byte &- 65 < 26 ? byte | 0x20 : byte) }
            }
        }
        return declarationHides(end: utf8.count)
    }

    /// Up to the first 16 bytes of a property name, packed, and how many bytes it had: compared
    /// with the hiding properties' keys without making a string.
    struct PropertyKey: Equatable {
        var head: UInt64 = 0
        var tail: UInt64 = 0
        var count = 0

        init() {}

        init(_ name: String) {
            for byte in name.utf8 { append(byte) }
        }

        mutating func append(_ byte: UInt8) {
            if count < 8 { head |= UInt64(byte) << UInt64(8 * count) }
            else if count < 16 { tail |= UInt64(byte) << UInt64(8 * (count - 8)) }
            count += 1
        }
    }

    /// The properties ``hides(property:value:)`` can say hide, and their keys.
    private static let hidingPropertyNames = [
        "display", "visibility", "opacity", "font-size", "width", "height", "max-height", "max-width",
        "left", "top", "margin-left", "margin-top", "text-indent",
    ]
    private static let hidingPropertyKeys = hidingPropertyNames.map(PropertyKey.init)

    /// The selectors of the rules that hide (``hides(_:)`` of their bodies) in a stylesheet
    /// without comments, each rule read where it lies (a selector is what follows the last brace).
    private static func hidingSelectors(inUTF8 css: UnsafeBufferPointer<UInt8>) -> [String] {
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
        // CSS syntax is ASCII: rules are read on bytes where they lie, and only a hiding rule's
        // selector becomes a string.
        var stylesheet = css
        let selectors = stylesheet.withUTF8 { bytes in
            let commentStart: [UInt8] = [UInt8(ascii: "/"), UInt8(ascii: "*")]
            guard commentStart.withUnsafeBufferPointer({ ByteSearch.contains($0, in: bytes) }) else {
                return hidingSelectors(inUTF8: bytes)
            }
            return withoutComments(bytes).withUnsafeBufferPointer { hidingSelectors(inUTF8: $0) }
        }
        for selector in selectors { addSubjects(of: selector, classes: &classes, ids: &ids) }
        return (classes, ids)
    }

    /// A stylesheet's bytes without its comments: `/*` opens one and the next `*/` closes it. The
    /// slash that closes a comment opens none (`/* reset */*{margin:0}` is a comment, then `*`).
    static func withoutComments(_ css: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(css.count)
        var inComment = false
        var previous = UInt8(ascii: " ")
        for byte in css {
            if inComment {
                if previous == UInt8(ascii: "*"), byte == UInt8(ascii: "/") {
                    inComment = false
                    previous = UInt8(ascii: " ")
                } else {
                    previous = byte
                }
                continue
            }
            if previous == UInt8(ascii: "/"), byte == UInt8(ascii: "*") {
                inComment = true
                output.removeLast()  // the slash, appended just before
                previous = UInt8(ascii: " ")
                continue
            }
            previous = byte
            output.append(byte)
        }
        return output
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
