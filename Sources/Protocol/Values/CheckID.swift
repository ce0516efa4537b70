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
