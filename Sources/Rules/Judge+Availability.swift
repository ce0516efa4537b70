import GovSweepProtocol

extension Judge {
    /// `site_unreachable` from the homepage probes (veto when every probe failed, a warning when some
    /// did), or from the homepage fetch when there were no probes; `tls_invalid`, `robots_blocked`,
    /// `crawl_capped` from the site report.
    func availabilityFindings(_ evidence: SiteEvidence, _ make: FindingMaker) -> [Finding] {
        var findings: [Finding] = []
        let probes = evidence.report?.probes ?? []
        let failed = probes.filter { !$0.ok }
        if !probes.isEmpty, !failed.isEmpty {
            let last = failed.last!
            let why = Self.failure(status: last.status, error: last.error)
            if failed.count == probes.count {
                findings.append(make(
                    .siteUnreachable, url: make.siteURL, status: last.status, error: last.error,
                    detail: "首页\(probes.count)次访问均失败（\(why)），站点无法访问。"))
            } else if rules.unreachableSeverity(failures: failed.count, visits: probes.count) != nil {
                findings.append(make(
                    .siteUnreachable, url: make.siteURL, severity: .warning, status: last.status, error: last.error,
                    detail: "预警：首页\(probes.count)次访问中\(failed.count)次失败（\(why)）。"))
            }
        } else if probes.isEmpty, let page = evidence.pages.first(where: { $0.role == .homepage }), !page.fetchedFine {
            findings.append(make(
                .siteUnreachable, url: page.url, status: page.status, error: page.error,
                detail: "首页无法打开（\(Self.failure(status: page.status, error: page.error))），站点无法访问。"))
        }
        guard let report = evidence.report else { return findings }
        if let tls = report.tlsError {
            findings.append(make(
                .tlsInvalid, url: make.siteURL, error: .tls, detail: "网站证书校验失败（\(tls)），已继续检查内容。"))
        }
        if let first = report.robotsBlocked.min() {
            findings.append(make(
                .robotsBlocked, url: make.siteURL, target: first,
                detail: "robots.txt禁止抓取\(report.robotsBlocked.count)个需检查的页面（如\(first)）。"))
        }
        if let cap = report.cap {
            // Which URL met the cap first depends on the order pages were fetched in; the trapped
            // path does not, so the finding names the path and stays the same across runs.
            let trapped = cap.reason == .trap || cap.reason == .urlLength
            let example = trapped ? cap.example.map(Self.withoutQuery).map { "，如\($0)" } ?? "" : ""
            findings.append(make(
                .crawlCapped, url: make.siteURL,
                detail: "抓取达到上限（\(Self.capName(cap.reason))\(cap.limit > 0 ? String(cap.limit) : "")）提前停止\(example)，部分页面未检查。"))
        }
        return findings
    }

    /// `url` without its query and fragment.
    static func withoutQuery(_ url: String) -> String {
        String(url.prefix { $0 != "?" && $0 != "#" })
    }

    /// A failure in a few Chinese words: `HTTP 404`, `连接超时`.
    static func failure(status: Int?, error: NetworkErrorKind?) -> String {
        if let error {
            switch error {
            case .dns: return "域名解析失败"
            case .connect: return "无法连接"
            case .timeout: return "连接超时"
            case .tls: return "TLS握手失败"
            case .reset: return "连接被重置"
            case .tooManyRedirects: return "重定向过多"
            case .tooLarge: return "内容过大"
            }
        }
        return status.map { "HTTP \($0)" } ?? "页面不存在"
    }

    private static func capName(_ reason: CrawlCap.Reason) -> String {
        switch reason {
        case .pages: "页面数"
        case .depth: "深度"
        case .trap: "疑似爬虫陷阱"
        case .urlLength: "网址长度"
        }
    }
}
