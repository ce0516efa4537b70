import GovSweepProtocol
import Testing
@testable import PageAnalysis

/// The message reader's byte readers give the `String` functions' answers, and hand over to them
/// where scalars alone cannot tell.
@Suite("Consultation columns: labels read on bytes")
struct MessageBoardBytesTests {
    typealias Labels = MessageBoardLabels

    /// The reading on `bytes`, trimmed of spaces at both ends as the reader trims a text node.
    static func trimmed<Result>(_ bytes: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { buffer in
            body(UnsafeBufferPointer(rebasing: buffer[WellFormedUTF8.trimmingSpaces(0..<buffer.count, in: buffer)]))
        }
    }

    /// The byte reader's field, `.some(answer)`, or nil when it hands over.
    static func fastField(_ text: String) -> Labels.Field?? {
        switch trimmed(Array(text.utf8), Labels.field(namedUTF8:)) {
        case .answer(let field): .some(field)
        case .characterPath: nil
        }
    }

    /// The byte reader's label and collapsed value, `.some(answer)`, or nil when it hands over.
    static func fastLabel(_ bytes: [UInt8]) -> (Labels.Field, String)?? {
        trimmed(bytes) { buffer -> (Labels.Field, String)?? in
            switch Labels.labelled(utf8: buffer) {
            case .answer(let found?):
                let value = String(decoding: UnsafeBufferPointer(rebasing: buffer[found.valueStart...]), as: UTF8.self)
                return .some((found.field, TextTools.collapsed(value)))
            case .answer(nil): return .some(nil)
            case .characterPath: return nil
            }
        }
    }

    /// The `String` path's label of the collapsed text, with its value collapsed.
    static func slowLabel(_ text: String) -> (Labels.Field, String)? {
        Labels.labelled(TextTools.collapsed(text)).map { ($0.field, TextTools.collapsed($0.value)) }
    }

    static let texts = [
        "信件标题", " 来信时间： ", "【回复时间】", "办理状态:", "标 题", "首页", "政务公开", "English", "更多>>", "2023-10-11",
        "来信人", "序号", "不予受理", "是否回复", "答复内容", "中华人民共和国", "\u{3000}状态\u{00A0}", "来信\u{200B}时间",
        "标题\u{0301}", "e\u{0301}", "办\u{F9E4}状态", "\u{F967}予受理", "●标题", "(标题)", "标\u{FEFF}题", "标\u{2001}题",
    ]

