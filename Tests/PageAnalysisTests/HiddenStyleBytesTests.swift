import GovSweepProtocol
import Testing
@testable import PageAnalysis

/// Stylesheets and `style` attributes are read on bytes (issue 20): the answers must be those of
/// the reading on characters, for random CSS made of the pieces real stylesheets hold, Chinese
/// font names, combining marks, CR LF and odd numbers included.
@Suite("Hidden style on bytes")
struct HiddenStyleBytesTests {
    /// Pieces of declarations: hiding properties and others, values that hide, nearly hide or
    /// cannot be read on bytes, and the separators between them.
    private static let pieces = [
        "display", "DISPLAY", "visibility", "opacity", "font-size", "width", "height", "max-height", "max-width",
        "left", "top", "margin-left", "margin-top", "text-indent", "color", "font-family", "line-height", "dis play",
        ":", ":", ";", ";", " ", "\t", "\r\n", "\n", "!", "!important",
        "none", "NONE", "hidden", "collapse", "block", "0", "00", "0.", ".0", ".", "0..0", "0.0.0", "0.5", "1",
        "-", "-500", "-499", "-0500", "-99999999999999999999", "px", "PX", "em", "rem", "%", "pt", "vh",
        "微软雅黑", "宋体", "一", "\"", "“", "…", "\u{301}", "\u{3000}", "０", "url(a:b)",
    ]

    private static func randomDeclarations(_ random: inout SplitMix64) -> String {
        var text = ""
        for _ in 0..<(1 + random.next(below: 12)) {
            text += pieces[Int(random.next(below: UInt64(pieces.count)))]
        }
        return text
    }

    @Test("random declarations hide on bytes exactly when they hide on characters")
    func randomDeclarationsAgree() {
        var random = SplitMix64(seed: 20_261_205)  // seeded, so that a failure can be replayed
        var judgedOnBytes = 0
        for _ in 0..<20_000 {
            var declarations = Self.randomDeclarations(&random)
            let onBytes = declarations.withUTF8 { HiddenStyle.hidesReadingBytes($0) }
            let onCharacters = HiddenStyle.hidesReadingCharacters(declarations)
            if let onBytes {
                judgedOnBytes += 1
                #expect(onBytes == onCharacters, "\(declarations.debugDescription)")
            }
            #expect(HiddenStyle.hides(declarations) == onCharacters, "\(declarations.debugDescription)")
        }
        // Most random text is ASCII or ideographs: the bytes must judge it, not hand it all over.
        #expect(judgedOnBytes > 10_000)
    }

    @Test("Chinese font names are read on bytes; combining marks, full-width spaces and non-ASCII values are not")
    func whatTheBytesJudge() {
        func onBytes(_ text: String) -> Bool? {
            var text = text
            return text.withUTF8 { HiddenStyle.hidesReadingBytes($0) }
        }
        #expect(onBytes("font-family:微软雅黑;display:none") == true)
        #expect(onBytes("font-family:\"宋体\";color:red") == false)
        #expect(onBytes("display:none;\u{301}color:red") == nil)
        #expect(onBytes("display:\u{3000}none") == nil)
        #expect(onBytes("width:０") == nil)
        // An ideograph in a hiding value: 一 is a number to `Character`, so the characters judge.
        #expect(onBytes("left:-500一") == nil)
        #expect(HiddenStyle.hides("left:-500一") == false)
        #expect(onBytes("color:“red”;width:0") == nil)
    }

    @Test("zero values as `Double` reads them, long numbers included", arguments: [
        ("0", true), ("0.", true), (".0", true), (".", false), ("0..0", false), ("000.000px", true), ("0.5", false),
        ("0vh", false), ("0rem", true), ("0%", true), (String(repeating: "0", count: 400) + "1", false),
        ("0." + String(repeating: "0", count: 400) + "1", true),
    ])
    func zeroValues(value: String, isZero: Bool) {
        var bytes = value
        #expect(bytes.withUTF8 { HiddenStyle.HidingProperty.isZero($0) } == isZero)
        #expect(HiddenStyle.hidesReadingCharacters("width:" + value) == isZero)
    }

    @Test("random stylesheets give the hidden names the reading on characters gives")
    func randomStylesheetsAgree() {
        let selectors = [
            ".a", "#b", ".c a", "#d li", ".e:hover", ".f[x]", ".g.h", "div", ".I", "#J\r\n.k", ".l > .m", ".n+p",
            ".o~q", ".宋", "#名 span", "@media print", "*", ".a, .b", ",", "", " ", ".x\u{301}",
        ]
        var random = SplitMix64(seed: 42)
        for _ in 0..<3_000 {
            var css = ""
            for _ in 0..<(1 + random.next(below: 6)) {
                switch random.next(below: 10) {
                case 0: css += "/* note */"
                case 1: css += "}"
                case 2: css += "{"
                default:
                    css += selectors[Int(random.next(below: UInt64(selectors.count)))]
                    css += "{" + Self.randomDeclarations(&random) + "}"
                }
            }
            let names = HiddenStyle.hiddenNames(inStylesheet: css)
            let expected = Self.namesReadingCharacters(css)
            #expect(names.classes == expected.classes, "\(css.debugDescription)")
            #expect(names.ids == expected.ids, "\(css.debugDescription)")
        }
    }

    @Test("comments are cut as the reading byte by byte cut them")
    func comments() {
        for css in ["a/**/*b/*c*/d", "/*/ x */y", "/* open", "//*x*/z", "*/a", "/*a*//*b*/c", "/**/"] {
            var bytes = css
            let cut = bytes.withUTF8 { HiddenStyle.withoutComments($0) }
            #expect(String(decoding: cut, as: UTF8.self) == Self.withoutCommentsByteByByte(css), "\(css)")
        }
    }

    // MARK: - The reading on characters, as the bytes must answer

    /// Rules found on bytes, as before the change (braces are ASCII: no character holds one with
    /// anything else but a combining mark, which the old reading split at too), then judged and
    /// split into subjects on characters: the selector is what follows the last brace before a
    /// `{`, the body runs to the next `}`.
    private static func namesReadingCharacters(_ css: String) -> (classes: Set<String>, ids: Set<String>) {
        var classes = Set<String>()
        var ids = Set<String>()
        var selector: [UInt8]?
        var segment: [UInt8] = []
        for byte in withoutCommentsByteByByte(css).utf8 {
            if byte == UInt8(ascii: "{") {
                selector = segment
                segment = []
            } else if byte == UInt8(ascii: "}") {
                if let selector, HiddenStyle.hidesReadingCharacters(String(decoding: segment, as: UTF8.self)) {
                    HiddenStyle.addSubjects(of: String(decoding: selector, as: UTF8.self), classes: &classes, ids: &ids)
                }
                selector = nil
                segment = []
            } else {
                segment.append(byte)
            }
        }
        return (classes, ids)
    }

    private static func withoutCommentsByteByByte(_ css: String) -> String {
        var output: [UInt8] = []
        var inComment = false
        var previous = UInt8(ascii: " ")
        for byte in css.utf8 {
            if inComment {
                if previous == UInt8(ascii: "*"), byte == UInt8(ascii: "/") { inComment = false; previous = UInt8(ascii: " ") } else { previous = byte }
                continue
            }
            if previous == UInt8(ascii: "/"), byte == UInt8(ascii: "*") {
                inComment = true
                output.removeLast()
                previous = UInt8(ascii: " ")
                continue
            }
            previous = byte
            output.append(byte)
        }
        return String(decoding: output, as: UTF8.self)
    }
}
