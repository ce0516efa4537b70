import GovSweepProtocol

/// The figures of a site's consultation column (互动交流) the reports show, whatever was flagged.
public struct MessageBoardSummary: Codable, Hashable, Sendable {
    /// The list page where most of the messages were seen (or the first message page).
    public var url: String
    /// Distinct messages seen, all dates.
    public var messagesSeen: Int
    /// Messages asked within the look-back window (the last year by default).
    public var messagesInYear: Int
    /// Of those, the ones answered (a reply date, a reply text or an answered status).
    public var answeredInYear: Int
    /// Messages in the window unanswered past the line (each a `message_unanswered` veto).
    public var overdue: Int
    /// Replies in the window with both dates known.
    public var timedReplies: Int
    /// Median days from message to reply over `timedReplies`; nil when there are none.
    public var medianReplyDays: Double?
    /// Of `timedReplies`, those later than the line.
    public var lateReplies: Int
    /// Messages whose reply repeats another message's reply word for word.
    public var copiedReplies: Int
    /// The newest reply date seen in the column.
    public var latestReply: CivilDate?

    /// `lateReplies` over `timedReplies`, 0 when there are none.
    public var lateShare: Double { timedReplies == 0 ? 0 : Double(lateReplies) / Double(timedReplies) }

    public init(
        url: String, messagesSeen: Int, messagesInYear: Int, answeredInYear: Int, overdue: Int, timedReplies: Int,
        medianReplyDays: Double?, lateReplies: Int, copiedReplies: Int, latestReply: CivilDate?
    ) {
        self.url = url
        self.messagesSeen = messagesSeen
        self.messagesInYear = messagesInYear
        self.answeredInYear = answeredInYear
        self.overdue = overdue
        self.timedReplies = timedReplies
        self.medianReplyDays = medianReplyDays
        self.lateReplies = lateReplies
        self.copiedReplies = copiedReplies
        self.latestReply = latestReply
    }

    enum CodingKeys: String, CodingKey {
        case url, messagesSeen = "messages_seen", messagesInYear = "messages_in_year", answeredInYear = "answered_in_year"
        case overdue, timedReplies = "timed_replies", medianReplyDays = "median_reply_days", lateReplies = "late_replies"
        case copiedReplies = "copied_replies", latestReply = "latest_reply"
    }
}
