import Foundation
import GovSweepProtocol
import Testing
@testable import Rules

@Suite("Consultation columns: overdue, late, copied and silent replies")
struct MessageRulesTests {
    static let board = "\(Evidence.home)hdjl/xjlb/index.html"

    static func url(_ id: Int) -> String { "\(Evidence.home)hdjl/xjlb/xj_\(id).html" }

    /// A list page holding `messages`, as a worker reports it.
    static func list(_ messages: [BoardMessage]) -> PageReport {
        var page = PageReport(url: board, status: 200, role: .column, kind: .columnList)
        page.messages = messages
        return page
    }

    /// A message's own page carrying its reply's fingerprint.
    static func page(_ id: Int, asked: Int, replied: Int?, hash: String?, length: Int = 40) -> PageReport {
        var page = PageReport(url: url(id), status: 200, role: .article, kind: .article)
        page.messages = [BoardMessage(
            url: url(id), title: "", asked: Evidence.ago(asked), replied: replied.map(Evidence.ago),
            status: replied == nil ? .unanswered : .answered, replyHash: hash, replyLength: hash == nil ? nil : length)]
        return page
    }

    static func row(_ id: Int, asked: Int, replied: Int?, status: MessageStatus? = nil) -> BoardMessage {
        BoardMessage(url: url(id), title: "留言\(id)", asked: Evidence.ago(asked), replied: replied.map(Evidence.ago),
                     status: status ?? (replied == nil ? .unanswered : .answered))
    }

    static func judge(_ pages: [PageReport], rules: RuleSet = .builtIn) -> SiteVerdict {
        Evidence.judge(Evidence.evidence([Evidence.freshHomepage] + pages), rules: rules)
    }

    @Test("a message unanswered for over 3 months within the last year vetoes; younger or older ones do not")
    func overdue() throws {
        let verdict = Self.judge([Self.list([
            Self.row(1, asked: 5, replied: 3), Self.row(2, asked: 100, replied: nil), Self.row(3, asked: 60, replied: nil, status: .inProgress),
            Self.row(4, asked: 400, replied: nil), Self.row(5, asked: 120, replied: nil, status: .answered),
        ])])
        let vetoes = verdict.findings(.messageUnanswered)
        #expect(vetoes.count == 1)
        let veto = try #require(vetoes.first)
        #expect(veto.url == Self.url(2))
        #expect(veto.severity == .veto)
        #expect(veto.date == Evidence.ago(100))
        #expect(!verdict.passed)
        let summary = try #require(verdict.messageBoard)
        #expect(summary.messagesSeen == 5)
        #expect(summary.messagesInYear == 4)
        #expect(summary.answeredInYear == 2)
        #expect(summary.overdue == 1)
        #expect(summary.url == Self.board)
    }

    @Test("the line is the rules': at 4 months the 100-day message is not overdue")
    func overdueLineFromRules() {
        var rules = RuleSet.builtIn
        rules.messages?.unansweredAfterMonths = 4
        let verdict = Self.judge([Self.list([Self.row(1, asked: 5, replied: 3), Self.row(2, asked: 100, replied: nil)])], rules: rules)
        #expect(verdict.findings(.messageUnanswered).isEmpty)
    }

    @Test("replies later than 3 days: one notice with the share and the median; a reply on the third day is not late")
    func lateReplies() throws {
        let onTime = Self.judge([Self.list([Self.row(1, asked: 10, replied: 7), Self.row(2, asked: 20, replied: 19)])])
        #expect(onTime.findings(.messageReplyLate).isEmpty)
        #expect(onTime.messageBoard?.medianReplyDays == 2)

        let late = Self.judge([Self.list([
            Self.row(1, asked: 30, replied: 27), Self.row(2, asked: 40, replied: 28), Self.row(3, asked: 50, replied: 48),
            Self.row(4, asked: 60, replied: 45),
        ])])
        let finding = try #require(late.findings(.messageReplyLate).first)
        #expect(late.findings(.messageReplyLate).count == 1)
        #expect(finding.severity == .notice)
        #expect(finding.detail.contains("50%"))
        let summary = try #require(late.messageBoard)
        #expect(summary.timedReplies == 4)
        #expect(summary.lateReplies == 2)
        #expect(summary.medianReplyDays == 7.5)
        #expect(MessageBoardJudgement.median([3, 1, 2]) == 2)
        #expect(MessageBoardJudgement.median([]) == nil)
    }

