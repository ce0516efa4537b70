import GovSweepProtocol
import Testing
@testable import PageAnalysis

@Suite("Consultation columns (互动交流): message lists and message pages")
struct MessageBoardTests {
    static func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    @Test("a headed table gives each row's title, link, dates and status; the search form is no message")
    func headedTable() throws {
        let page = Fixtures.analyze("message-list-table.html", url: "https://www.yanshan.gov.cn/col/xzxx/index.html")
        let messages = try #require(page.messages)
        #expect(messages.count == 3)
        #expect(messages[0] == BoardMessage(
            url: "https://www.yanshan.gov.cn/col/xzxx/202312/t20231218_1101.html", title: "关于河口镇路灯损坏的反映",
            asked: Self.date("2023-12-18"), replied: nil, status: .inProgress))
        #expect(messages[1].asked == Self.date("2023-11-20"))
        #expect(messages[1].replied == Self.date("2023-11-22"))
        #expect(messages[1].status == .answered)
        #expect(messages[2].status == .unanswered)
        #expect(messages.allSatisfy { $0.replyHash == nil })
    }

    @Test("rows drawn from a Hanweb data island label their own dates; a bare status word is read")
    func dataIsland() throws {
        let page = Fixtures.analyze("message-list-island.html", url: "https://jyj.zgsr.gov.cn/col/col3310/index.html")
        let messages = try #require(page.messages)
        #expect(messages.map(\.title) == ["学生营养餐收费问题", "校车接送时间调整"])
        #expect(messages[0].url == "https://jyj.zgsr.gov.cn/art/2023/12/11/art_3310_90211.html")
        #expect(messages[0].replied == Self.date("2023-12-13"))
        #expect(messages[0].status == .answered)
        #expect(messages[1].asked == Self.date("2023-12-01"))
        #expect(messages[1].replied == nil)
        #expect(messages[1].status == .unanswered)
    }

    @Test("a list whose header is a row of spans, with bracketed dates and a dash for no reply")
    func spanList() throws {
        let page = Fixtures.analyze("message-list-spans.html", url: "http://www.example.gov.cn/zxts/list.jsp")
        let messages = try #require(page.messages)
        #expect(messages.count == 2)
        #expect(messages[0].title == "新生儿医保参保流程")
        #expect(messages[0].url == "http://www.example.gov.cn/zxts/content.jsp?id=771")
        #expect(messages[0].replied == Self.date("2023-12-15"))
        #expect(messages[0].status == .answered)
        #expect(messages[1].replied == nil)
        #expect(messages[1].status == .inProgress)
    }

    @Test("a message page in a table gives its reply's fingerprint over the reply's paragraphs only")
    func messagePageTable() throws {
        let url = "https://www.yanshan.gov.cn/col/xzxx/202311/t20231120_1100.html"
        let page = Fixtures.analyze("message-page-table.html", url: url)
        let message = try #require(page.messages?.first)
        #expect(page.messages?.count == 1)
        #expect(message.url == url)
        #expect(message.title == "关于城区停车收费标准的咨询")
        #expect(message.asked == Self.date("2023-11-20"))
        #expect(message.replied == Self.date("2023-11-22"))
        #expect(message.status == .answered)
        let reply = "您好！城区路边停车位白天首小时2元，此后每小时1元；夜间20时至次日8时免费。感谢您的来信。"
        let expected = try #require(MessageBoardLabels.fingerprint(of: reply))
        #expect(message.replyHash == expected.hash)
        #expect(message.replyLength == expected.length)
    }

    @Test("a reply in blocks beside its label stops at the next label; the page title stands in for a missing one")
    func messagePageDivs() throws {
        let answered = try #require(Fixtures.analyze("message-page-reply-divs.html", url: "https://jyj.zgsr.gov.cn/art/2023/12/11/art_3310_90211.html").messages?.first)
        #expect(answered.title == "学生营养餐收费问题")
        #expect(answered.replied == Self.date("2023-12-13"))
        #expect(answered.replyHash == MessageBoardLabels.fingerprint(of: "您好！营养餐收费标准按照市发改委文件执行，每生每天4元。")?.hash)

        let pending = try #require(Fixtures.analyze("message-page-divs.html", url: "https://jyj.zgsr.gov.cn/art/2023/12/01/art_3310_90190.html").messages?.first)
        #expect(pending.title == "校车接送时间调整_留言选登")
        #expect(pending.asked == Self.date("2023-12-01"))
        #expect(pending.status == .inProgress)
        #expect(pending.replyHash == nil)
    }

    @Test("a message page names itself by its own address, whatever its <base> says")
    func ownAddressDespiteBase() throws {
        let html = """
            <html><head><base href="https://cdn.example.gov.cn/static/"><title>路灯</title></head><body>
            <table><tr><th>来信时间</th><td>2023-12-01</td></tr><tr><th>办理状态</th><td>已回复</td></tr></table></body></html>
            """
        let page = Fixtures.analyze(html: html, url: "https://www.example.gov.cn/hdjl/xj_9.html")
        #expect(page.messages?.first?.url == "https://www.example.gov.cn/hdjl/xj_9.html")
        #expect(page.messages?.first?.status == .answered)
    }

    @Test("an article that only talks about letters and replies shows no message")
    func articleIsNoMessage() {
        let page = Fixtures.analyze("article-mentions-letters.html", url: "https://www.yanshan.gov.cn/col/gzdt/202312/t20231212_1.html")
        #expect(page.messages == nil)
        let plain = Fixtures.analyze(html: "<html><body><ul><li><a href='a.html'>工作动态</a><span>2023-12-01</span></li></ul></body></html>")
        #expect(plain.messages == nil)
    }

    @Test("fingerprints ignore spacing and punctuation, and differ for different words")
    func fingerprints() throws {
        let a = try #require(MessageBoardLabels.fingerprint(of: "您好！已转交 相关部门办理。"))
        let b = try #require(MessageBoardLabels.fingerprint(of: "您好，已转交相关部门办理"))
        let c = try #require(MessageBoardLabels.fingerprint(of: "您好，已转交有关部门办理"))
        #expect(a.hash == b.hash)
        #expect(a.length == 11)
        #expect(a.hash != c.hash)
        #expect(a.hash.count == 16)
        #expect(MessageBoardLabels.fingerprint(of: "！。，") == nil)
    }

    @Test("status words read into three states")
    func statuses() {
        #expect(MessageBoardLabels.status(in: "已回复") == .answered)
        #expect(MessageBoardLabels.status(in: "【已办结】") == .answered)
        #expect(MessageBoardLabels.status(in: "未答复") == .unanswered)
        #expect(MessageBoardLabels.status(in: "办理中") == .inProgress)
        #expect(MessageBoardLabels.status(in: "工作动态") == nil)
    }
}
