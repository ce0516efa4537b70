import GovSweepProtocol

extension Judge {
    /// The consultation column's findings and figures: `message_unanswered` per overdue message,
    /// `message_reply_late` and `message_board_stale` once per site, `message_reply_copied` per
    /// group of messages sharing a reply.
    func messageFindings(_ evidence: SiteEvidence, _ make: FindingMaker) -> (findings: [Finding], summary: MessageBoardSummary?) {
        let lines = rules.messageRules
        let board = MessageBoardJudgement(rules: lines, asOf: asOf, pages: evidence.pages)
        guard let summary = board.summary else { return ([], nil) }
        var findings: [Finding] = []
        for message in board.overdue {
            findings.append(make(
                .messageUnanswered, url: message.url ?? summary.url, date: message.asked,
                detail: "留言“\(message.title)”（\(message.asked!.iso)来信）超过\(lines.unansweredAfterMonths)个月未回复（互动回应差）。"))
        }
        if summary.lateReplies > 0, summary.lateShare > lines.lateShareAbove {
            let median = summary.medianReplyDays.map(Self.days) ?? "-"
            findings.append(make(
                .messageReplyLate, url: summary.url,
                detail: "近\(lines.lookbackMonths)个月有日期可查的\(summary.timedReplies)条答复中\(summary.lateReplies)条晚于来信\(lines.lateAfterDays)天以上"
                    + "（占\(Self.percent(summary.lateShare))），答复用时中位数\(median)天。"))
        }
        for group in board.copiedGroups {
            let titles = group.prefix(5).map { "“\($0.title)”" }.joined(separator: "、")
            findings.append(make(
                .messageReplyCopied, url: group[0].url ?? summary.url,
                detail: "\(group.count)条不同留言的答复内容完全相同（复制粘贴式答复）：\(titles)\(group.count > 5 ? "等" : "")。"))
        }
        if let latest = summary.latestReply, latest < asOf.adding(months: -lines.staleAfterMonths) {
            findings.append(make(
                .messageBoardStale, url: summary.url, date: latest,
                detail: "留言答复最近一次为\(latest.iso)，超过\(lines.staleAfterMonths)个月未更新。"))
        }
        return (findings, summary)
    }

    static func days(_ value: Double) -> String {
        // A median of whole days is whole or half.
        value == value.rounded() ? String(Int(value)) : String(Int(value)) + ".5"
    }

    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
}
