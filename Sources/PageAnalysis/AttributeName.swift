/// The attribute names ``HTMLSnapshot`` copies, recognised from libxml2's NUL-terminated bytes
/// without making a `String` per attribute.
enum AttributeName: CaseIterable {
    case href, src, style, `class`, id, name, content, type, alt, title

    /// The name `bytes` spells (exactly, lower case), or nil for an attribute nobody reads.
    ///
    /// Every name read has at most 7 bytes: they are gathered into one little-endian word, which a
    /// switch over integer constants compares (as ``HTMLTag`` does).
    init?(_ bytes: UnsafePointer<UInt8>) {
        var word: UInt64 = 0
        var length = 0
        while length < 8 {
            let byte = bytes[length]
            if byte == 0 { break }
            word |= UInt64(byte) << UInt64(8 * length)
            length += 1
        }
        guard length < 8 else { return nil }  // longer than any name read
        switch word {
        case 0x6469: self = .id  // "id"
        case 0x637273: self = .src  // "src"
        case 0x746C61: self = .alt  // "alt"
        case 0x656D616E: self = .name  // "name"
        case 0x65707974: self = .type  // "type"
        case 0x66657268: self = .href  // "href"
        case 0x656C746974: self = .title  // "title"
        case 0x656C797473: self = .style  // "style"
        case 0x7373616C63: self = .class  // "class"
        case 0x746E65746E6F63: self = .content  // "content"
        default: return nil
        }
    }

    /// The lower-case attribute name.
    var spelling: StaticString {
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
