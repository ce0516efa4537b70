/// One message (信件, 留言) of an online consultation column, as a list row or a message page shows it.
///
/// Facts only: the rules decide what is late, unanswered or copied. A list row usually lacks the
/// reply text; the message's own page carries it, so the coordinator joins both by `url`.
public struct BoardMessage: Codable, Hashable, Sendable {
    /// The message's own page (absolute), when the row links to one; a message page gives its own URL.
    public var url: String?
    /// 信件标题 / 留言标题.
    public var title: String
    /// 来信时间 / 写信时间 / 留言时间.
    public var asked: CivilDate?
    /// 回复时间 / 答复时间, when the message was answered and the date is shown.
    public var replied: CivilDate?
    /// 办理状态 as shown, read into three states; nil when the page shows none.
    public var status: MessageStatus?
    /// A short hash of the reply's text (whitespace and punctuation left out), when the page shows it.
    public var replyHash: String?
    /// The reply's length in characters, counted as the hash was (whitespace and punctuation left out).
    public var replyLength: Int?

    public init(
        url: String?, title: String, asked: CivilDate?, replied: CivilDate? = nil, status: MessageStatus? = nil,
        replyHash: String? = nil, replyLength: Int? = nil
    ) {
        self.url = url
        self.title = title
        self.asked = asked
        self.replied = replied
        self.status = status
        self.replyHash = replyHash
        self.replyLength = replyLength
    }

    enum CodingKeys: String, CodingKey {
        case url, title, asked, replied, status, replyHash = "reply_hash", replyLength = "reply_length"
    }
}

/// What a consultation column says about a message's handling (办理状态).
public enum MessageStatus: String, Codable, CaseIterable, Sendable {
    /// 已回复, 已答复, 已办结, 已处理.
    case answered
    /// 办理中, 处理中, 已受理, 转办中: taken up, no answer yet.
    case inProgress = "in_progress"
    /// 未回复, 未答复, 待回复, 未办结.
    case unanswered
}
