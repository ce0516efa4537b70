import Foundation
import GovSweepProtocol
import Testing

@testable import Coordinator

@Suite("Inventory loading")
struct InventoryLoaderTests {
    @Test("a UTF-8 file with English headers loads every site with its optional columns")
    func utf8() throws {
        let inventory = try InventoryLoader.load(path: InventoryFixture.path("sites-utf8.csv"), strict: true)
        #expect(inventory.encoding == "UTF-8")
        #expect(inventory.problems.isEmpty)
        #expect(inventory.sites.map(\.id) == ["3600000001", "3611000003", "3611230001", "3611240002", "bm36000001"])
        #expect(inventory.sites[1] == Site(
            id: "3611000003", name: "上饶市人民政府", url: "https://www.zgsr.gov.cn/", unit: "上饶市人民政府办公室",
            region: "上饶市", level: .city, hostGroup: "srjyh"))
        #expect(inventory.sites[0].hostGroup == nil)
        #expect(inventory.sites[4].level == .department)
    }

    @Test("a homepage's scheme and host are lower-cased and an empty path becomes /")
    func urlNormalised() throws {
        let inventory = try InventoryLoader.load(path: InventoryFixture.path("sites-utf8.csv"), strict: true)
        #expect(inventory.sites[3].url == "http://www.zgys.gov.cn/")
    }

    @Test("UTF-8 with BOM and CRLF, headers matched ignoring case and spaces")
    func utf8WithBOM() throws {
        let inventory = try InventoryLoader.load(path: InventoryFixture.path("sites-utf8-bom.csv"), strict: true)
        #expect(inventory.encoding == "UTF-8 with BOM")
        #expect(inventory.problems.isEmpty)
        #expect(inventory.sites.map(\.id) == ["3611000003", "3611810001"])
        #expect(inventory.sites.map(\.level) == [.city, .county])
        #expect(inventory.sites[1].name == "德兴市人民政府")
    }

    @Test("GBK with Chinese headers and Chinese level names, as Excel saves it")
    func gbk() throws {
        let path = InventoryFixture.path("sites-gbk.csv")
        #expect(!TextDecoding.isValidUTF8(try InventoryFixture.bytes("sites-gbk.csv")))
        let inventory = try InventoryLoader.load(path: path, strict: true)
        #expect(inventory.encoding == "GB18030")
        #expect(inventory.problems.isEmpty)
        #expect(inventory.sites.map(\.name) == ["上饶市人民政府", "德兴市人民政府", "广信区五府山镇人民政府", "上饶市教育局"])
        #expect(inventory.sites.map(\.level) == [.city, .county, .township, .department])
        #expect(inventory.sites[0].unit == "上饶市人民政府办公室")
        #expect(inventory.sites[0].region == "上饶市")
        #expect(inventory.sites[0].hostGroup == "上饶市集约化平台")
        #expect(inventory.sites[2].hostGroup == nil)
        #expect(inventory.sites[3].url == "http://jyj.zgsr.gov.cn/")
    }

    @Test("bad rows are reported with the physical line they start on; good rows load")
    func badRows() throws {
        let inventory = try InventoryLoader.load(path: InventoryFixture.path("sites-bad-rows.csv"), strict: false)
        #expect(inventory.errors.map(\.description) == [
            "line 3: missing site_id",
            "line 5: duplicate site_id 3611000003 (first on line 2)",
            "line 8: url \"htp//www.yanshan.gov.cn\" is not an http(s) URL",
            "line 10: unknown level \"区级\" (use province, city, county, township, department or 省级, 市级, 县级, 乡镇, 部门)",
        ])
        #expect(inventory.warnings.map(\.line) == [11])
        #expect(inventory.warnings[0].reason.contains("36112900"))
        #expect(inventory.sites.map(\.id) == [
            "3611000003", "3611020001", "3611030001", "3611270001", "36112900", "3611300001", "3611310001",
        ])
    }

    @Test("quoted commas, quoted newlines and doubled quotes keep their cells whole")
    func quotedCells() throws {
        let inventory = try InventoryLoader.load(path: InventoryFixture.path("sites-bad-rows.csv"), strict: false)
        let names = Dictionary(uniqueKeysWithValues: inventory.sites.map { ($0.id, $0.name) })
        #expect(names["3611020001"] == "上饶市发展和改革委员会,上饶市粮食局")
        #expect(names["3611030001"] == "广信区 人民政府")
        #expect(names["3611300001"] == "鄱阳县人民政府 \"智慧鄱阳\"")
        let bareHost = inventory.sites.first { $0.id == "3611270001" }
        #expect(bareHost?.url == "http://www.hfzf.gov.cn/")
        #expect(inventory.sites.last?.level == .county)
    }

    @Test("--strict refuses a file with bad rows and lists every problem")
    func strictRefuses() throws {
        let path = InventoryFixture.path("sites-bad-rows.csv")
        let error = #expect(throws: InventoryError.self) { try InventoryLoader.load(path: path, strict: true) }
        guard case .refused(let file, let problems)? = error else {
            Issue.record("expected a refusal, got \(String(describing: error))")
            return
        }
        #expect(file == path)
        #expect(problems.map(\.line) == [3, 5, 8, 10, 11])
        let text = error!.description
        #expect(text.contains("line 8: url \"htp//www.yanshan.gov.cn\" is not an http(s) URL"))
        #expect(text.contains("drop --strict"))
    }

    @Test("--strict loads a file whose only remarks are warnings")
    func strictAcceptsWarnings() throws {
        let csv = "site_id,name,url\n36112900,余干县人民政府,http://www.yugan.gov.cn/\n"
        let inventory = try InventoryLoader.parse(bytes: Array(csv.utf8), strict: true)
        #expect(inventory.sites.count == 1)
        #expect(inventory.warnings.count == 1)
    }

    @Test("a missing name or url leaves the row out")
    func missingNameAndURL() throws {
        let csv = "site_id,name,url\n3611000003,,https://www.zgsr.gov.cn/\n3611810001,德兴市人民政府,\n3611220001,x,http://a.gov.cn/\n"
        let inventory = try InventoryLoader.parse(bytes: Array(csv.utf8), strict: false)
        #expect(inventory.problems.map(\.description) == ["line 2: missing name", "line 3: missing url"])
        #expect(inventory.sites.map(\.id) == ["3611220001"])
    }

    @Test("a site repeating another's homepage and a row with surplus cells load with warnings")
    func warnings() throws {
        let csv = "site_id,name,url\n3611000003,上饶市人民政府,https://www.zgsr.gov.cn/\n"
            + "3611000004,上饶市政府,HTTPS://www.zgsr.gov.cn\n"
        let inventory = try InventoryLoader.parse(bytes: Array(csv.utf8), strict: true)
        #expect(inventory.sites.count == 2)
        #expect(inventory.warnings.map(\.line) == [3])
        #expect(inventory.warnings[0].reason.contains("also site 3611000003's (line 2)"))
        let surplus = csv + "3611000005,上饶市发改委,物价局,http://fgw.zgsr.gov.cn/\n"
        let shifted = try InventoryLoader.parse(bytes: Array(surplus.utf8), strict: false)
        #expect(shifted.problems.map(\.line) == [3, 4, 4])
        #expect(shifted.problems.last?.reason.contains("quote cells that contain commas") == true)
    }

    @Test("a spreadsheet's scientific notation id gets a specific hint")
    func scientificNotation() throws {
        let csv = "site_id,name,url\n3.611E+09,上饶市人民政府,https://www.zgsr.gov.cn/\n"
        let inventory = try InventoryLoader.parse(bytes: Array(csv.utf8), strict: false)
        #expect(inventory.warnings.first?.reason.contains("scientific notation") == true)
    }

    @Test("a quoted cell that is never closed is reported at the line it opens")
    func unterminatedQuote() throws {
        let csv = "site_id,name,url\n3611000003,上饶市人民政府,https://www.zgsr.gov.cn/\n3611810001,\"德兴市,http://www.dxs.gov.cn/\n3611220001,x,http://a.gov.cn/\n"
        let inventory = try InventoryLoader.parse(bytes: Array(csv.utf8), strict: false)
        #expect(inventory.sites.map(\.id) == ["3611000003"])
        #expect(inventory.problems.map(\.line) == [3])
        #expect(inventory.problems[0].reason.contains("never closed"))
    }
}

/// Fixture files of Tests/Fixtures/inventory.
enum InventoryFixture {
    static func path(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/inventory/\(name)").path
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path(name))))
    }
}
