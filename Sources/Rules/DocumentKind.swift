/// What kind of document an item of a 政策文件 column is, told from its title and its column
/// (``DocumentKind/init(title:column:)``): the indicators ask for interpretations of the policies a
/// government issues (规范性文件 and important policy documents), not of every item such a column
/// lists. The kinds named by the rules' `policy.routine_kinds` need none; ``policy`` always does.
public enum DocumentKind: String, Codable, CaseIterable, Hashable, Sendable {
    /// A 规范性文件 or a policy: 办法, 规定, 条例, 细则, 意见, 方案, 规划, 措施, 计划, 要点, 通告, 决定,
    /// 政府令, the 通知 that prints one (关于印发《…办法》的通知), any item of a 规范性文件 column, and a
    /// 通知 nothing else tells apart.
    case policy
    /// 任免, 任职, 免职, 聘任: personnel notices.
    case personnel
    /// 批复, 复函, 函, 答复: replies to a request, a letter, a deputy's proposal.
    case reply
    /// 会议纪要.
    case minutes
    /// 放假, 调休: holiday arrangements.
    case holiday
    /// 招标, 采购, 中标, 成交, 磋商, 询价, 招租, 拍卖: tenders and their results.
    case procurement
    /// 公示, 公告, 名单, 结果: public notices and lists.
    case publicity
    /// 通报, 表彰, 表扬, 处分, 处罚: commendations, criticism, penalties.
    case bulletin
    /// 招聘, 招录, 招考, 遴选, 选调: recruitment.
    case recruitment
    /// 征求意见, 意见稿, 草案, 征集: drafts out for comment (the policy comes later, and is judged then).
    case consultation
    /// 举办, 召开, 开展, 做好, 报送, 申报, 推荐, 评选, 下达 …: notices that arrange a piece of work,
    /// a meeting, an event or a grant.
    case arrangement
    /// 转发: a higher body's document passed on (its drafter interprets it: 谁起草、谁解读).
    case forwarded
    /// 报告, 公报, 年报, 总结: reports and statistical communiqués.
    case report
    /// No document's form at all: a news item or a headline listed in the column.
    case other

    /// The kinds that need no interpretation unless the rules say otherwise: all but ``policy``.
    public static let routineByDefault: [DocumentKind] = allCases.filter { $0 != .policy }
}
