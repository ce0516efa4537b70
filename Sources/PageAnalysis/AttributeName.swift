/// The attribute names ``HTMLSnapshot`` copies, recognised from libxml2's NUL-terminated bytes
/// without making a `String` per attribute.
enum AttributeName {
    case href, src, style, `class`, id, name, content, type, alt, title

    /// The name `bytes` spells (exactly, lower case), or nil for an attribute nobody reads.
    init?(_ bytes: UnsafePointer<UInt8>) {
        var length = 0
        while length < 8, bytes[length] != 0 { length += 1 }
        guard length < 8 else { return nil }  // longer than any name read
        let candidate: AttributeName
        switch (length, bytes[0]) {
        case (2, UInt8(ascii: "i")): candidate = .id
        case (3, UInt8(ascii: "s")): candidate = .src
        case (3, UInt8(ascii: "a")): candidate = .alt
        case (4, UInt8(ascii: "h")): candidate = .href
        case (4, UInt8(ascii: "n")): candidate = .name
        case (4, UInt8(ascii: "t")): candidate = .type
        case (5, UInt8(ascii: "s")): candidate = .style
        case (5, UInt8(ascii: "c")): candidate = .class
        case (5, UInt8(ascii: "t")): candidate = .title
        case (7, UInt8(ascii: "c")): candidate = .content
        default: return nil
        }
        let spelling = candidate.spelling.utf8Start
        for offset in 1..<length where bytes[offset] != spelling[offset] { return nil }
        self = candidate
    }

    private var spelling: StaticString {
        switch self {
        case .href: "href"
        case .src: "src"
        case .style: "style"
        case .class: "class"
        case .id: "id"
        case .name: "name"
        case .content: "content"
        case .type: "type"
        case .alt: "alt"
        case .title: "title"
        }
    }
}
