import GovSweepProtocol
import Testing
@testable import PageAnalysis

/// The label families of the usual consultation-column platforms beyond 办理状态 and 回复时间: lists
/// whose answer column is 处理情况 or 是否回复, lists that say nothing about answers, and message
/// pages whose reply sits under 处理情况 with the state under 办事状态.
@Suite("Consultation columns: the platforms' other labels")
struct MessageBoardLabelFamilyTests {
    static func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    @Test("a list with no status or reply column gives no messages, so none reads as unanswered")
    func listWithoutAnswerColumn() {
        let page = Fixtures.analyze("message-list-no-answer-column.html", url: "http://jtj.yanshan.gov.cn/jzxx/HotList.aspx")
        #expect(page.messages == nil)
    }

    @Test("a 处理情况 column is the list's status column")
    func handlingColumn() throws {
        let page = Fixtures.analyze("message-list-handling-column.html", url: "http://www.ptzhsp.gov.cn/webSiteController/view.do")
        let messages = try #require(page.messages)
        #expect(messages.map(\.title) == ["二手房过户需要带哪些材料", "窗口午休时间无人值守"])
        #expect(messages.map(\.asked) == [Self.date("2023-12-02"), Self.date("2023-11-29")])
        #expect(messages.map(\.status) == [.answered, .inProgress])
        #expect(messages[0].url == "http://www.ptzhsp.gov.cn/webSiteController/letterController/detail.do?entityId=402881e48c2a")
    }

    @Test("a 是否回复 column reads 是 as answered and 否 as unanswered; 来信主题 names the title")
    func answeredFlagColumn() throws {
        let page = Fixtures.analyze("message-list-flag-column.html", url: "http://www.hekou.gov.cn/hd/sjxx/list.asp")
        let messages = try #require(page.messages)
        #expect(messages.count == 2)
        #expect(messages[0].title == "河口老街排水沟堵塞")
        #expect(messages[0].asked == Self.date("2023-12-05"))
        #expect(messages[0].status == .unanswered)
        #expect(messages[1].status == .answered)
        #expect(messages[1].url == "http://www.hekou.gov.cn/hd/sjxx/show.asp?id=327")
    }

    @Test("a message page with 办事状态 and the reply under 处理情况 is answered and fingerprinted")
    func handlingReplyPage() throws {
        let url = "http://gaj.yanshan.gov.cn/DirectorMail/mail?mailid=42"
        let page = Fixtures.analyze("message-page-handling.html", url: url)
        let message = try #require(page.messages?.first)
        #expect(page.messages?.count == 1)
        #expect(message.url == url)
        #expect(message.title == "身份证到期换领需要预约吗")
        #expect(message.asked == Self.date("2023-11-15"))
        #expect(message.status == .answered)
        let reply = try #require(MessageBoardLabels.fingerprint(of: "您好！换领身份证无需预约，请携带旧证到户籍窗口办理。感谢您的来信。"))
        #expect(message.replyHash == reply.hash)
        #expect(message.replyLength == reply.length)
    }

    @Test("a 处理情况 label with a status word on a message page is the status, not a reply")
    func handlingStatusOnPage() throws {
        let html = """
            <html><head><title>信件详情</title></head><body><div class="xj">
            <p><span>来信时间：</span><span>2023-12-08</span></p><p><span>处理情况：</span><span>办理中</span></p>
            </div></body></html>
            """
        let message = try #require(Fixtures.analyze(html: html, url: "https://www.example.gov.cn/hdjl/xj_12.html").messages?.first)
        #expect(message.status == .inProgress)
        #expect(message.replyHash == nil)
    }

