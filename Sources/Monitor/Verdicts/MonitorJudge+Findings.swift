import GovSweepProtocol
import Rules

extension MonitorJudge {
    /// `site_unreachable` when the failure share reaches the rules' warning or veto line.
    func unreachableFinding(_ verdict: MonitorVerdict) -> Finding? {
        guard let level = verdict.unreachable else { return nil }
        let shares = rules.homepage
        let counted = "监测期内首页访问失败\(verdict.failures)/\(verdict.visits)次（\(Self.percent(verdict.failureShare))）"
        let veto = Self.percent(shares.unreachableVetoShare)
        var detail: String
        if level == .veto {
            let verb = verdict.failureShare > shares.unreachableVetoShare ? "超过" : "达到"
            detail = "\(counted)，\(verb)\(veto)的单项否决线"
        } else if verdict.failureShare >= shares.unreachableVetoShare {
            let made = "实际访问\(verdict.visits)/计划\(verdict.visits + verdict.missed)次"
            detail = "预警：\(counted)，达到\(veto)的单项否决线，但监测覆盖不足（\(made)，"
                + "低于\(Self.percent(shares.monitorMinimumCoverage))），不作否决"
        } else {
            detail = "预警：\(counted)，达到\(Self.percent(shares.unreachableWarningShare))的预警线，未达\(veto)的单项否决线"
        }
        if let longest = verdict.longestOutage {
            let until = longest.end.map { "至\(Self.clock($0))恢复" } ?? "，监测结束时仍未恢复"
            detail += "；最长一次中断自\(Self.clock(longest.start))起连续失败\(longest.failures)次\(until)"
        }
        if verdict.missed > 0 { detail += "（另有\(verdict.missed)次因监测中断未访问，不计入）" }
        let last = verdict.outages.last
        let severity = level == .veto ? rules.rule(for: .siteUnreachable).severity : .warning
        return finding(.siteUnreachable, site: verdict.site, severity: severity, status: last?.status, error: last?.error,
                       detail: detail + "。")
    }

    /// `homepage_stale` when neither an observed update nor a printed date falls inside the rules'
    /// homepage window; a warning past the warning days. Not judged for a homepage that was never
    /// read or that shows no dated item at all (navigation only: the sweep judges its second-level pages).
    func homepageFinding(_ verdict: MonitorVerdict, asOf: CivilDate) -> Finding? {
        let trend = verdict.homepage
        guard trend.observations > 0, trend.hasDatedItems else { return nil }
        let window = rules.homepage.windowDays
        let span = [trend.firstObservation, trend.lastObservation].compactMap { $0 }
            .map { CivilDate(shanghaiTime: $0).iso }.joined(separator: "至")
        let seen = trend.updates.isEmpty ? "监测期内（\(span)）首页未发现新增信息" : "首页最近一次发现新增信息"
        guard let last = trend.lastUpdate, last.date >= asOf.adding(days: -window) else {
            let printed = trend.newestDate.map { "最新信息发布于\($0.iso)" } ?? "没有不晚于监测时间点的带日期信息"
            return finding(
                .homepageStale, site: verdict.site, severity: rules.rule(for: .homepageStale).severity,
                date: trend.newestDate, detail: "\(seen)，\(printed)，\(window)天内未更新。")
        }
        let age = last.date.days(until: asOf)
        guard age > rules.homepage.warningDays else { return nil }
        let how = last.observed ? "监测发现首页最近一次新增信息于\(last.date.iso)" : "首页最新信息发布于\(last.date.iso)"
        return finding(
            .homepageStale, site: verdict.site, severity: .warning, date: trend.newestDate,
            detail: "预警：\(how)，已\(age)天未更新，超过\(window)天将单项否决。")
    }

    /// A share as a percentage with at most one decimal: `7.1%`, `5%`.
    static func percent(_ share: Double) -> String {
        let tenths = Int((share * 1000).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)%" : "\(tenths / 10).\(tenths % 10)%"
    }

    /// A moment in Asia/Shanghai: `2026-11-18 02:00`.
    static func clock(_ seconds: Double) -> String {
        let local = Int((seconds + 8 * 3600).rounded(.down))
        let minuteOfDay = ((local % 86_400) + 86_400) % 86_400 / 60
        let hh = minuteOfDay / 60 < 10 ? "0\(minuteOfDay / 60)" : "\(minuteOfDay / 60)"
        let mm = minuteOfDay % 60 < 10 ? "0\(minuteOfDay % 60)" : "\(minuteOfDay % 60)"
        return "\(CivilDate(shanghaiTime: seconds).iso) \(hh):\(mm)"
    }
}