    @Test("the same long reply under different messages is copied; a short set phrase or one message on two pages is not")
    func copiedReplies() throws {
        let copied = Self.judge([
            Self.list([Self.row(1, asked: 5, replied: 4), Self.row(2, asked: 9, replied: 8), Self.row(3, asked: 12, replied: 10)]),
            Self.page(1, asked: 5, replied: 4, hash: "aaaa"), Self.page(2, asked: 9, replied: 8, hash: "aaaa"),
            Self.page(3, asked: 12, replied: 10, hash: "bbbb"),
        ])
        let finding = try #require(copied.findings(.messageReplyCopied).first)
        #expect(copied.findings(.messageReplyCopied).count == 1)
        #expect(finding.url == Self.url(1))
        #expect(finding.detail.contains("留言1") && finding.detail.contains("留言2"))
        #expect(copied.messageBoard?.copiedReplies == 2)
        #expect(copied.messageBoard?.messagesSeen == 3)

        let setPhrase = Self.judge([
            Self.list([Self.row(1, asked: 5, replied: 4), Self.row(2, asked: 9, replied: 8)]),
            Self.page(1, asked: 5, replied: 4, hash: "cccc", length: 8), Self.page(2, asked: 9, replied: 8, hash: "cccc", length: 8),
        ])
        #expect(setPhrase.findings(.messageReplyCopied).isEmpty)

        var second = Self.list([Self.row(1, asked: 5, replied: 4)])
        second.url = Self.board + "?page=2"
        let samePage = Self.judge([Self.list([Self.row(1, asked: 5, replied: 4)]), second, Self.page(1, asked: 5, replied: 4, hash: "dddd")])
        #expect(samePage.findings(.messageReplyCopied).isEmpty)
        #expect(samePage.messageBoard?.messagesSeen == 1)
    }

    @Test("a column whose newest reply is over 2 months old deducts, dated by that reply")
    func staleBoard() throws {
        let stale = Self.judge([Self.list([Self.row(1, asked: 100, replied: 98), Self.row(2, asked: 130, replied: 128)])])
        let finding = try #require(stale.findings(.messageBoardStale).first)
        #expect(finding.date == Evidence.ago(98))
        #expect(finding.severity == .deduct)
        #expect(finding.points == 3)
        #expect(stale.messageBoard?.latestReply == Evidence.ago(98))

        let fresh = Self.judge([Self.list([Self.row(1, asked: 20, replied: 18)])])
        #expect(fresh.findings(.messageBoardStale).isEmpty)
        let undated = Self.judge([Self.list([Self.row(1, asked: 200, replied: nil, status: .answered)])])
        #expect(undated.findings(.messageBoardStale).isEmpty)
    }

    @Test("a message page reached through a redirect is the row that links to it")
    func redirectedMessagePage() throws {
        var moved = Self.page(1, asked: 5, replied: 4, hash: "eeee")
        moved.finalURL = "\(Evidence.home)hdjl/xjlb/xj_1_new.html"
        moved.messages![0].url = moved.finalURL
        let verdict = Self.judge([Self.list([Self.row(1, asked: 5, replied: 4)]), moved])
        #expect(verdict.messageBoard?.messagesSeen == 1)
        #expect(verdict.messageBoard?.url == Self.board)
    }

    @Test("a site without messages has no figures and no message findings")
    func noBoard() {
        let verdict = Self.judge([])
        #expect(verdict.messageBoard == nil)
        #expect(!verdict.findings.contains { $0.check.rawValue.hasPrefix("message_") })
    }

    @Test("rules files: the message lines can be overridden and bad values are refused")
    func rulesFile() throws {
        let rules = try RuleSet.overriding(.builtIn, with: Data(#"{"messages": {"late_after_days": 5}}"#.utf8), source: "t.json")
        #expect(rules.messageRules.lateAfterDays == 5)
        #expect(rules.messageRules.unansweredAfterMonths == 3)
        #expect(throws: RulesError.self) {
            try RuleSet.overriding(.builtIn, with: Data(#"{"messages": {"late_share_above": 2}}"#.utf8), source: "t.json")
        }
        var old = RuleSet.builtIn
        old.messages = nil
        #expect(old.messageRules == .builtIn)
    }

    @Test("page reports without messages, as older workers send them, still decode")
    func oldReportsDecode() throws {
        let json = #"{"url":"https://a.gov.cn/","role":"homepage","kind":"homepage","items":[],"hits":[],"depth":0}"#
        let report = try JSONDecoder().decode(PageReport.self, from: Data(json.utf8))
        #expect(report.messages == nil)
        var withMessages = report
        withMessages.messages = [BoardMessage(url: nil, title: "t", asked: Evidence.ago(1), status: .answered, replyHash: "ab", replyLength: 3)]
        let again = try JSONDecoder().decode(PageReport.self, from: JSONEncoder().encode(withMessages))
        #expect(again == withMessages)
    }
}
