/// What a path of the province serves; pages are rendered from the route on request.
enum Route: Sendable, Hashable {
    case homepage(site: Int)
    case list(site: Int, column: Int, page: Int)
    case article(site: Int, column: Int, item: Int)
    case attachment(site: Int, column: Int, item: Int)
    /// A document a list links to directly.
    case document(site: Int, column: Int, item: Int)
    case image(site: Int, column: Int, item: Int)
    case logo(site: Int)
    case stylesheet
    case script
    case calendar(site: Int)
    /// The consultation column's list and one of its messages (by index into the board's messages).
    case board(site: Int)
    case message(site: Int, index: Int)
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
    /// Per host: a Hanweb list path (no query) → its pages, for `?pageNum=N` without the `uid`.
    let hanwebPages: [[String: [Route]]]

    init(hosts: [HostModel], sites: [SiteModel], servicesHost: Int, perPage: Int) {
        var exact = Array(repeating: [String: Route](), count: hosts.count)
        var calendars = Array(repeating: [String: Int](), count: hosts.count)
        var hanwebPages = Array(repeating: [String: [Route]](), count: hosts.count)
        for (s, site) in sites.enumerated() {
            let h = site.hostIndex
            exact[h][site.homepagePath] = .homepage(site: s)
            exact[h][site.pathPrefix + "/index.html"] = .homepage(site: s)
            exact[h][site.logoPath] = .logo(site: s)
            exact[h][site.pathPrefix + "/images/style.css"] = .stylesheet
            if site.style == .hanweb { exact[h][site.pathPrefix + "/module/jslib/jquery/jpage/jquery.page.min.js"] = .script }
            if site.defects.contains(.calendarTrap) { calendars[h][site.calendarPath] = s }
            if let board = site.board {
                exact[h][site.boardListPath] = .board(site: s)
                for (i, message) in board.messages.enumerated() { exact[h][site.messagePath(message)] = .message(site: s, index: i) }
            }
            for (c, column) in site.columns.enumerated() {
                for page in 0..<site.listPageCount(column, perPage: perPage) {
                    exact[h][site.listPath(column, page: page)] = .list(site: s, column: c, page: page)
                }
                // The first page under its paged name too, as "previous page" links write it.
                let first = site.listPath(column, page: 0)
                switch site.style {
                case .trs: break
                case .hanweb:
                    exact[h][first + "?uid=\(site.hanwebUnit)&pageNum=1"] = .list(site: s, column: c, page: 0)
                    hanwebPages[h][first] = (0..<site.listPageCount(column, perPage: perPage)).map { .list(site: s, column: c, page: $0) }
                case .jsp: exact[h][first + "?page=1"] = .list(site: s, column: c, page: 0)
                }
                for (i, item) in column.items.enumerated() {
                    exact[h][site.articlePath(column, item)] = .article(site: s, column: c, item: i)
                    if let document = item.document, document != .missing {
                        exact[h][site.documentPath(column, item)] = .document(site: s, column: c, item: i)
                    }
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
        self.hanwebPages = hanwebPages
    }

    func route(host: Int, pathAndQuery: String) -> Route? {
        if let route = exact[host][pathAndQuery] { return route }
        let parts = pathAndQuery.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts[0])
        if let site = calendars[host][path] { return .calendar(site: site) }
        guard parts.count == 2 else { return nil }
        let query = parts[1]
        // Hanweb lists read pageNum from the query (the uid is optional).
        if let pages = hanwebPages[host][path],
           let number = query.split(separator: "&").first(where: { $0.hasPrefix("pageNum=") }).flatMap({ Int($0.dropFirst(8)) }),
           pages.indices.contains(number - 1) {
            return pages[number - 1]
        }
        // Static files ignore their query, as web servers do; so do the services' pages.
        guard let route = exact[host][path] else { return nil }
        if case .service = route { return route }
        let isStatic = path.hasSuffix("/") || path.hasSuffix(".html") || path.hasSuffix(".htm") || path.hasSuffix(".shtml")
        return isStatic ? route : nil
    }
}
