import GovSweepProtocol
import Testing

@testable import Coordinator

@Suite("Inventory columns file")
struct InventoryColumnsTests {
    let sites: Set<String> = ["3611000003", "3611230001"]

    @Test("configured columns load per site, categories by id or Chinese name")
    func columns() throws {
        let (columns, _) = try InventoryLoader.loadColumns(path: InventoryFixture.path("columns.csv"), sites: sites)
        #expect(columns["3611000003"] == [
            ColumnRef(name: "政务要闻", url: "https://www.zgsr.gov.cn/col/col1/index.html", category: .news, source: .inventory),
            ColumnRef(name: "通知公告", url: "https://www.zgsr.gov.cn/col/col2/index.html", category: .notice, source: .inventory),
            ColumnRef(name: "政策解读", url: "https://www.zgsr.gov.cn/col/col3/index.html", category: .interpretation, source: .inventory),
        ])
        #expect(columns["3611230001"]?.map(\.category) == [.personnel])
        #expect(columns["9999999999"] == nil)
    }

    @Test("rows of unknown sites, repeats, unknown categories and bad URLs are reported by line")
    func problems() throws {
        let (_, problems) = try InventoryLoader.loadColumns(path: InventoryFixture.path("columns.csv"), sites: sites)
        #expect(problems.map(\.line) == [6, 7, 8, 9])
        #expect(problems[0].description == "line 6: site_id 9999999999 is not in the inventory")
        #expect(problems[1].description
            == "line 7: duplicate column https://www.zgsr.gov.cn/col/col1/index.html of site 3611000003 (first on line 2)")
        #expect(problems[2].reason.hasPrefix("unknown category \"专题\""))
        #expect(problems[3].description == "line 9: url \"javascript:void(0)\" is not an http(s) URL")
    }

    @Test("Chinese headers are accepted and missing ones are named")
    func chineseHeaders() throws {
        let csv = "网站标识码,栏目名称,栏目地址,栏目类别\n3611000003,人事任免,https://www.zgsr.gov.cn/col/col9/,人事信息类\n"
        let (columns, problems) = try InventoryLoader.parseColumns(bytes: Array(csv.utf8), sites: sites)
        #expect(problems.isEmpty)
        #expect(columns["3611000003"]?.first?.category == .personnel)

        let error = #expect(throws: InventoryError.self) {
            try InventoryLoader.parseColumns(bytes: Array("site_id,name,url\n".utf8), sites: sites)
        }
        #expect(error == .missingColumns(file: "the columns file", missing: ["category (栏目类别, 类别)"], found: ["site_id", "name", "url"]))
    }

    @Test("category names", arguments: [
        ("news", ColumnCategory.news), ("NOTICE", .notice), ("动态、要闻类", .news), ("动态要闻", .news),
        ("政策文件类", .policy), ("规划计划", .plan), ("其他", .other),
    ])
    func categoryNames(text: String, expected: ColumnCategory) {
        #expect(ColumnCategory(inventoryText: text) == expected)
    }
}
