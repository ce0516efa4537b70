import GovSweepProtocol

/// Gives some sites a consultation column and plants its problems and traps, from a random
/// stream of its own so that every other planted defect stays where it was.
///
/// Every third site (the second, fifth, …) that answers gets a board. The first four boards
/// carry one problem each (so a 60-site province plants every message check); later boards a
/// random one at a low rate. Every board carries traps that do not contradict its problem.
struct MessageBoardPlanter {
    let spec: ProvinceSpec
    var random: SeededRandom

    static let copiedReply = "您好！您反映的问题已转交相关职能部门办理，相关部门将按照有关规定认真研究处理，请您耐心等待。感谢您对我们工作的关注与支持！"
    static let setPhrase = "来信收悉，感谢关注。"
    static let topics = ["小区路灯损坏", "农村公路破损", "学校周边交通拥堵", "社保卡补办流程", "不动产证办理进度", "菜市场占道经营",
                         "公交线路调整", "供水压力不足", "噪音扰民", "养老保险转移", "企业开办时限", "医保异地报销", "河道垃圾清理",
                         "停车位收费标准", "老旧小区改造", "农村危房改造补助"]

    mutating func plant(into sites: inout [SiteModel], hosts: [HostModel]) {
        var boards = 0
        for index in sites.indices where index % 3 == 1 {
            let host = hosts[sites[index].hostIndex]
            guard !host.refuses, !host.hangs, !sites[index].defects.contains(.unreachable) else { continue }
            var plants: Set<BoardPlant> = []
            if boards < BoardPlant.allCases.count {
                plants.insert(BoardPlant.allCases[boards])
            } else if random.chance(0.15) {
                plants.insert(random.pick(BoardPlant.allCases))
            }
            var decoys: Set<BoardDecoy> = [.oldUnanswered]
            if !plants.contains(.staleReplies) { decoys.insert(.recentPending) }
            if !plants.contains(.lateReplies) { decoys.insert(.replyOnThirdDay) }
            if !plants.contains(.copiedReplies) { decoys.insert(.setPhrase) }
            sites[index].board = makeBoard(site: sites[index], plants: plants, decoys: decoys)
            boards += 1
        }
    }

    private mutating func makeBoard(site: SiteModel, plants: Set<BoardPlant>, decoys: Set<BoardDecoy>) -> MessageBoardModel {
        let asOf = spec.asOf
        // Stale boards fell silent 3–5 months ago; the others answered last a few days ago.
        let newestAsked = plants.contains(.staleReplies) ? random.int(in: 95...150) : random.int(in: 4...8)
        var messages: [MessageModel] = []
        var nextID = 1001
        func add(asked: CivilDate, delay: Int?, status: MessageStatus, reply: String?) {
            let topic = Self.topics[(nextID + site.hostIndex) % Self.topics.count]
            let title = "关于\(topic)的咨询（\(nextID - 1000)）"
            let question = "您好，我想咨询\(topic)的有关情况，希望有关部门予以答复。"
            let replied = delay.map { asked.adding(days: $0) }
            let text = reply ?? (delay == nil ? nil
                : "您好！关于您反映的\(topic)问题，经\(site.unit)核实，已安排专人跟进处理，办件编号XJ\(nextID)。如有疑问请拨打咨询电话。")
            messages.append(MessageModel(id: nextID, title: title, asked: asked, replied: replied, status: status, reply: text, question: question))
            nextID += 1
        }
        var asked = asOf.adding(days: -newestAsked)
        for position in 0..<12 {
            var delay = random.int(in: 1...3)
            var reply: String?
            if plants.contains(.lateReplies), position >= 2, position < 5 { delay = random.int(in: 9...20) }
            if decoys.contains(.replyOnThirdDay), position == 3 { delay = 3 }
            if plants.contains(.copiedReplies), position >= 1, position < 4 { reply = Self.copiedReply }
            if decoys.contains(.setPhrase), position >= 5, position < 7 { reply = Self.setPhrase }
            add(asked: asked, delay: delay, status: .answered, reply: reply)
            asked = asked.adding(days: -random.int(in: 15...28))
        }
        if plants.contains(.overdue) {
            add(asked: asOf.adding(days: -random.int(in: 100...200)), delay: nil, status: .unanswered, reply: nil)
        }
        if decoys.contains(.recentPending) {
            add(asked: asOf.adding(days: -random.int(in: 10...40)), delay: nil, status: .inProgress, reply: nil)
        }
        if decoys.contains(.oldUnanswered) {
            add(asked: asOf.adding(days: -random.int(in: 400...450)), delay: nil, status: .unanswered, reply: nil)
        }
        messages.sort { ($0.asked, $0.id) > ($1.asked, $1.id) }
        return MessageBoardModel(messages: messages, plants: plants, decoys: decoys)
    }
}
