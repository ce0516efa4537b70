import Testing

@testable import Coordinator
import GovSweepProtocol

@Suite("Inventory errors")
struct InventoryErrorTests {
    private func error(_ csv: String, strict: Bool = false) -> InventoryError? {
        #expect(throws: InventoryError.self) { try InventoryLoader.parse(bytes: Array(csv.utf8), strict: strict) }
    }

    @Test("an unreadable path says which and why")
    func unreadable() {
        let missing = #expect(throws: InventoryError.self) {
            try InventoryLoader.load(path: "/nonexistent/inventory.csv", strict: false)
        }
        #expect(missing == .unreadable(path: "/nonexistent/inventory.csv", reason: "no such file"))
        let directory = #expect(throws: InventoryError.self) {
            try InventoryLoader.load(path: InventoryFixture.path(""), strict: false)
        }
        guard case .unreadable(_, let reason)? = directory else {
            Issue.record("expected unreadable, got \(String(describing: directory))")
            return
        }
        #expect(reason == "it is a directory")
    }

    @Test("an empty file, or one of blank lines, is empty")
    func empty() {
        #expect(error("") == .emptyFile(file: "the inventory"))
        #expect(error("\r\n,,\n\n") == .emptyFile(file: "the inventory"))
    }

    @Test("a first row of data is not taken for a header")
    func noHeader() {
        let found = error("3611000003,上饶市人民政府,https://www.zgsr.gov.cn/\n")
        #expect(found == .noHeader(
            file: "the inventory", firstRow: ["3611000003", "上饶市人民政府", "https://www.zgsr.gov.cn/"],
            expected: "site_id,name,url"))
        #expect(found?.description.contains("`site_id,name,url`") == true)
    }

    @Test("missing required columns are named with the headers found")
    func missingColumns() {
        let found = error("网站标识码,名称,homepage\n3611000003,上饶市人民政府,https://www.zgsr.gov.cn/\n")
        #expect(found == .missingColumns(
            file: "the inventory", missing: ["name (网站名称)", "url (首页地址, 网址, 首页网址)"],
            found: ["网站标识码", "名称", "homepage"]))
        #expect(found?.description.contains("\"homepage\"") == true)
    }

    @Test("a header but no loadable row is an empty inventory that lists the problems")
    func noSites() {
        let found = error("site_id,name,url\n,上饶市人民政府,https://www.zgsr.gov.cn/\n")
        #expect(found == .noSites(file: "the inventory", problems: [InventoryProblem(line: 2, reason: "missing site_id")]))
        #expect(error("site_id,name,url\n\n") == .noSites(file: "the inventory", problems: []))
    }

    @Test("two columns naming one field: the first is used, with a warning")
    func repeatedHeader() throws {
        let csv = "site_id,name,网址,url\n3611000003,上饶市人民政府,https://www.zgsr.gov.cn/,http://other.gov.cn/\n"
        let inventory = try InventoryLoader.parse(bytes: Array(csv.utf8), strict: true)
        #expect(inventory.sites.first?.url == "https://www.zgsr.gov.cn/")
        #expect(inventory.warnings.map(\.line) == [1])
    }

    @Test("a UTF-16 Excel text export with TABs loads")
    func utf16TabSeparated() throws {
        let text = "site_id\tname\turl\r\n3611000003\t上饶市人民政府\thttps://www.zgsr.gov.cn/\r\n"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let inventory = try InventoryLoader.parse(bytes: bytes, strict: true)
        #expect(inventory.encoding == "UTF-16LE")
        #expect(inventory.sites.map(\.name) == ["上饶市人民政府"])
    }
}
