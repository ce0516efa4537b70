import GovSweepProtocol
import Testing
@testable import PageAnalysis

@Suite("Site identification codes read on bytes")
struct SiteIDCodeBytesTests {
    @Test("ASCII codes read on bytes as on scalars", arguments: [
        ("3601000001", "3601000001"), ("bm36000001", "bm36000001"), ("BM36000001", "bm36000001"), ("bM36000001", "bm36000001"),
        ("0601000001", nil), ("b136000001", nil), ("bm3600000", nil), ("36010000012", nil), ("36010a0001", nil), ("", nil),
        ("３６０１０００００１", nil),
    ] as [(String, String?)])
    func codes(text: String, expected: String?) {
        #expect(IdentityScanner.validSiteIDCode(text) == expected)
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            #expect(IdentityScanner.validASCIISiteIDCode(Array(text.utf8)) == expected)
        }
    }
}
