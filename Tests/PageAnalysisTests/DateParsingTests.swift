import GovSweepProtocol
import Testing
@testable import PageAnalysis

@Suite("Date parsing")
struct DateParsingTests {
    let asOf = Fixtures.date("2023-12-20")

    @Test("full dates in every separator style, with or without a time", arguments: [
        "2023-12-13", "2023/12/13", "2023.12.13", "2023年12月13日", "2023-12-13 10:46:00", "发布于2023年12月13日 10时",
        "[2023-12-13]", "２０２３-１２-１３", "2023年12月13号",
    ])
    func fullDates(text: String) {
        #expect(DateParsing.firstDate(in: text, asOf: asOf) == Fixtures.date("2023-12-13"))
    }

    @Test("yearless dates take the latest year not after the as-of date")
    func yearless() {
        #expect(DateParsing.firstDate(in: "[12-13]", asOf: asOf) == Fixtures.date("2023-12-13"))
        #expect(DateParsing.firstDate(in: "(12/13)", asOf: asOf) == Fixtures.date("2023-12-13"))
        #expect(DateParsing.firstDate(in: "12-28", asOf: asOf) == Fixtures.date("2022-12-28"))
        #expect(DateParsing.firstDate(in: "12月13日", asOf: asOf) == Fixtures.date("2023-12-13"))
        #expect(DateParsing.firstDate(in: "12-20", asOf: asOf) == Fixtures.date("2023-12-20"))
        #expect(DateParsing.resolve(month: 2, day: 29, asOf: asOf) == Fixtures.date("2020-02-29"))
    }

    @Test("a date with a year beats an earlier yearless one")
    func fullBeatsYearless() {
        #expect(DateParsing.firstDate(in: "12-01 更新 2023-11-30", asOf: asOf) == Fixtures.date("2023-11-30"))
    }

    @Test("things that are not dates", arguments: [
        "2023-13-01", "2023-02-30", "电话 0793-8221234", "12-13-14", "共1-2页", "第12345-67号", "版本 1.2.3", "20231213",
        "3.14", "",
    ])
    func notDates(text: String) {
        #expect(DateParsing.firstDate(in: text, asOf: asOf) == nil)
    }

    @Test("Chinese numeral dates of formal documents")
    func chineseNumerals() {
        #expect(DateParsing.chineseNumeralDate(in: "上饶市人民政府\n二〇二三年十二月十三日") == Fixtures.date("2023-12-13"))
        #expect(DateParsing.chineseNumeralDate(in: "二○二四年一月五日") == Fixtures.date("2024-01-05"))
        #expect(DateParsing.chineseNumeralDate(in: "二〇二三年二月三十日") == nil)
        #expect(DateParsing.chineseNumeralDate(in: "十二月十三日") == nil)
    }

