import GovSweepProtocol

extension Province {
    /// What a site's consultation column plants and the traps it sets, as truth entries.
    func boardTruth(_ site: SiteModel) -> (expected: [GroundTruth.Expectation], negatives: [GroundTruth.Expectation]) {
        guard let board = site.board else { return ([], []) }
        let list = absolute(site, site.boardListPath)
        var expected: [GroundTruth.Expectation] = []
        var negatives: [GroundTruth.Expectation] = []
        func entry(_ check: CheckID, _ url: String, date: CivilDate? = nil, _ match: GroundTruth.Expectation.Match, _ note: String)
            -> GroundTruth.Expectation
        {
            GroundTruth.Expectation(check: check, url: url, target: nil, date: date, match: match, note: note, pattern: nil)
        }
        let asOf = spec.asOf
        let lineOverdue = asOf.adding(months: -3)
        let yearAgo = asOf.adding(months: -12)
        for message in board.messages where message.replied == nil {
            let page = absolute(site, site.messagePath(message))
            if message.asked < yearAgo {
                negatives.append(entry(.messageUnanswered, page, .url, "asked \(message.asked.iso), more than a year before the as-of date"))
            } else if message.asked < lineOverdue {
                expected.append(entry(.messageUnanswered, page, date: message.asked, .url, "asked \(message.asked.iso), 未回复 for over 3 months"))
            } else {
                negatives.append(entry(.messageUnanswered, page, .url, "asked \(message.asked.iso), 办理中 for under 3 months"))
            }
        }
        let delays = board.messages.compactMap { m in m.replied.map { m.asked.days(until: $0) } }
        if board.plants.contains(.lateReplies) {
            expected.append(entry(.messageReplyLate, list, .site, "\(delays.filter { $0 > 3 }.count) replies 9–20 days after their messages"))
        } else {
            negatives.append(entry(.messageReplyLate, list, .site, "every reply within 3 days (one on the third day)"))
        }
        if board.plants.contains(.copiedReplies),
           let first = board.messages.first(where: { $0.reply == MessageBoardPlanter.copiedReply }) {
            expected.append(entry(.messageReplyCopied, absolute(site, site.messagePath(first)), .site,
                                  "three different messages answered with the same text"))
        } else {
            negatives.append(entry(.messageReplyCopied, list, .site, "two replies are the set phrase 来信收悉，感谢关注。, not a copied answer"))
        }
        let latest = board.messages.compactMap(\.replied).max()
        if board.plants.contains(.staleReplies), let latest {
            expected.append(entry(.messageBoardStale, list, date: latest, .date, "newest reply \(latest.iso), over 2 months before the as-of date"))
        } else {
            negatives.append(entry(.messageBoardStale, list, .site, "newest reply \(latest?.iso ?? "-"), within 2 months"))
        }
        return (expected, negatives)
    }
}
