import GovSweepProtocol

extension Judge {
    /// `site_unreachable` from the homepage probes (veto when every probe failed, a warning when some
    /// did), or from the homepage fetch when there were no probes; `tls_invalid`, `robots_blocked`,
    /// `crawl_capped` from the site report.
    func availabilityFindings(_ evidence: SiteEvidence, _ make: FindingMaker) -> [Finding] {
        var findings: [Finding] = []
        let probes = evidence.report?.probes ?? []
        // A homepage that answered too much, answered badly or was refused by the address policy
        // says nothing about reachability: it is named for what it is, never called unreachable.
        let failed = probes.filter { !$0.ok && $0.error?.isReachabilityFailure ?? true }
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
        } else if probes.isEmpty, let page = evidence.pages.first(where: { $0.role == .homepage }), !page.fetchedFine,
            page.error?.isReachabilityFailure ?? true
        {
            findings.append(make(
                .siteUnreachable, url: page.url, status: page.status, error: page.error,
                detail: "首页无法打开（\(Self.failure(status: page.status, error: page.error))），站点无法访问。"))
        }
        if make.homepage == nil, let stopped = Self.homepageStop(probes: probes, pages: evidence.pages) {
            findings.append(make(
                .crawlCapped, url: make.siteURL, status: stopped.status, error: stopped.error,
                detail: Self.homepageStopDetail(stopped.error)))
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

    /// The last time the homepage was stopped by something other than reachability (too large, a bad
    /// answer, the address policy), from its page report or, failing that, its probes.
    static func homepageStop(probes: [HomepageProbe], pages: [PageReport]) -> (status: Int?, error: NetworkErrorKind)? {
        if let page = pages.last(where: { $0.role == .homepage && $0.error.map { !$0.isReachabilityFailure } == true }),
            let error = page.error
        {
            return (page.status, error)
        }
        guard let probe = probes.last(where: { $0.error.map { !$0.isReachabilityFailure } == true }), let error = probe.error else {
            return nil
        }
        return (probe.status, error)
    }

    /// What stopped the crawl at the homepage, for inspectors.
    static func homepageStopDetail(_ error: NetworkErrorKind) -> String {
        switch error {
        case .tooLarge: "首页内容超过抓取大小上限（可能是压缩炸弹或无休止的响应），站点可以连接，首页内容未检查，需人工核实。"
        case .badResponse: "首页服务器的应答不是有效的HTTP响应（如状态行错误、响应头过大或跳转到非网页地址），站点可以连接，首页内容未检查，需人工核实。"
        case .blockedByPolicy: "首页地址解析到内网或保留地址，按地址安全策略未访问，首页内容未检查；如属本次检查范围，请用--allow-address放行该网段。"
        default: "首页未能抓取，首页内容未检查。"
        }
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
            case .badResponse: return "服务器应答不是有效的HTTP响应"
            case .blockedByPolicy: return "地址被安全策略拦截"
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
