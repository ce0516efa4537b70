/// The element names the extractors tell apart; every other element is ``other``.
///
/// ``HTMLSnapshot`` stores one byte per element instead of a `String`, recognised from libxml2's
/// lower-cased, NUL-terminated name without making a `String`.
enum HTMLTag: UInt8, Sendable, CaseIterable {
    case other
    case a, area, article, b, base, dd, div, em, font, footer, i, iframe, img, label, li, meta, nav, noscript
    case script, span, strong, style, template, textarea, title, tr

    /// The tag `bytes` names (exactly, lower case), ``other`` for any other name.
    ///
    /// Every name told apart has at most 8 bytes: they are gathered into one little-endian word,
    /// which a switch over integer constants compares (no per-byte comparison against a spelling).
    init(_ bytes: UnsafePointer<UInt8>) {
        var word: UInt64 = 0
        var length = 0
        while length < 8 {
            let byte = bytes[length]
            if byte == 0 { break }
            word |= UInt64(byte) << UInt64(8 * length)
            length += 1
        }
        if length == 8, bytes[8] != 0 {
            self = .other  // longer than any name told apart
            return
        }
        self = Self.tag(word: word)
    }

    /// The tag whose spelling, as a little-endian word (first byte lowest), is `word`.
    private static func tag(word: UInt64) -> HTMLTag {
        switch word {
        case 0x61: .a  // "a"
        case 0x62: .b  // "b"
        case 0x69: .i  // "i"
        case 0x6464: .dd  // "dd"
        case 0x696C: .li  // "li"
        case 0x6D65: .em  // "em"
        case 0x7274: .tr  // "tr"
        case 0x676D69: .img  // "img"
        case 0x76616E: .nav  // "nav"
        case 0x766964: .div  // "div"
        case 0x61657261: .area  // "area"
        case 0x6174656D: .meta  // "meta"
        case 0x65736162: .base  // "base"
        case 0x6E617073: .span  // "span"
        case 0x746E6F66: .font  // "font"
        case 0x656C746974: .title  // "title"
        case 0x656C797473: .style  // "style"
        case 0x6C6562616C: .label  // "label"
        case 0x656D61726669: .iframe  // "iframe"
        case 0x676E6F727473: .strong  // "strong"
        case 0x7265746F6F66: .footer  // "footer"
        case 0x747069726373: .script  // "script"
        case 0x656C6369747261: .article  // "article"
        case 0x6165726174786574: .textarea  // "textarea"
        case 0x6574616C706D6574: .template  // "template"
        case 0x7470697263736F6E: .noscript  // "noscript"
        default: .other
        }
    }

    /// The lower-case element name (empty for ``other``).
    var spelling: StaticString {
        switch self {
        case .other: ""
        case .a: "a"
        case .area: "area"
        case .article: "article"
        case .b: "b"
        case .base: "base"
        case .dd: "dd"
        case .div: "div"
        case .em: "em"
        case .font: "font"
        case .footer: "footer"
        case .i: "i"
        case .iframe: "iframe"
        case .img: "img"
        case .label: "label"
        case .li: "li"
        case .meta: "meta"
        case .nav: "nav"
        case .noscript: "noscript"
        case .script: "script"
        case .span: "span"
        case .strong: "strong"
        case .style: "style"
        case .template: "template"
        case .textarea: "textarea"
        case .title: "title"
        case .tr: "tr"
        }
    }
}
