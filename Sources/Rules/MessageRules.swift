/// The lines for online consultation columns (互动交流): when a message is overdue, a reply late,
/// a reply copied and a column's replies silent. Defaults from shared/indicators.md: the veto
/// "within the last year a consultation column holds a valid message unanswered for over 3
/// months", the deduction "留言答复 not updated 2 months", and the circulars' "replies later than
/// 3 days" and "复制粘贴" answers.
public struct MessageRules: Codable, Hashable, Sendable {
    /// Messages asked within this many months before the as-of date are judged ("the last year").
    public var lookbackMonths: Int
    /// A message still unanswered this many months after it was asked is overdue (veto).
    public var unansweredAfterMonths: Int
    /// A reply more than this many days after the message is late.
    public var lateAfterDays: Int
    /// `message_reply_late` is reported when the share of late replies is above this (0: any late reply).
    public var lateShareAbove: Double
    /// A column whose newest reply is older than this many months is silent (`message_board_stale`).
    public var staleAfterMonths: Int
    /// Replies shorter than this (letters and digits) are set phrases, not copied answers.
    public var copiedMinimumLength: Int

    public init(
        lookbackMonths: Int, unansweredAfterMonths: Int, lateAfterDays: Int, lateShareAbove: Double,
        staleAfterMonths: Int, copiedMinimumLength: Int
    ) {
        self.lookbackMonths = lookbackMonths
        self.unansweredAfterMonths = unansweredAfterMonths
        self.lateAfterDays = lateAfterDays
        self.lateShareAbove = lateShareAbove
        self.staleAfterMonths = staleAfterMonths
        self.copiedMinimumLength = copiedMinimumLength
    }

    /// The defaults of shared/indicators.md.
    public static let builtIn = MessageRules(
        lookbackMonths: 12, unansweredAfterMonths: 3, lateAfterDays: 3, lateShareAbove: 0, staleAfterMonths: 2,
        copiedMinimumLength: 30)

    /// The first value that cannot be used, as (key, reason).
    func problem() -> (String, String)? {
        if lookbackMonths < 1 { return ("lookback_months", "must be at least 1") }
        if unansweredAfterMonths < 1 { return ("unanswered_after_months", "must be at least 1") }
        if lateAfterDays < 0 { return ("late_after_days", "must not be negative") }
        if !(0..<1).contains(lateShareAbove) { return ("late_share_above", "must be a share from 0 up to (not including) 1") }
        if staleAfterMonths < 1 { return ("stale_after_months", "must be at least 1") }
        if copiedMinimumLength < 1 { return ("copied_minimum_length", "must be at least 1") }
        return nil
    }

    enum CodingKeys: String, CodingKey {
        case lookbackMonths = "lookback_months", unansweredAfterMonths = "unanswered_after_months"
        case lateAfterDays = "late_after_days", lateShareAbove = "late_share_above"
        case staleAfterMonths = "stale_after_months", copiedMinimumLength = "copied_minimum_length"
    }
}