    @Test("a cell's field on bytes is the String path's, and a compatibility ideograph goes to the String path")
    func fieldNames() {
        for text in Self.texts {
            let expected = Labels.field(named: TextTools.collapsed(text))
            if let fast = Self.fastField(text) { #expect(fast == expected, "\(text.debugDescription)") }
        }
        #expect(Self.fastField("信件标题") == .some(.title))
        #expect(Self.fastField(" 【回复时间】： ") == .some(.replied))
        #expect(Self.fastField("标题\u{0301}") == .some(nil))
        // 理 written as U+F9E4 is 理 as a string: only the String path sees 办理状态 in it.
        #expect(Self.fastField("办\u{F9E4}状态") == nil)
        #expect(Labels.field(named: "办\u{F9E4}状态") == .status)
    }

    @Test("a label with its value on bytes is the String path's; a mark joining the colon goes to the String path")
    func labelsWithValues() {
        let texts = [
            "来信时间：2023-10-11", "  来信时间 ：  2023-10-11  ", "来信时间\u{3000}:\u{3000}2023年10月11日", "办理状态：已回复",
            "标题：关于 路灯\u{00A0}\u{00A0}损坏", "来信 时间：2023", "发布时间：2023-10-11", "来信时间2023：", "：来信时间",
            "abc：", "来信时\u{0301}间：2023", "●来信时间：2023", "中华人民共和国国务院：", "来信时间：", "处理情况：办理中",
            "来信时间：\u{0301}2023-10-11", "来信时间：\u{3000}2023", "回复时间：【2023-10-12】",
            "办\u{F9E4}状态：已回复", "没有冒号的文字",
        ]
        for text in texts {
            let expected = Self.slowLabel(text)
            guard let fast = Self.fastLabel(Array(text.utf8)) else { continue }
            #expect(fast?.0 == expected?.0 && fast?.1 == expected?.1, "\(text.debugDescription)")
        }
        #expect(Self.fastLabel(Array("来信时间： 2023-10-11 ".utf8))?.map { $0.1 } == "2023-10-11")
        // U+0301 after the colon makes one character of both: no `：` character, no label.
        #expect(Self.fastLabel(Array("来信时间：\u{0301}2023-10-11".utf8)) == nil)
        #expect(Self.slowLabel("来信时间：\u{0301}2023-10-11") == nil)
        #expect(Self.fastLabel(Array("办\u{F9E4}状态：已回复".utf8)) == nil)
        #expect(Self.slowLabel("办\u{F9E4}状态：已回复")?.0 == .status)
    }

    @Test("bytes that are not UTF-8 go to the String path when a colon could make a label, else read as no label")
    func illFormedBytes() {
        let name = Array("来信时间".utf8)
        #expect(Self.fastLabel(name + [0xFF] + Array("：2023".utf8)) == nil)
        #expect(Self.fastLabel([0xE6, 0x9C] + Array("来信时间：2023".utf8)) == nil)
        #expect(Self.fastLabel(name + [0xFF] + Array("2023".utf8))?.map { $0.0 } == .some(nil))
        #expect(Self.trimmed(name + [0xC0, 0x80], Labels.field(namedUTF8:)).isCharacterPath)
        #expect(Self.trimmed(name + [0xED, 0xA0, 0x80], Labels.shortText(utf8:)) == .characterPath)
    }

    @Test("a short text needs the String path only for a key scalar or a character of several scalars")
    func shortTexts() {
        #expect(Self.trimmed(Array("首页".utf8), Labels.shortText(utf8:)) == .shortWithoutKeys)
        #expect(Self.trimmed(Array(" 已回复 ".utf8), Labels.shortText(utf8:)) == .shortWithKeys)
        #expect(Self.trimmed(Array("中华人民共和国".utf8), Labels.shortText(utf8:)) == .long)
        #expect(Self.trimmed(Array("a \u{3000} b c d e f".utf8), Labels.shortText(utf8:)) == .long)
        #expect(Self.trimmed(Array("a \u{3000} b c".utf8), Labels.shortText(utf8:)) == .shortWithoutKeys)
        // Eight scalars, four characters: short, which only the String path can count.
        let marked = "e\u{0301}e\u{0301}e\u{0301}e\u{0301}"
        #expect(marked.count == 4)
        #expect(Self.trimmed(Array(marked.utf8), Labels.shortText(utf8:)) == .characterPath)
        #expect(Self.trimmed(Array("中华人民共和\u{0301}国".utf8), Labels.shortText(utf8:)) == .characterPath)
    }

    @Test("the key scalars are told by switch as by their sets; a plain text's length is its character count")
    func keysAndPlainLength() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(Labels.isStatusKey(scalar) == Labels.statusKeys.contains(scalar))
            #expect(Labels.isSetAsideKey(scalar) == Labels.setAsideKeys.contains(scalar))
        }
        #expect(Labels.plainLength(of: "【已回复】", limit: 8) == 5)
        #expect(Labels.plainLength(of: "已回复\u{0301}", limit: 8) == nil)
        #expect(Labels.plainLength(of: "已\u{F9E4}", limit: 8) == nil)
        #expect(Labels.plainLength(of: "一二三四五六七八九十", limit: 8) == 9)
        #expect(Labels.status(in: "【已回复】") == .answered)
        #expect(Labels.setsAside("不予受理"))
        #expect(Labels.setsAside("不予受理不予受理"))
        #expect(!Labels.setsAside("不予受理不予受理了"))
    }

    @Test("a reply's fingerprint read by scalars is the one read by characters")
    func fingerprintByScalars() {
        func byCharacters(_ text: String) -> (hash: String, length: Int)? {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            var length = 0
            for character in text where character.isLetter || character.isNumber {
                length += 1
                for byte in character.utf8 {
                    hash ^= UInt64(byte)
                    hash = hash &* 0x0000_0100_0000_01b3
                }
            }
            guard length > 0 else { return nil }
            let hex = String(hash, radix: 16)
            return (String(repeating: "0", count: 16 - hex.count) + hex, length)
        }
        let replies = [
            "您好！城区路边停车位白天首小时2元，此后每小时1元；夜间20时至次日8时免费。", "Ⅻ ½ ² ① 〇 〡 ＡＢ１２ ａ", "…… —— ——",
            "您好\u{0301}！谢谢。", "e\u{0301}\u{0301}1", "🇨🇳 中国", "",
        ]
        for reply in replies {
            let fast = Labels.fingerprint(of: reply)
            let slow = byCharacters(reply)
            #expect(fast?.hash == slow?.hash && fast?.length == slow?.length, "\(reply)")
        }
        #expect(Labels.fingerprint(of: "您好\u{0301}！")?.length == 2)
    }

    @Test("the decoder takes exactly the well-formed sequences, as String decodes them")
    func decoder() {
        let cases: [[UInt8]] = [
            [0x41], [0xC2, 0xA0], [0xE6, 0x9C, 0xAA], [0xF0, 0x9F, 0x98, 0x80], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80],
            [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xE6, 0x9C], [0x80], [0xFF], [0xEF, 0xBF, 0xBF],
        ]
        for bytes in cases {
            let decoded = bytes.withUnsafeBufferPointer { WellFormedUTF8.scalar(in: $0, at: 0) }
            let string = String(validating: bytes, as: UTF8.self)
            #expect(decoded.map { String($0.scalar) } == string, "\(bytes)")
            #expect(decoded.map(\.length) == (string == nil ? nil : bytes.count), "\(bytes)")
        }
    }

    @Test("trimming on bytes leaves a text non-empty exactly when its collapsed text is")
    func trimming() {
        let cases: [[UInt8]] = [
            Array(" \u{3000}\u{00A0}\u{FEFF}\u{200B}\t\n".utf8), Array("\u{2001}".utf8), Array(" 标题 ".utf8), [0x20, 0xFF, 0x20],
            [0xE3, 0x80], [0x20, 0xE2, 0x80, 0x82], Array("\u{2002}a\u{3000}".utf8),
        ]
        for bytes in cases {
            let empty = Self.trimmed(bytes) { $0.isEmpty }
            #expect(empty == TextTools.collapsed(String(decoding: bytes, as: UTF8.self)).isEmpty, "\(bytes)")
            let kept = Self.trimmed(bytes) { String(decoding: $0, as: UTF8.self) }
            #expect(TextTools.collapsed(kept) == TextTools.collapsed(String(decoding: bytes, as: UTF8.self)), "\(bytes)")
        }
    }

    @Test("a colon is told on bytes, ill-formed or not")
    func colons() {
        let cases: [([UInt8], Bool)] = [
            (Array("来信时间：".utf8), true), (Array("a:b".utf8), true), (Array("来信时间".utf8), false), ([0xBC, 0x9A], false),
            ([0xE6, 0xEF, 0xBC, 0x9A], true), ([0x9A, 0x9A, 0x9A], false),
        ]
        for (bytes, expected) in cases {
            #expect(bytes.withUnsafeBufferPointer(WellFormedUTF8.containsColon) == expected, "\(bytes)")
            let decoded = String(decoding: bytes, as: UTF8.self)
            #expect(decoded.unicodeScalars.contains { $0 == ":" || $0 == "：" } == expected, "\(bytes)")
        }
    }

    @Test("every label name is two to six basic ideographs, each kept under the first field listing it")
    func nameTable() {
        var names: Set<String> = []
        for (field, list) in Labels.table {
            for name in list {
                #expect(Labels.NameKey(name) != nil, "\(name)")
                #expect(Labels.isNameInitial(name.unicodeScalars.first!), "\(name)")
                #expect((2...6).contains(name.unicodeScalars.count), "\(name)")
                if names.insert(name).inserted, let key = Labels.NameKey(name) { #expect(Labels.fieldByKey[key] == field) }
            }
        }
        #expect(Labels.fieldByKey.count == names.count)
        #expect(!Labels.isNameInitial("关"))
        #expect(Self.fastField("关于我们") == .some(nil))
        #expect(Self.fastLabel(Array("关于：标题".utf8))?.map { $0.0 } == .some(nil))
    }

    @Test("no scalar but the name's own ideograph and compatibility ideographs equals a name's ideograph")
    func onlyCompatibilityIdeographsEqualIdeographs() {
        let ideographs = Set(Labels.table.flatMap { $0.1 }.flatMap { $0.unicodeScalars.map { String($0) } })
        var equal: [Unicode.Scalar] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), !Labels.isIdeograph(scalar), !Labels.mayEqualIdeograph(scalar) else { continue }
            if ideographs.contains(String(scalar)) { equal.append(scalar) }
        }
        #expect(equal.isEmpty)
        #expect(ideographs.contains(String(Unicode.Scalar(0xF9E4)!)))  // 理: the check can see one
    }

    @Test("a scalar that stands alone is a character of its own beside any other (CR LF aside)")
    func standAloneScalars() {
        let neighbours: [Unicode.Scalar] = ["a", " ", "中", "：", "\u{3001}", "\u{3029}", "\u{FF01}", "\u{FF5E}", "\u{2FF}", "\u{7F}", "\u{0}", "\u{9FFF}"]
        let ranges: [ClosedRange<UInt32>] = [0...0x2FF, 0x3001...0x3029, 0x4E00...0x9FFF, 0xFF01...0xFF5E]
        var joined: [UInt32] = []
        for range in ranges {
            for value in range {
                let scalar = Unicode.Scalar(value)!
                #expect(Labels.standsAlone(scalar))
                for other in neighbours where !(scalar == "\r" || scalar == "\n") {
                    var pair = String.UnicodeScalarView()
                    pair.append(other)
                    pair.append(scalar)
                    pair.append(other)
                    if String(pair).count != 3 { joined.append(value) }
                }
            }
        }
        #expect(joined.isEmpty)
        #expect(!Labels.standsAlone("\u{0301}"))
        #expect(!Labels.standsAlone("\u{302A}"))
    }

    @Test("a message page labelled with a compatibility ideograph reads as with the plain one")
    func compatibilityIdeographPage() throws {
        func page(_ status: String) -> String {
            """
            <html><head><title>信件详情</title></head><body><div class="xj">
            <p><span>来信时间：</span><span>2023-12-08</span></p><p><span>\(status)</span><span>已回复</span></p>
            </div></body></html>
            """
        }
        let plain = try #require(Fixtures.analyze(html: page("办理状态：")).messages?.first)
        let compatible = try #require(Fixtures.analyze(html: page("办\u{F9E4}状态：")).messages?.first)
        #expect(plain.status == .answered)
        #expect(compatible == plain)
    }
}

extension MessageBoardLabels.ByteReading {
    var isCharacterPath: Bool {
        if case .characterPath = self { true } else { false }
    }
}
