import GovSweepProtocol
import Testing

@testable import Coordinator

@Suite("Inventory serious-error list")
struct InventoryTypoListTests {
    @Test("entries with and without a correct form; comments, blanks, spaces and repeats dropped")
    func fixture() throws {
        let entries = try TypoListLoader.load(path: InventoryFixture.path("typos.txt"))
        #expect(entries == [
            TypoEntry(wrong: "中华人民共合国", correct: "中华人民共和国"),
            TypoEntry(wrong: "习近平新时代中国特色社会主意思想", correct: "习近平新时代中国特色社会主义思想"),
            TypoEntry(wrong: "不忘初心、牢记使名", correct: "不忘初心、牢记使命"),
            TypoEntry(wrong: "上饶市人民政符"),
        ])
    }

    @Test("a BOM, CRLF and an empty correct form are fine")
    func bomAndCRLF() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("两学一作\t\r\n# x\r\n".utf8)
        #expect(try TypoListLoader.parse(bytes: bytes, path: "t.txt") == [TypoEntry(wrong: "两学一作")])
    }

    @Test("lines that cannot mean what the operator wrote refuse the file with their line number")
    func badLines() {
        let cases: [(String, Int, String)] = [
            ("a\tb\n\tcorrect\n", 2, "empty"),
            ("# c\n使命\t使命\n", 2, "same as"),
            ("a\tb\tc\n", 1, "more than one TAB"),
        ]
        for (text, line, words) in cases {
            let error = #expect(throws: InventoryError.self) { try TypoListLoader.parse(bytes: Array(text.utf8), path: "t.txt") }
            guard case .badTypoLine(_, let reported, let reason)? = error else {
                Issue.record("expected a bad line for \(text.debugDescription)")
                continue
            }
            #expect(reported == line)
            #expect(reason.contains(words))
        }
    }

    @Test("a list that is not UTF-8 is refused with the command that fixes it")
    func notUTF8() {
        let gbk: [UInt8] = [0xD5, 0xFE, 0xB8, 0xAE, 0x0A]
        let error = #expect(throws: InventoryError.self) { try TypoListLoader.parse(bytes: gbk, path: "t.txt") }
        #expect(error == .notUTF8(path: "t.txt"))
        #expect(error?.description.contains("iconv -f GB18030 -t UTF-8") == true)
    }
}
