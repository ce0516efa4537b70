import Testing
@testable import GovSweepProtocol

@Suite("Peer text in logs")
struct PeerTextTests {
    @Test("a newline, NUL and escape sequences are escaped, never written")
    func controlCharacters() {
        let forged = "hello\n2026-12-03T18:00:00 info worker joined worker=evil\u{0}\u{1B}[2J\r\u{2028}"
        let quoted = PeerText.quoted(forged)
        #expect(!quoted.contains("\n"))
        #expect(!quoted.contains("\r"))
        #expect(!quoted.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || $0.value == 0x2028 })
        #expect(quoted.hasPrefix("\"hello\\n2026"))
        #expect(quoted.contains("\\u{0}"))
        #expect(quoted.contains("\\u{1B}[2J"))
    }

    @Test("quotes and backslashes are escaped so the quoted text cannot end early")
    func quotes() {
        #expect(PeerText.quoted(#"a"b\c"#) == #""a\"b\\c""#)
    }

    @Test("long text is cut and says how much was left out")
    func cut() {
        let quoted = PeerText.quoted(String(repeating: "x", count: 7 << 20))
        #expect(quoted.count < 200)
        #expect(quoted.hasSuffix("…(\((7 << 20) - PeerText.defaultLimit) more characters)"))
        let bytes = PeerText.quoted(bytes: [UInt8](repeating: 0x41, count: 1 << 20), limit: 10)
        #expect(bytes.count < 80)
    }

    @Test("an unknown message type is quoted in the error description")
    func wireErrorQuotes() {
        let error = WireError.unknownType("x\nFAKE LINE" + String(repeating: "y", count: 10_000))
        #expect(!error.description.contains("\n"))
        #expect(error.description.count < 300)
    }
}
