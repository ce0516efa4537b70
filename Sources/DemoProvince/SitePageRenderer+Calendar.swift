import GovSweepProtocol

/// The activity calendar: every day links to the next and previous day, without end (a crawler trap).
extension SitePageRenderer {
    func calendar(pathAndQuery: String) -> String {
        let query = pathAndQuery.split(separator: "?", maxSplits: 1).dropFirst().first ?? ""
        let value = query.split(separator: "&").first { $0.hasPrefix("date=") }?.dropFirst(5)
        let day = value.flatMap { CivilDate(iso: $0) } ?? province.spec.asOf
        let content = """
            <h2>政务活动日历</h2>
            <p>当日暂无公开的政务活动安排。</p>
            <p><a href="\(site.calendarPath(day.adding(days: -1)))">前一天</a> | <a href="\(site.calendarPath(day.adding(days: 1)))">后一天</a> | <a href="\(site.calendarPath(day.adding(months: 1)))">下个月</a></p>
            """
        return document(title: "政务活动日历_\(site.name)", metas: siteMetas(), content: content)
    }
}
