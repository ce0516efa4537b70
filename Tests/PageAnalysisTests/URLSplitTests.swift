import Testing
@testable import PageAnalysis

/// ``URLResolver/split(_:)`` reads a URL's delimiters on its bytes and ``Pagination/isPagerText(_:)``
/// its first scalar from its bytes; each must answer as the reading on the string did (kept here
/// as the oracle).
@Suite("URL pieces and pager words read on bytes")
struct URLSplitTests {
    /// The split as first written, on the string's UTF-8 view and its indices.
    private static func splitOnString(_ text: String) -> URLResolver.Parts {
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 97 && (byte | 0x20) <= 122 }
        func isSchemeByte(_ byte: UInt8) -> Bool {
            isLetter(byte) || (byte >= 48 && byte <= 57) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: ".")
        }
        let utf8 = text.utf8
        var start = utf8.startIndex
        var end = utf8.firstIndex(of: UInt8(ascii: "#")) ?? utf8.endIndex
        var parts = URLResolver.Parts(scheme: nil, authority: nil, path: "", query: nil)
        if let colon = utf8[start..<end].firstIndex(of: UInt8(ascii: ":")), colon > start,
           isLetter(utf8[start]), utf8[start..<colon].allSatisfy(isSchemeByte) {
            parts.scheme = String(text[start..<colon]).lowercased()
            start = utf8.index(after: colon)
        }
        if let question = utf8[start..<end].firstIndex(of: UInt8(ascii: "?")) {
            parts.query = String(text[utf8.index(after: question)..<end])
            end = question
        }
        if utf8[start..<end].starts(with: "//".utf8) {
            start = utf8.index(start, offsetBy: 2)
            let slash = utf8[start..<end].firstIndex(of: UInt8(ascii: "/")) ?? end
            parts.authority = String(text[start..<slash])
            start = slash
        }
        parts.path = String(text[start..<end])
        return parts
    }

    static let texts = [
        "", "#", "#x", "?", "?q", "//", "///", "//a", "//a?b#c", ":", "a:", "1a:b", "HTTPS://WWW.A.gov.cn:443/P?Q#F", "Mailto:x@y",
        "javascript:void(0)", "a+b-c.d:rest", "a_b:rest", "/x/y?z=1&w=?#?#", "x/y:z", "中文/路径?参数=值#片段", "http://例子.中国/é?ü",
        "http://a.gov.cn", "https://u:p@a.gov.cn:8080", "h:", "h://", "h:?//x", "./a/../b", "../", "a#b?c", "a?b#c//d", "//x?y/z",
        "ftp://x/y", "HtTp:x", "e\u{301}:x", "é:x", "x:/\u{0}", "http://a/\u{FFFF}\u{10FFFF}",
    ]

    @Test("the byte split gives the string split's pieces", arguments: texts)
    func split(text: String) {
        let bytes = URLResolver.split(text)
        let string = Self.splitOnString(text)
        #expect(bytes?.scheme == string.scheme, "\(text)")
        #expect(bytes?.authority == string.authority, "\(text)")
        #expect(bytes?.path == string.path, "\(text)")
        #expect(bytes?.query == string.query, "\(text)")
    }

    /// The pager test as first written: the first scalar from the string's scalars.
    private static func isPagerTextOnScalars(_ text: String) -> Bool {
        let firsts = Set(Pagination.pagerTexts.compactMap(\.unicodeScalars.first))
        if let first = text.unicodeScalars.first, first.value &- 0x20 < 0x7F - 0x20 || first.value &- 0x4E00 <= 0x9FFF - 0x4E00,
           !firsts.contains(first) {
            return false
        }
        return Pagination.pagerTexts.contains(text)
    }

    @Test("the pager test reading the first scalar from bytes answers as reading it from the scalars")
    func pagerTexts() {
        var texts = Array(Pagination.pagerTexts) + ["", " ", "1", "12", "下", "下一", "下一页 ", "首页", "»»", "»", ">", "> ", "Ｎext", "ｎ",
                                                    "\u{1F600}", "é", "e\u{301}", "下一页\u{301}", "尾页", "末页", "最后一页", "上一页", "\u{7F}"]
        texts += texts.map { $0 + "页" } + texts.map { "x" + $0 }
        for text in texts {
            #expect(Pagination.isPagerText(text) == Self.isPagerTextOnScalars(text), "\(text)")
        }
    }
}
