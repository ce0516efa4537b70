import Foundation
import Testing
@testable import Reports

/// Opens circular.docx with python-docx and sites.xlsx with openpyxl (scripts/read-office-file)
/// and checks what a real reader sees: styles, text, tables, page size, cell types.
@Suite("circular.docx and sites.xlsx in real Office readers")
struct OfficeReaderTests {
    /// scripts/read-office-file's JSON for `path`.
    static func read(_ path: String, file: String = #filePath) throws -> [String: Any] {
        let script = URL(fileURLWithPath: file).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scripts/read-office-file").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, path]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "read-office-file failed: \(message)")
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func written(_ summary: SweepSummary) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("office-\(UUID().uuidString)").path
        _ = try ReportWriter.write(summary, to: dir)
        return dir
    }

    @Test("circular.docx: A4, the title and numbered sections as headings, FangSong text, attachment tables")
    func circularDocx() throws {
        let dir = try Self.written(SampleSweep.summary)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let doc = try Self.read(dir + "/circular.docx")
        #expect(doc["title"] as? String == "关于2024年第一季度全省政府网站检查情况的通报")
        #expect(doc["page_mm"] as? [Int] == [210, 297])
        let paragraphs = try #require(doc["paragraphs"] as? [[String: String]])
        #expect(paragraphs.first?["style"] == "Title")
        #expect(paragraphs.first?["text"] == "关于2024年第一季度全省政府网站检查情况的通报")
        #expect(paragraphs.filter { $0["style"] == "Heading 1" }.map { $0["text"]! } == ["一、总体情况", "二、存在的主要问题", "三、整改要求"])
        #expect(paragraphs.contains { $0["style"] == "Heading 2" && $0["text"] == "（一）站点无法访问" })
        #expect(paragraphs.contains { $0["style"] == "Normal" && $0["text"]!.contains("本次检查网站5个，合格3个，合格率60.0%。") })
        #expect(paragraphs.filter { $0["style"] == "Attachment Title" }.map { $0["text"]! }
            == ["附件1　各地区、各部门政府网站检查情况", "附件2　检查不合格的政府网站", "附件3　政府网站得分情况",
                "附件4　互动交流栏目留言办理情况"])
        let fonts = try #require(doc["fonts"] as? [String: Any])
        #expect(fonts["Normal"] as? String == "FangSong")
        #expect(fonts["Title"] as? String == "SimSun")

        let tables = try #require(doc["tables"] as? [[String: Any]])
        try #require(tables.count == 4)
        let regions = try #require(tables[0]["rows"] as? [[String]])
        #expect(regions.map { $0[1] } == ["所属地方", "省直部门", "赣州市", "上饶市"])
        let failed = try #require(tables[1]["rows"] as? [[String]])
        #expect(failed[0] == ["序号", "所属地方", "网站名称", "网站标识码", "存在的问题"])
        #expect(failed[1] == ["1", "省直部门", "江西省财政厅", "bm01000001", "站点无法访问"])
        #expect(failed.count == 3)
        for table in tables {
            let repeats = try #require(table["header_repeats"] as? [Bool])
            #expect(repeats.first == true && repeats.dropFirst().allSatisfy { !$0 }, "only the header row repeats on every page")
        }
        let scores = try #require(tables[2]["rows"] as? [[String]])
        #expect(scores.contains(["3", "赣州市", "<script>alert(\"x\")</script>赣县区, \"测试\"站", "3607210002", "60"]))
    }

    @Test("sites.xlsx: identifiers and text as text, scores and counts as numbers, Chinese headers, a sheet per problem")
    func sitesXlsx() throws {
        let dir = try Self.written(SampleSweep.summary)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let book = try Self.read(dir + "/sites.xlsx")
        let sheets = try #require(book["sheets"] as? [[String: Any]])
        #expect(sheets.map { $0["name"] as? String } == [
            "网站一览", "站点无法访问", "首页2周未更新", "栏目更新不及时", "空白栏目", "链接打不开", "附件打不开",
            "发稿日期超前", "未设置“我为政府网站找错”入口",
        ])
        #expect(sheets[0]["frozen"] as? String == "A2")
        let rows = try #require(sheets[0]["rows"] as? [[[String: Any]]])
        let header = rows[0].map { $0["value"] as? String ?? "" }
        #expect(Array(header.prefix(9)) == ["网站标识码", "网站名称", "主办单位", "所属地方", "级别", "得分", "是否合格", "单项否决", "存在的突出问题"])
        #expect(header.allSatisfy { !$0.isEmpty && !$0.contains("_") })
        #expect(rows.count == 6)
        #expect(rows.dropFirst().allSatisfy { $0[0]["type"] as? String == "s" }, "网站标识码 is text")
        let ganzhou = try #require(rows.first { $0[0]["value"] as? String == "3607000001" })
        #expect(ganzhou[4]["value"] as? String == "市级")
        #expect(ganzhou[5]["type"] as? String == "n")
        #expect(ganzhou[5]["value"] as? Int == 0)
        #expect(ganzhou[6]["value"] as? String == "不合格")
        let yiyang = try #require(rows.first { $0[0]["value"] as? String == "3611270001" })
        #expect(yiyang[5]["value"] as? Double == 92.8)

        let links = try #require(sheets.first { $0["name"] as? String == "链接打不开" }?["rows"] as? [[[String: Any]]])
        #expect(links.count == 1 + 1 + 13)
        #expect(links[0].map { $0["value"] as? String } == ["网站标识码", "网站名称", "所属地方", "性质", "页面", "链接目标", "栏目", "日期", "扣分", "说明"])
        #expect(links.contains { $0[5]["value"] as? String == "https://www.zgyy.gov.cn/old/zwgk.html" && $0[8]["value"] as? Int == 1 })
    }

    @Test("an unfinished sweep's Office files say 未完成 and list the unjudged sites apart")
    func partialOffice() throws {
        let dir = try Self.written(SampleSweep.partialSummary)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let doc = try Self.read(dir + "/circular.docx")
        #expect(doc["title"] as? String == "关于2024年第一季度全省政府网站检查情况的通报（未完成）")
        let tables = try #require(doc["tables"] as? [[String: Any]])
        let unjudged = try #require(tables.last?["rows"] as? [[String]])
        #expect(unjudged == [["序号", "所属地方", "网站名称", "网站标识码"], ["1", "省直部门", "江西省财政厅", "bm01000001"],
                             ["2", "赣州市", "赣州市人民政府", "3607000001"], ["3", "上饶市", "上饶市人民政府", "3611000003"]])
        let book = try Self.read(dir + "/sites.xlsx")
        let sheets = try #require(book["sheets"] as? [[String: Any]])
        #expect(sheets.first?["name"] as? String == "网站一览（未完成）")
        let rows = try #require(sheets.first?["rows"] as? [[[String: Any]]])
        #expect(rows.filter { $0[6]["value"] as? String == "未检查" }.count == 3)
    }

    @Test("a 复查 circular.docx has its own title and the per-site table")
    func recheckDocx() throws {
        let dir = try Self.written(SampleSweep.recheckSummary)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let doc = try Self.read(dir + "/circular.docx")
        #expect(doc["title"] as? String == "关于2024年第一季度全省政府网站整改复查情况的通报")
        let tables = try #require(doc["tables"] as? [[String: Any]])
        let rows = try #require(tables.first?["rows"] as? [[String]])
        #expect(rows.last == ["4", "上饶市", "弋阳县人民政府", "3611270001", "1", "4", "1", "合格"])
    }
}
