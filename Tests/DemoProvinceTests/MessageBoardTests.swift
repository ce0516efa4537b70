import GovSweepProtocol
import Testing
@testable import DemoProvince

@Suite("Consultation columns (领导信箱) of the demo province")
struct DemoMessageBoardTests {
    static let asOf = CivilDate(year: 2024, month: 1, day: 8)!
    static let province = Province(spec: ProvinceSpec(sites: 60, seed: 2024, asOf: asOf))

    @Test("every problem is planted once on its own board, in every CMS style, with its traps beside")
    func planted() throws {
        let boards = Self.province.sites.compactMap { site in site.board.map { (site, $0) } }
        #expect(boards.count >= 15)
        for plant in BoardPlant.allCases {
            #expect(boards.contains { $0.1.plants.contains(plant) }, "\(plant) not planted")
        }
        #expect(Set(boards.map(\.0.style)) == Set(CMSStyle.allCases))
        for (_, board) in boards {
            #expect(board.plants.count <= 1)
            if board.plants.contains(.lateReplies) { #expect(!board.decoys.contains(.replyOnThirdDay)) }
            if board.plants.contains(.copiedReplies) { #expect(!board.decoys.contains(.setPhrase)) }
            #expect(board.messages.allSatisfy { ($0.replied ?? Self.asOf) <= Self.asOf })
            #expect(board.messages.allSatisfy { ($0.replied == nil) == ($0.status != .answered) })
        }
    }

    @Test("the truth plants each message check and sets its traps; overdue messages are over 3 months and within the year")
    func truth() throws {
        let truth = Self.province.groundTruth
        let expected = truth.allExpected.map(\.expectation)
        for check in [CheckID.messageUnanswered, .messageReplyLate, .messageReplyCopied, .messageBoardStale] {
            #expect(expected.contains { $0.check == check }, "\(check.rawValue) not in the truth")
            #expect(truth.sites.flatMap(\.negatives).contains { $0.check == check }, "no trap for \(check.rawValue)")
        }
        for entry in expected where entry.check == .messageUnanswered {
            let asked = try #require(entry.date)
            #expect(asked < Self.asOf.adding(months: -3) && asked >= Self.asOf.adding(months: -12))
        }
    }

    @Test("boards are linked from the menu and each style lists its messages in its own markup")
    func served() throws {
        for style in CMSStyle.allCases {
            let index = try #require(Self.province.sites.firstIndex { $0.board != nil && $0.style == style })
            let site = Self.province.sites[index]
            let renderer = SitePageRenderer(province: Self.province, siteIndex: index)
            #expect(renderer.homepage().contains("href=\"\(site.boardListPath)\">领导信箱</a>"))
            let list = renderer.boardList()
            let header = switch style {
            case .trs: "<th>信件标题</th><th>来信时间</th><th>回复时间</th><th>办理状态</th>"
            case .hanweb: "<datastore>"
            case .jsp: "<td>主题</td><td>写信时间</td><td>答复时间</td><td>状态</td>"
            }
            #expect(list.contains(header))
            let board = try #require(site.board)
            for (i, message) in board.messages.enumerated() {
                #expect(list.contains(message.title))
                let page = renderer.messagePage(i)
                #expect(page.contains(message.asked.iso))
                if let reply = message.reply { #expect(page.contains(reply)) }
                let routed = Self.province.response(host: site.hostIndex, pathAndQuery: site.messagePath(message))
                #expect(routed.status == 200)
            }
        }
    }
}
