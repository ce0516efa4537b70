import GovSweepProtocol

/// A site's consultation column (领导信箱): its messages, newest first, and what it plants.
struct MessageBoardModel: Sendable, Hashable {
    var messages: [MessageModel]
    /// The problems planted on this board (each a finding of the contract).
    var plants: Set<BoardPlant> = []
    /// The traps on this board (each a negative of the truth).
    var decoys: Set<BoardDecoy> = []
}

/// One message of a board.
struct MessageModel: Sendable, Hashable {
    var id: Int
    var title: String
    var asked: CivilDate
    /// The reply date; nil while unanswered.
    var replied: CivilDate?
    var status: MessageStatus
    /// The reply's text; nil while unanswered.
    var reply: String?
    /// The question's text.
    var question: String
}

/// A problem planted on a board.
enum BoardPlant: String, Sendable, Hashable, CaseIterable {
    /// A message asked 100–200 days ago, still 未回复: `message_unanswered`.
    case overdue
    /// Three replies 9–20 days after their messages: `message_reply_late`.
    case lateReplies
    /// Three different messages answered with the same long text: `message_reply_copied`.
    case copiedReplies
    /// The newest reply is 3–5 months old: `message_board_stale`.
    case staleReplies
}

/// A trap on a board: looks like a problem, is not one.
enum BoardDecoy: String, Sendable, Hashable, CaseIterable {
    /// A message asked 10–40 days ago, 办理中: not yet overdue.
    case recentPending
    /// A message asked 13–15 months ago, never answered: outside the last year.
    case oldUnanswered
    /// One reply exactly on the third day: not late.
    case replyOnThirdDay
    /// Two messages answered with the same short set phrase (来信收悉，感谢关注。): not a copied answer.
    case setPhrase
}
