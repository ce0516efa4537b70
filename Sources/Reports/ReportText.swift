import GovSweepProtocol
import Rules

/// Chinese wording and number formats shared by the reports.
enum ReportText {
    /// The name a circular gives a check.
    static func checkName(_ check: CheckID) -> String {
        switch check {
        case .siteUnreachable: "站点无法访问"
        case .homepageStale: "首页2周未更新"
        case .columnStale: "栏目更新不及时"
        case .columnBlank: "空白栏目"
        case .linkBroken: "链接打不开"
        case .attachmentBroken: "附件打不开"
        case .imageBroken: "图片无法显示"
        case .dateInFuture: "发稿日期超前"
        case .missingSiteIDCode: "未标注网站标识码"
        case .missingICP: "未标注ICP备案编号"
        case .missingPSBRecord: "未标注公安机关备案编号"
        case .missingErrorReportEntry: "未设置“我为政府网站找错”入口"
        case .spamInjection: "被植入违规内容或暗链"
        case .sensitiveData: "公开个人敏感信息"
        case .seriousTypo: "存在严重错别字"
        case .linkBlocked: "链接拒绝访问（待核实）"
        case .tlsInvalid: "证书校验失败"
        case .robotsBlocked: "robots.txt限制抓取"
        case .crawlCapped: "抓取达到上限"
        case .messageUnanswered: "留言逾期未回复"
        case .messageReplyLate: "留言答复不及时"
        case .messageReplyCopied: "留言答复雷同（复制粘贴）"
        case .messageBoardStale: "留言答复长期未更新"
        case .contentCopied: "文章内容疑似抄袭"
        case .policyNotInterpreted: "政策文件未解读"
        case .interpretationNotLinked: "政策文件与解读未相互关联"
        case .interpretationColumnMissing: "未开设政策解读栏目"
        }
    }

    static func severityName(_ severity: Severity) -> String {
        switch severity {
        case .veto: "单项否决"
        case .deduct: "扣分"
        case .warning: "预警"
        case .notice: "提示"
        }
    }

    static func levelName(_ level: SiteLevel) -> String {
        switch level {
        case .province: "省级"
        case .city: "市级"
        case .county: "县级"
        case .township: "乡镇"
        case .department: "部门"
        }
    }

    /// A site's outstanding problems in one line: vetoes first, then deductions, with counts.
    static func outstandingProblems(_ verdict: SiteVerdict) -> String {
        var parts: [String] = []
        for severity in [Severity.veto, .deduct] {
            let checks = verdict.findings.filter { $0.severity == severity }.map(\.check)
            for check in CheckID.allCases where checks.contains(check) {
                let count = checks.count { $0 == check }
                let perSite: Set<CheckID> = [.siteUnreachable, .homepageStale]
                parts.append(perSite.contains(check) || count == 1 ? checkName(check) : "\(checkName(check))\(count)个")
            }
        }
        if parts.isEmpty, !verdict.passed { parts.append("得分\(score(verdict.score))分，低于合格线") }
        return parts.joined(separator: "；")
    }

    /// A score without needless decimals: `94`, `93.8`, `58.25`.
    static func score(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100
        let fraction = abs(hundredths % 100)
        if fraction == 0 { return "\(whole)" }
        return fraction % 10 == 0 ? "\(whole).\(fraction / 10)" : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// A share as a percentage with one decimal: `92.3%`.
    static func percent(_ share: Double) -> String {
        let tenths = Int((share * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }

    /// Seconds since 1970 as Shanghai local time, `2024-01-15 09:05`.
    static func shanghaiTime(_ seconds: Double) -> String {
        let day = CivilDate(shanghaiTime: seconds)
        let local = Int((seconds + 8 * 3600).rounded(.down))
        let minuteOfDay = ((local % 86_400) + 86_400) % 86_400 / 60
        let hour = minuteOfDay / 60, minute = minuteOfDay % 60
        return "\(day.iso) \(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute)"
    }

    /// Seconds since 1970 as a W3C date-time in UTC, `2024-01-15T01:05:00Z` (Office documents' dates).
    static func utcTimestamp(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.down))
        let day = CivilDate(shanghaiTime: Double(whole) - 8 * 3600)
        let secondOfDay = ((whole % 86_400) + 86_400) % 86_400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(day.iso)T\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))Z"
    }

    /// `2024年1月15日`.
    static func chineseDate(_ date: CivilDate) -> String { "\(date.year)年\(date.month)月\(date.day)日" }
}
