import GovSweepProtocol
import Rules

extension CircularDocument {
    /// The circular of a 复查 sweep: per site, the problems of the earlier sweep fixed and still
    /// present, and problems new since.
    static func recheck(_ summary: SweepSummary) -> CircularDocument {
        guard let comparison = summary.recheck else { return sweep(summary) }
        let order = summary.regionOrder
        let changes = order.sorted(
            comparison.diff.sites.filter(\.rechecked), region: { $0.site.region ?? "" }, id: \.site.id)
        let fixed = changes.reduce(0) { $0 + $1.fixed.count }
        let still = changes.reduce(0) { $0 + $1.stillPresent.count }
        let new = changes.reduce(0) { $0 + $1.new.count }
        let unverified = changes.reduce(0) { $0 + $1.unverified.count }
        let passing = changes.count { $0.passedAfter == true }
        var blocks: [Block] = [.note(generatorNote(summary))]
        if let partial = summary.partialNote { blocks.append(.note(partial)) }
        blocks.append(.heading("一、复查总体情况", level: 1))
        blocks.append(.paragraph(
            "以\(ReportText.chineseDate(summary.asOf))为监测时间点，对检查批次 \(comparison.previousSweepID) 发现问题的"
                + "\(changes.count)个网站进行了复查。前次检查发现的问题中，已整改\(fixed)个，仍存在\(still)个"
                + (unverified > 0 ? "，因站点无法访问未能复查\(unverified)个；" : "；")
                + "复查新发现问题\(new)个。复查合格网站\(passing)个，仍不合格\(changes.count - passing)个。"))
        blocks.append(.heading("二、仍存在的主要问题", level: 1))
        let remaining = changes.filter { !$0.stillPresent.isEmpty || !$0.new.isEmpty || !$0.unverified.isEmpty }
        if remaining.isEmpty { blocks.append(.paragraph("复查的网站已全部完成整改，未发现新的问题。")) }
        for (index, change) in remaining.enumerated() {
            blocks.append(.heading("（\(ordinal(index + 1))）\(change.site.name)", level: 2))
            var text = "仍存在：\(problemList(change.stillPresent))。"
            if !change.new.isEmpty { text += "新发现：\(problemList(change.new))。" }
            if !change.unverified.isEmpty { text += "站点无法访问，前次发现的\(change.unverified.count)个问题未能复查。" }
            blocks.append(.paragraph(text))
        }
        blocks.append(.heading("三、整改要求", level: 1))
        blocks.append(.paragraph(
            "（一）对复查中仍存在问题的网站，主办单位要在十五个工作日内完成整改，并说明未按期整改的原因。"))
        blocks.append(.paragraph("（二）对复查新发现的问题，按首次检查发现的问题同等要求整改。"))
        blocks.append(.attachment(title: "附件　政府网站整改复查情况", table: Table(
            header: ["序号", "所属地方", "网站名称", "网站标识码", "已整改", "仍存在", "新发现", "复查结果"],
            rows: changes.enumerated().map { index, change in
                ["\(index + 1)", change.site.region ?? "", change.site.name, change.site.id, "\(change.fixed.count)",
                 "\(change.stillPresent.count)", "\(change.new.count)", change.passedAfter == true ? "合格" : "不合格"]
            },
            widths: [1, 2, 4, 3, 1, 1, 1, 2], numeric: [0, 4, 5, 6])))
        return CircularDocument(title: title(summary, subject: "全省政府网站整改复查情况"), blocks: blocks)
    }

    /// "链接打不开2处、空白栏目1处", or "无".
    static func problemList(_ findings: [Finding]) -> String {
        let parts = CheckID.allCases.compactMap { check -> String? in
            let count = findings.count { $0.check == check }
            return count == 0 ? nil : "\(ReportText.checkName(check))\(count)处"
        }
        return parts.isEmpty ? "无" : parts.joined(separator: "、")
    }
}
