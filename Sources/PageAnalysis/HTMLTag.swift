/// The element names the extractors tell apart; every other element is ``other``.
///
/// ``HTMLSnapshot`` stores one byte per element instead of a `String`, recognised from libxml2's
/// lower-cased, NUL-terminated name without making a `String`.
enum HTMLTag: UInt8, Sendable, CaseIterable {
    case other
    case a, area, article, b, base, dd, div, em, font, footer, i, iframe, img, label, li, meta, nav, noscript
    case script, span, strong, style, template, textarea, title, tr

    /// The tag `bytes` names (exactly, lower case), ``other`` for any other name.
    init(_ bytes: UnsafePointer<UInt8>) {
        var length = 0
        while length < 9, bytes[length] != 0 { length += 1 }
        guard length < 9, length > 0, let candidate = Self.candidate(length: length, first: bytes[0], second: bytes[1])
        else {
            self = .other
            return
        }
        let spelling = candidate.spelling.utf8Start
        for offset in 1..<length where bytes[offset] != spelling[offset] {
            self = .other
            return
        }
        self = candidate
    }

    /// The only tag of this length and first letters worth comparing in full.
    private static func candidate(length: Int, first: UInt8, second: UInt8) -> HTMLTag? {
        switch (length, first) {
        case (1, UInt8(ascii: "a")): .a
        case (1, UInt8(ascii: "b")): .b
        case (1, UInt8(ascii: "i")): .i
        case (2, UInt8(ascii: "d")): .dd
        case (2, UInt8(ascii: "e")): .em
        case (2, UInt8(ascii: "l")): .li
        case (2, UInt8(ascii: "t")): .tr
        case (3, UInt8(ascii: "d")): .div
        case (3, UInt8(ascii: "i")): .img
        case (3, UInt8(ascii: "n")): .nav
        case (4, UInt8(ascii: "a")): .area
        case (4, UInt8(ascii: "b")): .base
        case (4, UInt8(ascii: "f")): .font
        case (4, UInt8(ascii: "m")): .meta
        case (4, UInt8(ascii: "s")): .span
        case (5, UInt8(ascii: "l")): .label
        case (5, UInt8(ascii: "s")): .style
        case (5, UInt8(ascii: "t")): .title
        case (6, UInt8(ascii: "f")): .footer
        case (6, UInt8(ascii: "i")): .iframe
        case (6, UInt8(ascii: "s")): second == UInt8(ascii: "c") ? .script : .strong
        case (7, UInt8(ascii: "a")): .article
        case (8, UInt8(ascii: "n")): .noscript
        case (8, UInt8(ascii: "t")): second == UInt8(ascii: "e") ? .template : .textarea
        default: nil
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
