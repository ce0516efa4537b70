import GovSweepProtocol

extension Judge {
    /// `date_in_future`: items and articles dated after the as-of date, one finding per dated thing.
    /// An item's finding points at the article it links to; an article's own date wins over its list entry.
    func futureDateFindings(_ evidence: SiteEvidence, _ make: FindingMaker) -> [Finding] {
        var byURL: [String: Finding] = [:]
        for page in evidence.pages where page.fetchedFine {
            if let published = page.published, published > asOf {
                byURL[page.url] = make(
                    .dateInFuture, url: page.url, column: page.column?.name, category: page.column?.category,
                    date: published, detail: "文章发布日期\(published.iso)晚于监测日期\(asOf.iso)，发稿日期超前。")
            }
            for item in page.items {
                guard let date = item.date, date > asOf else { continue }
                let url = item.url ?? page.url
                if byURL[url] != nil { continue }
                byURL[url] = make(
                    .dateInFuture, url: url, column: page.column?.name, category: page.column?.category, date: date,
                    detail: "信息“\(item.title)”标注日期\(date.iso)晚于监测日期\(asOf.iso)，发稿日期超前（见\(page.url)）。")
            }
        }
        return Array(byURL.values)
    }

    /// `spam_injection`, `sensitive_data`, `serious_typo` from content hits: one finding per page, check
    /// and target; a hit kind's own rule (`hits` in the rules) overrides its check's.
    func contentFindings(_ evidence: SiteEvidence, _ make: FindingMaker) -> [Finding] {
        struct Key: Hashable { var check: CheckID, url: String, target: String? }
        var grouped: [Key: [ContentHit]] = [:]
        var order: [Key] = []
        for page in evidence.pages {
            for hit in page.hits {
                let check: CheckID = switch hit.kind {
                case .spam, .spamTitle: .spamInjection
                case .residentID, .mobileNumbers: .sensitiveData
                case .seriousTypo: .seriousTypo
                }
                let key = Key(check: check, url: page.url, target: hit.kind == .spam ? hit.extra : nil)
                if grouped[key] == nil { order.append(key) }
                grouped[key, default: []].append(hit)
            }
        }
        return order.map { key in
            let hits = grouped[key]!
            let overrides = hits.map { rules.hits[$0.kind.rawValue] }
            let ranked = zip(hits, overrides).map { hit, override in
                (override?.severity ?? rules.rule(for: key.check).severity, override?.points, hit)
            }.max { Self.rank($0.0) < Self.rank($1.0) }!
            let evidenceText = hits.prefix(3).map { Self.describe($0) }.joined(separator: "；")
            return make(
                key.check, url: key.url, severity: ranked.0, points: ranked.1, target: key.target,
                detail: "\(Self.checkName(key.check))：\(evidenceText)。")
        }
    }

    private static func rank(_ severity: Severity) -> Int {
        switch severity {
        case .notice: 0
        case .warning: 1
        case .deduct: 2
        case .veto: 3
        }
    }

    private static func checkName(_ check: CheckID) -> String {
        switch check {
        case .spamInjection: "页面被植入违规内容或暗链"
        case .sensitiveData: "页面公开了个人敏感信息"
        default: "页面存在严重错误"
        }
    }

    private static func describe(_ hit: ContentHit) -> String {
        let times = hit.count > 1 ? "（\(hit.count)处）" : ""
        switch hit.kind {
        case .spam: return "隐藏链接“\(hit.evidence)”\(times)"
        case .spamTitle: return "标题或关键词被篡改为“\(hit.evidence)”"
        case .residentID: return "身份证号码\(hit.evidence)\(times)"
        case .mobileNumbers: return "批量手机号码\(hit.evidence)\(times)"
        case .seriousTypo:
            let fix = hit.extra.map { "，应为“\($0)”" } ?? ""
            return "“\(hit.evidence)”\(fix)\(times)"
        }
    }
}