    @Test("a message set aside (已退回, 不予受理) is no valid message: left out of lists and pages")
    func setAside() throws {
        let list = """
            <html><body><table>
            <tr><th>留言标题</th><th>留言时间</th><th>办理状态</th></tr>
            <tr><td><a href="ly_41.html">小区门口占道经营</a></td><td>2023-06-01</td><td>已退回</td></tr>
            <tr><td><a href="ly_40.html">菜市场噪音扰民</a></td><td>2023-05-28</td><td>不予受理</td></tr>
            <tr><td><a href="ly_39.html">公交站牌字迹不清</a></td><td>2023-05-20</td><td>已办结</td></tr>
            </table></body></html>
            """
        let messages = try #require(Fixtures.analyze(html: list, url: "https://www.example.gov.cn/hdjl/lyb/index.html").messages)
        #expect(messages.map(\.title) == ["公交站牌字迹不清"])
        #expect(messages.first?.status == .answered)

        let page = """
            <html><head><title>留言详情</title></head><body>
            <p><span>留言时间：</span><span>2023-06-01</span></p><p><span>办理状态：</span><span>已退回</span></p></body></html>
            """
        #expect(Fixtures.analyze(html: page, url: "https://www.example.gov.cn/hdjl/lyb/ly_41.html").messages == nil)
        #expect(MessageBoardLabels.setsAside("【已退回】"))
        #expect(!MessageBoardLabels.setsAside("已受理"))
        #expect(!MessageBoardLabels.setsAside("已回复"))
    }

    @Test("yes-or-no answers and the added status labels")
    func labels() {
        #expect(MessageBoardLabels.answeredFlag(in: "是") == .answered)
        #expect(MessageBoardLabels.answeredFlag(in: " 否 ") == .unanswered)
        #expect(MessageBoardLabels.answeredFlag(in: "是否") == nil)
        #expect(MessageBoardLabels.field(named: "办事状态：") == .status)
        #expect(MessageBoardLabels.field(named: "受理状态") == .status)
        #expect(MessageBoardLabels.field(named: "处理情况") == .handling)
        #expect(MessageBoardLabels.field(named: "是否回复") == .answeredFlag)
        #expect(MessageBoardLabels.field(named: "来信主题") == .title)
        #expect(MessageBoardLabels.labelled("当前状态：已回复")?.field == .status)
    }

    @Test("every status and set-aside word holds a key scalar that no other character is canonically the same as")
    func statusKeysCoverEveryWord() {
        let statusWords = MessageBoardLabels.unansweredWords + MessageBoardLabels.answeredWords + MessageBoardLabels.inProgressWords
        for word in statusWords {
            #expect(word.unicodeScalars.contains { MessageBoardLabels.statusKeys.contains($0) }, "\(word)")
        }
        for word in MessageBoardLabels.setAsideWords {
            #expect(word.unicodeScalars.contains { MessageBoardLabels.setAsideKeys.contains($0) }, "\(word)")
        }
        // The CJK compatibility ideographs are the characters canonically the same as an ideograph.
        let keys = MessageBoardLabels.statusKeys.union(MessageBoardLabels.setAsideKeys)
        for value in Array(0xF900...0xFAFF) + Array(0x2F800...0x2FA1F) {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let same = keys.contains { Character(scalar) == Character($0) }
            #expect(!same, "U+\(String(value, radix: 16))")
        }
        #expect(Character("\u{F967}") == Character("不"), "the check can see a compatibility ideograph's equivalence")
        #expect(MessageBoardLabels.status(in: "已回复") == .answered && MessageBoardLabels.status(in: "发布时间") == nil)
        #expect(MessageBoardLabels.setsAside("不予受理") && !MessageBoardLabels.setsAside("已回复"))
        #expect(MessageBoardLabels.labelled("来信时间 2024-01-02") == nil && MessageBoardLabels.labelled("来信时间:2024-01-02")?.field == .asked)
        // A cell names a field only when it keeps at most 6 scalars; a compatibility ideograph is one.
        #expect(MessageBoardLabels.field(named: " 【来信时间】： ") == .asked)
        #expect(MessageBoardLabels.field(named: "处\u{F9E4}情况") == .handling)
        #expect(MessageBoardLabels.field(named: "来信时间来信时间") == nil)
    }
}
