import Foundation
import Testing
@testable import GovSweepProtocol

@Suite("Civil dates")
struct CivilDateTests {
    @Test("ISO text round trip and validation")
    func iso() {
        #expect(CivilDate(iso: "2023-12-13")?.iso == "2023-12-13")
        #expect(CivilDate(iso: "2024-02-29") != nil)
        #expect(CivilDate(iso: "2023-02-29") == nil)
        #expect(CivilDate(iso: "2023-13-01") == nil)
        #expect(CivilDate(iso: "2023-1-01") == nil)
        #expect(CivilDate(iso: "garbage") == nil)
    }

    @Test("day arithmetic across months, years and leap days")
    func arithmetic() {
        let d = CivilDate(year: 2024, month: 2, day: 28)!
        #expect(d.adding(days: 1).iso == "2024-02-29")
        #expect(d.adding(days: 2).iso == "2024-03-01")
        #expect(CivilDate(year: 2023, month: 12, day: 31)!.adding(days: 1).iso == "2024-01-01")
        #expect(CivilDate(year: 1970, month: 1, day: 1)!.daysSinceEpoch == 0)
        #expect(CivilDate(year: 2024, month: 1, day: 15)!.days(until: CivilDate(year: 2024, month: 1, day: 1)!) == -14)
        #expect(CivilDate(year: 2024, month: 8, day: 31)!.adding(months: -6).iso == "2024-02-29")
        #expect(CivilDate(year: 2024, month: 1, day: 15)!.adding(months: -12).iso == "2023-01-15")
    }

    @Test("Shanghai time is UTC+8")
    func shanghai() {
        // 2024-01-14T16:30:00Z is 2024-01-15 00:30 in Shanghai.
        #expect(CivilDate(shanghaiTime: 1_705_249_800).iso == "2024-01-15")
    }

    @Test("encodes as a JSON string")
    func json() throws {
        let data = try JSONEncoder().encode([CivilDate(year: 2023, month: 1, day: 2)!])
        #expect(String(decoding: data, as: UTF8.self) == #"["2023-01-02"]"#)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([CivilDate].self, from: Data(#"["2023/01/02"]"#.utf8)) }
    }
}
