import Testing

@testable import Coordinator

@Suite("Inventory CSV reading")
struct InventoryCSVTests {
    private func fields(_ text: String) -> [[String]] {
        CSVReader.read(text).records.map(\.fields)
    }

    @Test("RFC 4180: quoted delimiters, doubled quotes and newlines inside quotes")
    func quoting() {
        #expect(fields("a,\"b,c\",\"say \"\"hi\"\"\"\n") == [["a", "b,c", "say \"hi\""]])
        #expect(fields("a,\"x\r\ny\",z\r\nq,r,s") == [["a", "x\ny", "z"], ["q", "r", "s"]])
        #expect(fields("\"\"\n") == [[""]])
    }

    @Test("records know the physical line they start on, whatever the line ends")
    func lineNumbers() {
        let result = CSVReader.read("h1,h2\r\n\"a\nb\nc\",1\r\n\r\nd,2\re,3\n")
        #expect(result.records.map(\.line) == [1, 2, 5, 6, 7])
        #expect(result.records.map(\.isBlank) == [false, false, true, false, false])
        #expect(result.unterminatedQuoteLine == nil)
    }

    @Test("a last line without a newline and a trailing empty cell are read")
    func lastLine() {
        #expect(fields("a,b\nc,") == [["a", "b"], ["c", ""]])
        #expect(fields("a,b\n\n\n") == [["a", "b"], [""], [""]])
    }

    @Test("sloppy quoting is kept as text, not refused")
    func sloppyQuotes() {
        #expect(fields("ab\"c,\"d\"e, \"f\"\n") == [["ab\"c", "de", "f"]])
    }

    @Test("an unclosed quote is reported at the line it opens and its record dropped")
    func unclosedQuote() {
        let result = CSVReader.read("a,b\nc,\"d\ne,f\n")
        #expect(result.records.map(\.fields) == [["a", "b"]])
        #expect(result.unterminatedQuoteLine == 2)
    }

    @Test("a TAB-separated first line switches the delimiter to TAB")
    func delimiter() {
        #expect(CSVReader.delimiter(of: "site_id\tname\turl\r\n1\t2\t3") == "\t")
        #expect(CSVReader.delimiter(of: "site_id,name\tx,url\n") == ",")
        #expect(CSVReader.read("a\tb\n", delimiter: "\t").records.map(\.fields) == [["a", "b"]])
    }

    @Test("cell trimming removes ideographic and no-break spaces")
    func trimming() {
        #expect("\u{3000} 上饶市\u{00A0}\t".trimmedForInventory == "上饶市")
        #expect(" \u{3000} ".trimmedForInventory == "")
    }
}
