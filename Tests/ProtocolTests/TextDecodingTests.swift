import Testing
@testable import GovSweepProtocol

@Suite("Legacy text decoding")
struct TextDecodingTests {
    // "政府网站" in GBK.
    let gbk: [UInt8] = [0xD5, 0xFE, 0xB8, 0xAE, 0xCD, 0xF8, 0xD5, 0xBE]

    @Test("GBK, GB2312 and GB18030 labels decode as GB18030")
    func gbkFamily() {
        for label in ["gb2312", "GBK", "gb18030", "\"x-gbk\""] {
            let encoding = TextDecoding.canonicalEncoding(for: label)
            #expect(encoding == "GB18030")
            #expect(TextDecoding.decode(gbk, encoding: encoding!) == "政府网站")
        }
    }

    @Test("a character only GB18030 has (four bytes) decodes")
    func fourByteSequence() {
        // U+20000 is 0x95 0x32 0x82 0x36 in GB18030.
        #expect(TextDecoding.decode([0x95, 0x32, 0x82, 0x36], encoding: "GB18030") == "\u{20000}")
    }

    @Test("invalid bytes become U+FFFD and decoding goes on")
    func invalidBytes() {
        let text = TextDecoding.decode(gbk.prefix(2) + [0xFF] + gbk.suffix(2), encoding: "GB18030")
        #expect(text == "政\u{FFFD}站")
        let cut = TextDecoding.decode(Array(gbk.prefix(3)), encoding: "GB18030")
        #expect(cut == "政\u{FFFD}")
    }

    @Test("UTF-8 validation and BOM")
    func utf8() {
        #expect(TextDecoding.isValidUTF8(Array("政府".utf8)))
        #expect(!TextDecoding.isValidUTF8(gbk))
        #expect(Array(TextDecoding.droppingUTF8BOM([0xEF, 0xBB, 0xBF, 0x41])) == [0x41])
    }

    @Test("unknown labels are not guessed")
    func unknown() {
        #expect(TextDecoding.canonicalEncoding(for: "klingon") == nil)
    }
}
