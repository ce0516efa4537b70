import GovSweepProtocol

/// Judges a site's consultation column from the messages its pages showed: pure, no I/O.
///
/// A message seen both as a list row and as its own page is one message: rows and pages are
/// joined by the message's URL (by title and date when a row has no link), the page's facts
/// filling what the row leaves out.
struct MessageBoardJudgement {
    /// One message with everything seen about it.
    struct Message: Equatable {
        var key: String
        var url: String?
        var title: String
        var asked: CivilDate?
        var replied: CivilDate?
        var status: MessageStatus?
        var replyHash: String?
        var replyLength: Int?

        var isAnswered: Bool { status == .answered || replied != nil || replyHash != nil }
    }

    let rules: MessageRules
    let asOf: CivilDate
    /// Distinct messages, in the order first seen.
    let messages: [Message]
    /// Where the column's list is (see ``MessageBoardSummary/url``); nil when no message was seen.
    let boardURL: String?

    init(rules: MessageRules, asOf: CivilDate, pages: [PageReport]) {
        self.rules = rules
        self.asOf = asOf
        var merged: [String: Message] = [:]
        var order: [String] = []
        var listed: [String: Int] = [:]
        for page in pages.sorted(by: { $0.url < $1.url }) where page.fetchedFine {
            guard let seen = page.messages, !seen.isEmpty else { continue }
            if seen.count > 1 || (seen.first?.url != page.url && seen.first?.url != page.finalURL) {
                listed[page.url, default: 0] += seen.count
            }
            for var message in seen {
                // A message page read after a redirect names where it ended; the rows link to where it was asked for.
                if let finalURL = page.finalURL, message.url == finalURL { message.url = page.url }
                let key = message.url ?? "\(message.title)|\(message.asked?.iso ?? "")"
                if var known = merged[key] {
                    known.asked = known.asked ?? message.asked
                    known.replied = known.replied ?? message.replied
                    known.status = known.status ?? message.status
                    known.replyHash = known.replyHash ?? message.replyHash
                    known.replyLength = known.replyLength ?? message.replyLength
                    if known.title.isEmpty { known.title = message.title }
                    merged[key] = known
                } else {
                    order.append(key)
                    merged[key] = Message(
                        key: key, url: message.url, title: message.title, asked: message.asked, replied: message.replied,
                        status: message.status, replyHash: message.replyHash, replyLength: message.replyLength)
                }
            }
        }
        messages = order.compactMap { merged[$0] }
        boardURL = listed.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? messages.first?.url
    }

    private var windowStart: CivilDate { asOf.adding(months: -rules.lookbackMonths) }

    /// Messages asked within the look-back window.
    var inWindow: [Message] { messages.filter { ($0.asked.map { $0 >= windowStart && $0 <= asOf }) ?? false } }

    /// Messages in the window still unanswered past the line.
    var overdue: [Message] {
        let line = asOf.adding(months: -rules.unansweredAfterMonths)
        return inWindow.filter { !$0.isAnswered && $0.asked! < line }
    }

    /// Days from message to reply for replies in the window with both dates.
    var replyDelays: [Int] {
        inWindow.compactMap { message in
            guard let asked = message.asked, let replied = message.replied, replied >= asked else { return nil }
            return asked.days(until: replied)
        }
    }

    /// Groups of two or more different messages whose replies are the same text (long enough to matter).
    var copiedGroups: [[Message]] {
        var groups: [String: [Message]] = [:]
        var order: [String] = []
        for message in messages {
            guard let hash = message.replyHash, (message.replyLength ?? 0) >= rules.copiedMinimumLength else { continue }
            if groups[hash] == nil { order.append(hash) }
            groups[hash, default: []].append(message)
        }
        return order.compactMap { hash in
            let group = groups[hash]!
            return Set(group.map(\.title)).count >= 2 ? group : nil
        }
    }

    /// The newest reply date of the column.
    var latestReply: CivilDate? { messages.compactMap(\.replied).filter { $0 <= asOf }.max() }

    /// The median of `values`, nil when empty.
    static func median(_ values: [Int]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The column's figures; nil when the site showed no message.
    var summary: MessageBoardSummary? {
        guard let boardURL else { return nil }
        let window = inWindow
        let delays = replyDelays
        return MessageBoardSummary(
            url: boardURL, messagesSeen: messages.count, messagesInYear: window.count,
            answeredInYear: window.filter(\.isAnswered).count, overdue: overdue.count, timedReplies: delays.count,
            medianReplyDays: Self.median(delays), lateReplies: delays.filter { $0 > rules.lateAfterDays }.count,
            copiedReplies: copiedGroups.reduce(0) { $0 + $1.count }, latestReply: latestReply)
    }
}
