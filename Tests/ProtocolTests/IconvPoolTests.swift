import Testing
@testable import GovSweepProtocol

@Suite("iconv descriptors kept between conversions")
struct IconvPoolTests {
    // "政府网站" in GBK.
    let gbk: [UInt8] = [0xD5, 0xFE, 0xB8, 0xAE, 0xCD, 0xF8, 0xD5, 0xBE]

    private func decode(_ bytes: [UInt8], _ encoding: String, _ pool: IconvPool) -> String? {
        TextDecoding.convertToUTF8(bytes, from: encoding, pool: pool).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test("one descriptor serves conversion after conversion, and each reads as a fresh one would")
    func reused() {
        let pool = IconvPool()
        #expect(pool.idleCount(for: "GB18030") == 0)
        for _ in 0..<5 {
            #expect(decode(gbk, "GB18030", pool) == "政府网站")
            #expect(pool.idleCount(for: "GB18030") == 1)
        }
    }

    @Test("a conversion cut in a sequence or in a shifted state leaves nothing for the next one")
    func resetBetweenUses() {
        let pool = IconvPool()
        // Ends inside a two-byte character.
        #expect(decode(Array(gbk.prefix(3)), "GB18030", pool) == "政\u{FFFD}")
        #expect(decode(gbk, "GB18030", pool) == "政府网站")
        // ISO-2022-JP left in JIS X 0208 (ESC $ B, "日" = 0x46 0x7C) without the escape back to ASCII.
        #expect(decode([0x1B, 0x24, 0x42, 0x46, 0x7C], "ISO-2022-JP", pool) == "日")
        #expect(decode(Array("AB".utf8), "ISO-2022-JP", pool) == "AB")
        #expect(pool.idleCount(for: "ISO-2022-JP") == 1)
    }

    @Test("an encoding iconv does not know gives nothing and keeps nothing")
    func unknown() {
        let pool = IconvPool()
        #expect(decode(gbk, "KLINGON-8", pool) == nil)
        #expect(pool.idleCount(for: "KLINGON-8") == 0)
    }

    @Test("conversions on many threads at once each get their own descriptor; at most a few stay open")
    func concurrent() async {
        let pool = IconvPool()
        let gbk = gbk
        let texts = await withTaskGroup(of: String?.self) { group in
            for _ in 0..<64 {
                group.addTask { TextDecoding.convertToUTF8(gbk + gbk, from: "GB18030", pool: pool).map { String(decoding: $0, as: UTF8.self) } }
            }
            return await group.reduce(into: [String?]()) { $0.append($1) }
        }
        #expect(texts.count == 64)
        #expect(texts.allSatisfy { $0 == "政府网站政府网站" })
        #expect((1...IconvPool.idlePerEncoding).contains(pool.idleCount(for: "GB18030")))
    }
}
