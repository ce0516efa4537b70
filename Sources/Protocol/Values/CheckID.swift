/// The check ids of the findings contract. Stable: other tools read them.
public enum CheckID: String, Codable, CaseIterable, Sendable, Comparable {
    case siteUnreachable = "site_unreachable"
    case homepageStale = "homepage_stale"
    case columnStale = "column_stale"
    case columnBlank = "column_blank"
    case linkBroken = "link_broken"
    case attachmentBroken = "attachment_broken"
    case imageBroken = "image_broken"
    case dateInFuture = "date_in_future"
    case missingSiteIDCode = "missing_site_id_code"
    case missingICP = "missing_icp"
    case missingPSBRecord = "missing_psb_record"
    case missingErrorReportEntry = "missing_error_report_entry"
    case spamInjection = "spam_injection"
    case sensitiveData = "sensitive_data"
    case seriousTypo = "serious_typo"
    case linkBlocked = "link_blocked"
    case tlsInvalid = "tls_invalid"
    case robotsBlocked = "robots_blocked"
    case crawlCapped = "crawl_capped"
    /// A message of a consultation column, asked within the last year, unanswered past the line (互动回应差).
    case messageUnanswered = "message_unanswered"
    /// Replies later than the line after their messages (the share and median in the detail).
    case messageReplyLate = "message_reply_late"
    /// The same reply text under different messages (复制粘贴式答复).
    case messageReplyCopied = "message_reply_copied"
    /// A consultation column whose newest reply is older than the line (留言答复不更新).
    case messageBoardStale = "message_board_stale"
    /// An article whose body is the same or nearly the same as an earlier article on another site (抄袭).
    case contentCopied = "content_copied"
    /// A policy document of the window with no interpretation (政策文件未解读).
    case policyNotInterpreted = "policy_not_interpreted"
    /// An interpretation and the document it interprets not linked both ways (政策文件与解读未相互关联).
    case interpretationNotLinked = "interpretation_not_linked"
    /// A site publishing policy documents with no 政策解读 column and no interpretation at all (one finding for the site).
    case interpretationColumnMissing = "interpretation_column_missing"

    /// Orders by the id's text, as exports sort.
    public static func < (lhs: CheckID, rhs: CheckID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// How a finding counts toward a site's verdict.
public enum Severity: String, Codable, CaseIterable, Sendable {
    /// 单项否决: the site fails.
    case veto
    /// 扣分: points are deducted.
    case deduct
    /// 预警: close to a veto line, not scored.
    case warning
    /// Recorded, not scored.
    case notice
}
