import GovSweepProtocol
import Testing
@testable import PageAnalysis

/// The script scanners' memchr-anchored searches must find exactly what the plain searches find.
@Suite("Script scans")
struct ScriptScanTests {
    @Test("call sites are each call's occurrences, at the edges too")
    func callSiteEdges() {
        let cases = [
            "", ".", ".write(", "x.writeln(y)", "innerHTML=", "innerHTML =", "nnerHTML=", "innerHTML  =",
            "a.append('x').prepend(\"y\").html(z)", ".write.writeln(.write(", "M", "innerHTM", "innerHTML",
            "el.innerHTML=s;el.innerHTML = t", "document\n\t.write(", ".writ", ".writeln", "INNERHTML=",
        ]
        for script in cases { expectAgrees(script) }
    }

    @Test("on random scripts the call sites agree with searching call by call")
    func callSitesRandom() {
        let pieces = [".", "write", "writeln", "(", "innerHTML", "=", " ", "append", "prepend", "html", "M", "x", "中", "\n"]
        var generator = SplitMix64(seed: 11)
        for _ in 0..<3000 {
            let count = Int(generator.next() % 16)
            let script = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            expectAgrees(script)
        }
    }

    @Test("call sites stop at the limit per call")
    func callSiteLimit() {
        let script = String(repeating: ".write(1);el.innerHTML=2;", count: 250)
        let sites = ScriptWrites.callSites(inUTF8: script, limit: 200)
        let bytes = Array(script.utf8)
        #expect(sites[ScriptWrites.CallIndex.write] == ByteSearch.occurrences(of: ScriptWrites.calls[0], in: bytes, limit: 200))
        #expect(sites[ScriptWrites.CallIndex.innerHTML].count == 200)
    }

    @Test("the written markup is read through the found call sites")
    func markupThroughSites() {
        let script = "el.innerHTML = '<b>a</b>' + \"c\";document.write(unescape('%3Ci%3E'));x.html(v)"
        #expect(ScriptWrites.markup(in: script) == "<i>\n<b>a</b>c\n", "by call, in the list's order")
        #expect(ScriptWrites.markup(in: "var a = b(c);") == "")
        #expect(ScriptWrites.variableMarkup(in: ["var vv = '<p>1</p>';", "x.html(vv);"]) == "<p>1</p>\n")
        #expect(ScriptWrites.variableMarkup(in: ["var vv = '<p>1</p>';"]) == "")
        #expect(ScriptWrites.variableMarkup(in: ["var v = '<p>1</p>';", "x.html(v);"]) == "", "one-letter names are not read")
    }

    @Test("a search anchored on any byte of the needle finds what the search anchored on its last finds")
    func anchoredSearch() {
        let alphabet = Array("abrSH=_ ".utf8)
        var generator = SplitMix64(seed: 17)
        for _ in 0..<5000 {
            var hay: [UInt8] = []
            for _ in 0..<Int(generator.next() % 30) { hay.append(alphabet[Int(generator.next() % UInt64(alphabet.count))]) }
            var pin: [UInt8] = []
            for _ in 0..<(1 + Int(generator.next() % 4)) { pin.append(alphabet[Int(generator.next() % 4)]) }
            let start = Int(generator.next() % UInt64(hay.count + 2))
            let anchor = Int(generator.next() % UInt64(pin.count))
            hay.withUnsafeBufferPointer { hay in
                pin.withUnsafeBufferPointer { pin in
                    #expect(ByteSearch.firstOffset(of: pin, anchor: anchor, in: hay, from: start)
                        == ByteSearch.firstOffset(of: pin, in: hay, from: start), "\(Array(pin)) at \(anchor) in \(Array(hay)) from \(start)")
                }
            }
        }
        #expect(ByteSearch.rareByteIndex(in: Array("pcFooterStr".utf8)) == 2)
        #expect(ByteSearch.rareByteIndex(in: Array("tea".utf8)) == 2, "a is rarer than t and e")
    }

    @Test("a folded search finds what searching the lower-cased bytes finds")
    func foldedSearch() {
        let keys: [(String, Int)] = [("totalrecord", 8), ("perpage", 5), ("unitid=", 6), ("uid=", 3), ("a", 0)]
        let pieces = ["total", "Record", "RECORD", "record", "per", "PAGE", "page", "unit", "UNIT", "id", "ID", "u", "U", "=", " ", "中", "c", "G", "@"]
        var generator = SplitMix64(seed: 5)
        for round in 0..<3000 {
            let count = Int(generator.next() % 12)
            let text = round == 0 ? "" : (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            let folded = text.utf8.map { $0 &- 65 < 26 ? $0 | 0x20 : $0 }
            for (key, anchor) in keys {
                let bytes = Array(key.utf8)
                let fast = Array(text.utf8).withUnsafeBufferPointer { ByteSearch.containsFolded(bytes, anchor: anchor, in: $0) }
                #expect(fast == ByteSearch.contains(bytes, in: folded), "\(key) in \(text)")
            }
            let anyKey = Pagination.HanwebKey.allCases.contains { ByteSearch.contains($0.bytes, in: folded) }
            #expect(Pagination.HanwebKey.mayOccur(inUTF8: text) == anyKey, "\(text)")
        }
    }

    @Test("seeking a byte stops at it, or at the end")
    func seek() {
        var parser = LiteralParser(Array("ab[c[".utf8))
        #expect(parser.seek(to: UInt8(ascii: "[")) && parser.position == 2)
        parser.position = 3
        #expect(parser.seek(to: UInt8(ascii: "[")) && parser.position == 4)
        parser.position = 5
        #expect(!parser.seek(to: UInt8(ascii: "[")) && parser.position == 5)
        var other = LiteralParser(Array("abc".utf8))
        #expect(!other.seek(to: UInt8(ascii: "[")) && other.position == 3)
    }

    private func expectAgrees(_ script: String) {
        let sites = ScriptWrites.callSites(inUTF8: script, limit: 200)
        let bytes = Array(script.utf8)
        for (index, call) in ScriptWrites.calls.enumerated() {
            #expect(sites[index] == ByteSearch.occurrences(of: call, in: bytes, limit: 200), "\(String(decoding: call, as: UTF8.self)) in \(script)")
        }
    }
}
