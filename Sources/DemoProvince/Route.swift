/// What a path of the province serves; pages are rendered from the route on request.
enum Route: Sendable, Hashable {
    case homepage(site: Int)
    case list(site: Int, column: Int, page: Int)
    case article(site: Int, column: Int, item: Int)
    case attachment(site: Int, column: Int, item: Int)
    case image(site: Int, column: Int, item: Int)
    case logo(site: Int)
    case stylesheet
    case script
    case calendar(site: Int)
    case notFoundPage
    case service(ServicePage)

    /// Pages of the services host (national monitoring scripts, badges) and the spam landing page.
    enum ServicePage: String, Sendable, Hashable, CaseIterable {
        case jiucuoScript = "/exposure/jiucuo.js"
        case jiucuoPage = "/exposure/jiucuo.html"
        case conacScript = "/conac/govSite.js"
        case conacImage = "/image/red.png"
        case conacPage = "/sitename"
        case casino = "/casino/index.html"
    }
}

/// The routes of every host, built once per province.
struct RouteTable: Sendable {
    /// Per host: path with query → route.
    let exact: [[String: Route]]
    /// Per host: calendar trap path (no query) → site.
    let calendars: [[String: Int]]

    init(hosts: [HostModel], sites: [SiteModel], servicesHost: Int, perPage: Int) {
        var exact = Array(repeating: [String: Route](), count: hosts.count)
        var calendars = Array(repeating: [String: Int](), count: hosts.count)
        for (s, site) in sites.enumerated() {
            let h = site.hostIndex
            exact[h][site.homepagePath] = .homepage(site: s)
            exact[h][site.pathPrefix + "/index.html"] = .homepage(site: s)
            exact[h][site.logoPath] = .logo(site: s)
            exact[h][site.pathPrefix + "/images/style.css"] = .stylesheet
            if site.style == .hanweb { exact[h][site.pathPrefix + "/module/jslib/jquery/jpage/jquery.page.min.js"] = .script }
            if site.defects.contains(.calendarTrap) { calendars[h][site.calendarPath] = s }
            for (c, column) in site.columns.enumerated() {
                for page in 0..<site.listPageCount(column, perPage: perPage) {
                    exact[h][site.listPath(column, page: page)] = .list(site: s, column: c, page: page)
                }
                // The first page under its paged name too, as "previous page" links write it.
                let first = site.listPath(column, page: 0)
                switch site.style {
                case .trs: break
                case .hanweb: exact[h][first + "?uid=\(site.hanwebUnit)&pageNum=1"] = .list(site: s, column: c, page: 0)
                case .jsp: exact[h][first + "?page=1"] = .list(site: s, column: c, page: 0)
                }
                for (i, item) in column.items.enumerated() {
                    exact[h][site.articlePath(column, item)] = .article(site: s, column: c, item: i)
                    if item.extras.contains(.workingAttachment) {
                        exact[h][site.attachmentPath(column, item, broken: false)] = .attachment(site: s, column: c, item: i)
                    }
                    if item.extras.contains(.workingImage) {
                        exact[h][site.imagePath(column, item, broken: false)] = .image(site: s, column: c, item: i)
                    }
                }
            }
        }
        for h in hosts.indices where hosts[h].notFound == .redirectTo404 { exact[h]["/404.html"] = .notFoundPage }
        for page in Route.ServicePage.allCases { exact[servicesHost][page.rawValue] = .service(page) }
        self.exact = exact
        self.calendars = calendars
    }

    func route(host: Int, pathAndQuery: String) -> Route? {
        if let route = exact[host][pathAndQuery] { return route }
        let path = pathAndQuery.split(separator: "?", maxSplits: 1).first.map(String.init) ?? pathAndQuery
        if let site = calendars[host][path] { return .calendar(site: site) }
        if path != pathAndQuery, let route = exact[host][path], case .service = route { return route }
        return nil
    }
}
