import GovSweepProtocol

extension Judge {
    /// `link_broken`, `attachment_broken`, `image_broken` and `link_blocked`: one finding per failing
    /// target per site. Its `url` is the homepage when the homepage holds the link, otherwise the first
    /// holding page in URL order; the detail counts and names the other holding pages.
    func linkFindings(_ evidence: SiteEvidence, _ make: FindingMaker) -> [Finding] {
        var byTarget: [String: LinkOutcome] = [:]
        for outcome in evidence.links where outcome.verdict != .ok {
            guard var known = byTarget[outcome.target] else {
                byTarget[outcome.target] = outcome
                continue
            }
            known.foundOn += outcome.foundOn
            if outcome.verdict == .broken, known.verdict == .blocked {
                (known.verdict, known.kind, known.status, known.error) =
                    (outcome.verdict, outcome.kind, outcome.status, outcome.error)
            }
            byTarget[outcome.target] = known
        }
        return byTarget.values.map { outcome in
            let holders = Array(Set(outcome.foundOn)).sorted { (make.isHomepage($0) ? 0 : 1, $0) < (make.isHomepage($1) ? 0 : 1, $1) }
            let page = holders.first ?? make.siteURL
            let others = holders.dropFirst()
            let elsewhere = others.isEmpty ? "" : "另有\(others.count)个页面也链接到它（\(others.prefix(3).joined(separator: "、"))\(others.count > 3 ? "等" : "")）"
            let why = Self.failure(status: outcome.status, error: outcome.error) + (outcome.note.map { "，\($0)" } ?? "")
            let check: CheckID
            let noun: String
            let refusedByPolicy = outcome.error == .blockedByPolicy
            switch (outcome.verdict, outcome.kind) {
            case _ where refusedByPolicy: (check, noun) = (.linkBlocked, "链接")
            case (.blocked, _): (check, noun) = (.linkBlocked, "链接")
            case (_, .attachment): (check, noun) = (.attachmentBroken, "附件")
            case (_, .image): (check, noun) = (.imageBroken, "图片")
            default: (check, noun) = (.linkBroken, "链接")
            }
            // The crawler itself refused the address: the link may work for whom it is meant.
            let detail = refusedByPolicy
                ? "链接指向内网或保留地址，按地址安全策略未访问（\(why)），需人工核实\(elsewhere)。"
                : outcome.verdict == .blocked
                ? "\(noun)被服务器拒绝访问（\(why)），可能可以正常打开，需人工核实\(elsewhere)。"
                : "\(noun)无法打开（\(why)）\(elsewhere.isEmpty ? "" : "，")\(elsewhere)。"
            // A target whose holding pages are unknown is charged as on an ordinary page.
            let points = holders.isEmpty ? rules.rule(for: check).points : nil
            return make(
                check, url: page, points: points, target: outcome.target, status: outcome.status, error: outcome.error,
                detail: detail)
        }
    }
}