    @Test("Chinese numeral dates found from each 年 are those found by trying every scalar")
    func chineseNumeralsFromYearMarks() {
        let pieces = ["二", "〇", "○", "零", "O", "Ｏ", "一", "三", "九", "十", "年", "月", "日", "号", "二〇二三年", "十二月",
                      "三十一日", "二月", "，", " ", "a", "\u{301}", "落款", "𠀀"]
        var random = SplitMix64(seed: 2_612_05)  // seeded, so that a failure can be replayed
        var found = 0
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<(1 + random.next(below: 14)) { text += pieces[Int(random.next(below: UInt64(pieces.count)))] }
            let expected = DateParsing.chineseNumeralDate(inScalars: Array(text.unicodeScalars), anchored: false)
            #expect(DateParsing.chineseNumeralDate(in: text) == expected, "\(text)")
            if expected != nil { found += 1 }
        }
        #expect(found > 200)  // the pieces make dates often enough for the comparison to mean something
    }

    @Test("labelled dates: 发布时间 beats a bare 日期 and 成文日期")
    func labels() {
        #expect(DateParsing.labelledDate(in: "成文日期：2023-12-01\n发布时间：2023-12-13 10:46", asOf: asOf)
            == Fixtures.date("2023-12-13"))
        #expect(DateParsing.labelledDate(in: "日期：2023年12月13日 来源：县统计局", asOf: asOf) == Fixtures.date("2023-12-13"))
        #expect(DateParsing.labelledDate(in: "发布日期\n2023-12-13", asOf: asOf) == Fixtures.date("2023-12-13"))
        #expect(DateParsing.labelledDate(in: "会议时间：2023-12-25", asOf: asOf) == nil)
        #expect(DateParsing.labelledDate(in: "成文日期：二〇二三年十二月十日", asOf: asOf) == Fixtures.date("2023-12-10"))
    }

    @Test("dates CMSs write into URLs", arguments: [
        ("https://a.gov.cn/col/gzdt/202312/t20231213_4567890.html", "2023-12-13"),
        ("https://a.gov.cn/art/2023/12/13/art_1234_56789.html", "2023-12-13"),
        ("https://a.gov.cn/art/2023/12/8/art_1234_56700.html", "2023-12-08"),
        ("https://a.gov.cn/news/2023-12/13/content_1.htm", "2023-12-13"),
        ("https://a.gov.cn/news/2023-12-13/1.shtml", "2023-12-13"),
        ("https://a.gov.cn/news/20231213/1.html", "2023-12-13"),
    ])
    func urls(url: String, iso: String) {
        #expect(DateParsing.date(inURL: url) == Fixtures.date(iso))
    }

    @Test("URLs without a day", arguments: [
        "https://a.gov.cn/col/gzdt/202312/index.html", "https://a.gov.cn/content.jsp?id=20231213",
        "https://a.gov.cn/col/col1234/index.html", "https://a.gov.cn/t2023_1.html",
    ])
    func urlsWithoutDates(url: String) {
        #expect(DateParsing.date(inURL: url) == nil)
    }
}

@Suite("Dates in Chinese numerals")
struct ChineseNumeralDateTests {
    let asOf = CivilDate(year: 2026, month: 12, day: 1)!

    @Test(arguments: [
        ("二〇二六年十一月七日", "2026-11-07"), ("二零二六年十一月七日", "2026-11-07"), ("二○二六年十二月三十一日", "2026-12-31"),
        ("二〇二六年一月十日", "2026-01-10"), ("二〇二六年十月二十日", "2026-10-20"), ("[二〇二六年十一月七日]", "2026-11-07"),
        ("二〇二六年十一月", "2026-11-01"),
    ])
    func read(text: String, iso: String) {
        #expect(DateParsing.firstDate(in: text, asOf: asOf)?.iso == iso)
    }

    @Test("a full date wins over a year and month; words that are no dates are not read")
    func priorities() {
        #expect(DateParsing.firstDate(in: "二〇二六年十一月工作安排（二〇二六年十月九日印发）", asOf: asOf)?.iso == "2026-10-09")
        #expect(DateParsing.firstDate(in: "二〇二六年工作要点", asOf: asOf) == nil)
        #expect(DateParsing.firstDate(in: "二〇二六年十三月一日", asOf: asOf) == nil)
        #expect(DateParsing.chineseNumeralDate(in: "落款：二〇二六年十一月七日") == CivilDate(year: 2026, month: 11, day: 7))
    }

    @Test("a list item dated in Chinese numerals gets its date and a clean title")
    func listItem() {
        let html = """
            <html><head><meta name="ColumnName" content="政策文件"></head><body><ul class="list">
            <li><a href="/art/2026/11/7/art_1_2.html">关于印发实施方案的通知</a><span>二〇二六年十一月七日</span></li>
            <li><a href="/art/2026/10/9/art_1_1.html">关于做好冬季安全生产工作的通知 二〇二六年十月九日</a></li>
            </ul></body></html>
            """
        let page = PageAnalyzer().analyze(PageInput(url: "http://www.a.gov.cn/col/col1/index.html", html: html, asOf: asOf))
        #expect(page.items.map { $0.date?.iso ?? "-" } == ["2026-11-07", "2026-10-09"])
        #expect(page.items.last?.title == "关于做好冬季安全生产工作的通知")
    }
}
