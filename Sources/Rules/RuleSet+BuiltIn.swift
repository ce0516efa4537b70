import GovSweepProtocol

extension RuleSet {
    /// The defaults of shared/indicators.md (国办秘函〔2019〕19号 and the published check sheets).
    public static let builtIn = RuleSet(
        name: "国办秘函〔2019〕19号 默认规则",
        passLine: 60,
        homepage: HomepageRules(
            windowDays: 14, warningDays: 10, unreachableVetoShare: 0.05, unreachableWarningShare: 0.03),
        categories: [
            "news": CategoryRule(window: .days(14), points: 3),
            "notice": CategoryRule(window: .months(6), points: 4),
            "policy": CategoryRule(window: .months(6), points: 5),
            "interpretation": CategoryRule(window: .months(6), points: 4),
            "plan": CategoryRule(window: .months(12), points: 5),
            "personnel": CategoryRule(window: .months(12), points: 5),
            "other": CategoryRule(window: nil, points: nil, judgeBlank: false),
        ],
        columnVetoes: ColumnVetoRules(
            staleGroups: [
                .init(name: "动态要闻类栏目2周、通知公告政策文件类栏目6个月未更新", categories: [.news, .notice, .policy], atLeast: 5),
                .init(name: "人事、规划计划类栏目1年未更新", categories: [.plan, .personnel], atLeast: 10),
            ],
            blankAtLeast: 5, blankWarningAbove: 2, staleWarningAbove: 6),
        checks: [
            "site_unreachable": CheckRule(severity: .veto, indicator: "availability"),
            "homepage_stale": CheckRule(severity: .veto, points: 20, indicator: "homepage_update"),
            "column_stale": CheckRule(severity: .deduct, points: 4, indicator: "column_update"),
            "column_blank": CheckRule(severity: .deduct, points: 4, indicator: "column_update"),
            "link_broken": CheckRule(severity: .deduct, points: 0.2, homepagePoints: 1, indicator: "links"),
            "attachment_broken": CheckRule(severity: .deduct, points: 0.2, homepagePoints: 1, indicator: "links"),
            "image_broken": CheckRule(severity: .deduct, points: 0.2, homepagePoints: 1, indicator: "links"),
            "link_blocked": CheckRule(severity: .notice, indicator: "links"),
            "date_in_future": CheckRule(severity: .deduct, points: 2, indicator: "accuracy"),
            "missing_site_id_code": CheckRule(severity: .deduct, points: 2, indicator: "identity"),
            "missing_icp": CheckRule(severity: .deduct, points: 2, indicator: "identity"),
            "missing_psb_record": CheckRule(severity: .notice, indicator: "identity"),
            "missing_error_report_entry": CheckRule(severity: .deduct, points: 2, indicator: "identity"),
            "spam_injection": CheckRule(severity: .veto, points: 20, indicator: "security"),
            "sensitive_data": CheckRule(severity: .veto, points: 10, indicator: "security"),
            "serious_typo": CheckRule(severity: .veto, points: 10, indicator: "security"),
            "tls_invalid": CheckRule(severity: .notice, indicator: "availability"),
            "robots_blocked": CheckRule(severity: .notice, indicator: "availability"),
            "crawl_capped": CheckRule(severity: .notice, indicator: "availability"),
            "message_unanswered": CheckRule(severity: .veto, indicator: "interaction"),
            "message_reply_late": CheckRule(severity: .notice, indicator: "interaction"),
            "message_reply_copied": CheckRule(severity: .notice, indicator: "interaction"),
            "message_board_stale": CheckRule(severity: .deduct, points: 3, indicator: "interaction"),
            "content_copied": CheckRule(severity: .warning, indicator: "accuracy"),
            "policy_not_interpreted": CheckRule(severity: .deduct, points: 0.5, indicator: "interpretation"),
            "interpretation_not_linked": CheckRule(severity: .deduct, points: 0.5, indicator: "interpretation"),
            "interpretation_column_missing": CheckRule(severity: .deduct, points: 5, indicator: "interpretation"),
        ],
        hits: [
            "mobile_numbers": HitRule(severity: .deduct, points: 2),
        ],
        indicators: [
            "availability": IndicatorRule(name: "站点可用性", cap: 20),
            "homepage_update": IndicatorRule(name: "首页更新", cap: 20),
            "column_update": IndicatorRule(name: "栏目更新", cap: 30),
            "links": IndicatorRule(name: "链接可用性", cap: 10),
            "accuracy": IndicatorRule(name: "内容准确性", cap: 10),
            "identity": IndicatorRule(name: "网站标识与功能设计", cap: 10),
            "security": IndicatorRule(name: "内容安全", cap: 20),
            "interaction": IndicatorRule(name: "互动回应", cap: 10),
            "interpretation": IndicatorRule(name: "解读回应", cap: 10),
        ],
        messages: .builtIn,
        copiedContent: .builtIn,
        policy: .builtIn
    )
}
