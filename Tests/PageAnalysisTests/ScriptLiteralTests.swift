import GovSweepProtocol
import Testing
@testable import PageAnalysis

/// Script literals read as runs between escapes must decode exactly as reading them byte by byte.
@Suite("Script literals")
struct ScriptLiteralTests {
    @Test("on random literals the run reading agrees with reading byte by byte")
    func literalsRandom() {
        let pieces = ["\"", "'", "`", "\\", "n", "t", "r", "x", "u", "4e2d", "41", "D83D", "zz", "中", "\n", "a", " ", "<p>", "%3C", "0123456789"]
        var generator = SplitMix64(seed: 20_261_205)
        for round in 0..<20_000 {
            let count = Int(generator.next() % 24)
            let quote = ["\"", "'", "`"][round % 3]
            let script = quote + (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            let bytes = Array(script.utf8)
            var fast = 0, slow = 0
            let read = JavaScriptString.literal(in: bytes, at: &fast)
            let expected = Self.byteByByte(bytes, at: &slow)
            #expect(read.bytes == expected.bytes && read.closed == expected.closed && fast == slow, "\(script)")
        }
    }

    @Test("the search for either of two bytes finds the first, from any start")
    func eitherByte() {
        var generator = SplitMix64(seed: 7)
        let alphabet: [UInt8] = [0x22, 0x5C, 0x27, 0x41, 0x00, 0xFF, 0xE4, 0x21, 0x23, 0x5B, 0x5D]
        for _ in 0..<5000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(generator.next() % 40) { bytes.append(alphabet[Int(generator.next() % UInt64(alphabet.count))]) }
            let start = Int(generator.next() % UInt64(bytes.count + 1))
            let found = bytes.withUnsafeBufferPointer { ByteSearch.firstOffset(of: 0x22, or: 0x5C, in: $0, from: start) }
            let expected: Int? = bytes.indices.first { (index: Int) -> Bool in index >= start && (bytes[index] == 0x22 || bytes[index] == 0x5C) }
            #expect(found == expected, "\(bytes) from \(start)")
        }
    }

    @Test("written markup cut at the limit inside a character is repaired as a String repairs it")
    func cutMarkup() {
        var written: [UInt8] = []
        ScriptWrites.withUTF8(of: "document.write('中文');") { ScriptWrites.appendMarkup(in: $0, to: &written, limit: 4) }
        #expect(written == Array("中\u{FFFD}\n".utf8))
        written = []
        ScriptWrites.withUTF8(of: "document.write('中文');document.write('x')") { ScriptWrites.appendMarkup(in: $0, to: &written, limit: 6) }
        #expect(written == Array("中文\n".utf8))
        var throughVariable = Array("<i>".utf8)
        ScriptWrites.appendVariableMarkup(in: ["var vv = '<b>中</b>';", "x.html(vv);"].map { Array($0.utf8) }, to: &throughVariable, limit: 4)
        #expect(throughVariable == Array("<i><b>\u{FFFD}\n".utf8))
    }

    @Test("bytes are well-formed exactly when a String keeps them as they are")
    func wellFormed() {
        let pieces: [[UInt8]] = [
            [0x41], [0x20, 0x3C], [0xE4, 0xB8, 0xAD], [0xE4, 0xB8], [0xE0, 0xA0, 0x80], [0xE0, 0x9F, 0xBF], [0xED, 0x9F, 0xBF],
            [0xED, 0xA0, 0x80], [0xC2, 0xA0], [0xC1, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF0, 0x8F, 0xBF, 0xBF],
            [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0x80], [0xBF], [0xFF],
            Array("abcdefghij".utf8), Array("中文字符".utf8),
        ]
        var generator = SplitMix64(seed: 3)
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(generator.next() % 12) { bytes += pieces[Int(generator.next() % UInt64(pieces.count))] }
            let kept = Array(String(decoding: bytes, as: UTF8.self).utf8) == bytes
            #expect(bytes.withUnsafeBufferPointer { WellFormedUTF8.isWellFormed($0) } == kept, "\(bytes)")
            #expect(WellFormedUTF8.repaired(bytes) == Array(String(decoding: bytes, as: UTF8.self).utf8))
        }
    }

    /// The reading the run reading replaced: one byte at a time, escapes as ``JavaScriptString`` documents.
    private static func byteByByte(_ bytes: [UInt8], at position: inout Int) -> (bytes: [UInt8], closed: Bool) {
        let quote = bytes[position]
        position += 1
        var out: [UInt8] = []
        func codePoint(_ digits: Int) {
            guard position + digits <= bytes.count, let code = JavaScriptString.hex(bytes[position..<(position + digits)]),
                  let scalar = Unicode.Scalar(code) else { return }
            out += Array(String(Character(scalar)).utf8)
            position += digits
        }
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if byte == quote { return (out, true) }
            guard byte == UInt8(ascii: "\\"), position < bytes.count else {
                out.append(byte)
                continue
            }
            let escaped = bytes[position]
            position += 1
            switch escaped {
            case UInt8(ascii: "n"): out.append(10)
            case UInt8(ascii: "t"): out.append(9)
            case UInt8(ascii: "r"): out.append(13)
            case UInt8(ascii: "x"): codePoint(2)
            case UInt8(ascii: "u"): codePoint(4)
            case 10: break
            default: out.append(escaped)
            }
        }
        return (out, false)
    }
}
