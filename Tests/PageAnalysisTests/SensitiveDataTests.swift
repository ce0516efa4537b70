import GovSweepProtocol
import Testing
@testable import PageAnalysis

@Suite("Personal data")
struct SensitiveDataTests {
    let page = Fixtures.analyze("sensitive.html", url: "https://www.srx.gov.cn/art/2023/12/1/art_9_1.html")

    @Test("valid ID numbers are reported masked, once each with their count")
    func validIDs() {
        let ids = page.hits.filter { $0.kind == .residentID }
        #expect(ids.map(\.evidence) == ["360102********1231", "110105********002x", "362301********5217"])
        #expect(ids.first?.count == 2)
        for hit in ids { #expect(!hit.evidence.contains("19850101")) }
    }

    @Test("bad check digits, masked IDs and digits inside longer runs are not IDs")
    func negatives() {
        let evidence = page.hits.map(\.evidence)
        #expect(!evidence.contains("360102********1232"))
        #expect(page.hits.filter { $0.kind == .residentID }.count == 3)
    }

    @Test("a list of mobile numbers is reported with a count and masked samples")
    func mobiles() {
        let mobiles = page.hits.first { $0.kind == .mobileNumbers }
        #expect(mobiles?.count == 5)
        #expect(mobiles?.evidence == "138****0001、139****0002、150****0003")
    }

    @Test("mobile numbers written in groups (138-1234-5678, 150 3234 0003) are a list; office numbers and codes are not")
    func groupedMobiles() {
        let grouped = Fixtures.analyze("grouped-mobiles.html", url: "https://www.srx.gov.cn/art/2026/10/12/art_9_2.html")
        let mobiles = grouped.hits.first { $0.kind == .mobileNumbers }
        #expect(mobiles?.count == 5)
        #expect(mobiles?.evidence == "138****0001、139****0002、150****0003")
        #expect(SensitiveData.groupedMobile(Array("158-1234-56789".utf8), from: 0) == nil)
        #expect(SensitiveData.groupedMobile(Array("138-1234 5678".utf8), from: 0) == nil)
    }

    @Test("two phone numbers on a contact page are not a list")
    func fewMobiles() {
        #expect(Fixtures.analyze("few-mobiles.html", url: "https://www.srx.gov.cn/lxwm.html").hits.isEmpty)
    }

    @Test("the check digit and birth date rules")
    func rules() {
        let asOf = Fixtures.date("2023-12-20")
        #expect(SensitiveData.isResidentID(Array("360102198501011231".utf8), asOf: asOf))
        #expect(!SensitiveData.isResidentID(Array("360102198501011232".utf8), asOf: asOf))
        // Each of these has a valid check digit but fails another rule.
        #expect(!SensitiveData.isResidentID(Array("360102202501011230".utf8), asOf: asOf))  // born after as-of
        #expect(!SensitiveData.isResidentID(Array("360102188501011232".utf8), asOf: asOf))  // born before 1900
        #expect(!SensitiveData.isResidentID(Array("990102198501011239".utf8), asOf: asOf))  // no province 99
        #expect(!SensitiveData.isResidentID(Array("360102198513011239".utf8), asOf: asOf))  // month 13
    }
}
