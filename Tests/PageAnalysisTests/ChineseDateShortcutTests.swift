import Foundation
import GovSweepProtocol
import Testing
@testable import PageAnalysis

/// The page text's Chinese-numeral date read from its bytes must be the one read from the
/// `String` those bytes decode to, ill-formed bytes included.
@Suite("Chinese-numeral dates of a page text's bytes")
struct ChineseDateShortcutTests {
    private static func throughString(_ bytes: [UInt8]) -> CivilDate? {
        DateParsing.chineseNumeralDate(in: String(decoding: bytes, as: UTF8.self))
    }

    /// Pieces whose joins make dates, near-dates and ill-formed bytes beside a 年.
    private static let pieces: [[UInt8]] = [
        Array("二〇二三".utf8), Array("二○二三".utf8), Array("二零二三".utf8), Array("二OO三".utf8), Array("二ＯＯ三".utf8), Array("二〇一O".utf8), Array("二〇一Ｏ".utf8),
        Array("年".utf8), Array("十二月".utf8), Array("三月".utf8), Array("十三日".utf8), Array("二十九号".utf8),
        Array("2023".utf8), Array("今".utf8), Array(" ".utf8), Array("O".utf8), Array("一".utf8),
        [0xE4, 0xB8], [0x80], [0xBF, 0xBF], [0xF0, 0x9F], [0xE3, 0x80], [0xEF, 0xBC], [0xC3], [0xFF],
    ]

    @Test("every join of three or four pieces gives the String's date")
    func joins() {
        var dated = 0
        let pieces = Self.pieces
        for a in pieces.indices {
            for b in pieces.indices {
                for c in pieces.indices {
                    let three = pieces[a] + pieces[b] + pieces[c]
                    let expected = Self.throughString(three)
                    #expect(DateParsing.chineseNumeralDate(inPageText: three) == expected, "\(three)")
                    if expected != nil { dated += 1 }
                    for d in [7, 8, 9, 17, 18, 19] {
                        let four = pieces[a] + pieces[b] + pieces[d] + pieces[c]
                        let expected = Self.throughString(four)
                        #expect(DateParsing.chineseNumeralDate(inPageText: four) == expected, "\(four)")
                        if expected != nil { dated += 1 }
                    }
                }
            }
        }
        #expect(dated > 100)
    }

    @Test("every real page's text gives the String's date")
    func realPages() throws {
        var directory = #filePath
        for _ in 0..<2 { directory = String(directory[..<directory.lastIndex(of: "/")!]) }
        directory += "/Fixtures/real"
        for name in try FileManager.default.contentsOfDirectory(atPath: directory).sorted() where name.hasSuffix(".html") {
            let bytes = Array(try #require(FileManager.default.contents(atPath: directory + "/" + name)))
            let text = Array(CharsetSniffing.decode(bytes).text.utf8)
            #expect(DateParsing.chineseNumeralDate(inPageText: text) == Self.throughString(text), "\(name)")
            #expect(DateParsing.chineseNumeralDate(inPageText: bytes) == Self.throughString(bytes), "\(name) undecoded")
        }
    }
}
