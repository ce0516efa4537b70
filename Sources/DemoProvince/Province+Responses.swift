import GovSweepProtocol

/// Answers requests: the pure core the server wraps.
extension Province {
    /// What host `host` answers for `pathAndQuery` (`/col/gzdt/index.html?x=1`), before faults.
    public func response(host: Int, pathAndQuery: String) -> PageResponse {
        guard hosts.indices.contains(host) else { return .text("no such host", status: 404) }
        if host == blockingHost { return .html("<html><body><h1>403 Forbidden</h1></body></html>", status: 403) }
        if pathAndQuery == "/robots.txt" { return .text(robotsTxt(host: host)) }
        guard let route = routes.route(host: host, pathAndQuery: pathAndQuery) else { return notFound(host: host) }
        switch route {
        case .homepage(let s): return html(s) { $0.homepage() }
        case .list(let s, let c, let page): return html(s) { $0.listPage(column: c, page: page) }
        case .article(let s, let c, let i): return html(s) { $0.article(column: c, item: i) }
        case .attachment(let s, let c, let i): return attachment(site: sites[s], column: sites[s].columns[c], item: sites[s].columns[c].items[i])
        case .document(let s, let c, let i): return document(sites[s].columns[c].items[i])
        case .image(_, _, let i): return .file(SampleFiles.jpeg(seed: i), type: "image/jpeg")
        case .logo: return .file(SampleFiles.png, type: "image/png")
        case .calendar(let s): return html(s) { $0.calendar(pathAndQuery: pathAndQuery) }
        case .board(let s): return html(s) { $0.boardList() }
        case .message(let s, let i): return html(s) { $0.messagePage(i) }
        case .notFoundPage: return .html(Self.notFoundHTML)
        case .stylesheet: return PageResponse(status: 200, headers: [.init("Content-Type", "text/css")], body: Array(".nav .submenu{display:none}.nav li:hover .submenu{display:block}\n".utf8))
        case .script: return PageResponse(status: 200, headers: [.init("Content-Type", "application/javascript")], body: Array("/* jpage */\n".utf8))
        case .service(let page): return servicePage(page)
        }
    }

    /// Every page of one site (path with query → response), for tests and small tools.
    public func pages(ofSite siteID: String) -> [String: PageResponse] {
        guard let site = sites.first(where: { $0.id == siteID }) else { return [:] }
        var result: [String: PageResponse] = [:]
        for (path, route) in routes.exact[site.hostIndex] {
            if case .notFoundPage = route { continue }
            if ownerOf(route) == site.id { result[path] = response(host: site.hostIndex, pathAndQuery: path) }
        }
        if site.pathPrefix.isEmpty { result["/robots.txt"] = response(host: site.hostIndex, pathAndQuery: "/robots.txt") }
        return result
    }

    private func ownerOf(_ route: Route) -> String? {
        switch route {
        case .homepage(let s), .list(let s, _, _), .article(let s, _, _), .attachment(let s, _, _), .document(let s, _, _),
            .image(let s, _, _), .logo(let s), .calendar(let s), .board(let s), .message(let s, _):
            sites[s].id
        case .notFoundPage, .service, .stylesheet, .script: nil
        }
    }

    private func html(_ site: Int, _ render: (SitePageRenderer) -> String) -> PageResponse {
        .html(render(SitePageRenderer(province: self, siteIndex: site)), encoding: sites[site].encoding)
    }

    private func attachment(site: SiteModel, column: ColumnModel, item: ItemModel) -> PageResponse {
        switch site.style {
        case .trs: .file(SampleFiles.pdf(title: item.id), type: "application/pdf")
        case .hanweb:
            .file(SampleFiles.zipLike(seed: item.id), type: "application/octet-stream", downloadName: "\(item.id)0001.docx")
        case .jsp: .file(SampleFiles.zipLike(seed: item.id), type: "application/msword")
        }
    }

    /// A document listed directly: a small spreadsheet, or a 12 MiB PDF (a header and generated filler).
    private func document(_ item: ItemModel) -> PageResponse {
        if item.document == .large {
            return .file(SampleFiles.largePDF(title: item.id), type: "application/pdf")
        }
        return .file(SampleFiles.zipLike(seed: item.id), type: "application/vnd.ms-excel")
    }

    func robotsTxt(host: Int) -> String {
        var lines = ["User-agent: *"]
        for index in hosts[host].siteIndices {
            let site = sites[index]
            for column in site.columns where column.robotsDisallowed {
                let path = site.listPath(column, page: 0)
                lines.append("Disallow: " + String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]) + "/")
            }
        }
        if lines.count == 1 { lines.append("Disallow:") }
        return lines.joined(separator: "\n") + "\n"
    }

    static let notFoundHTML = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>404 页面不存在</title></head>
        <body><div class="error"><h1>404</h1><p>您访问的页面不存在或已被删除！</p><a href="/">返回首页</a></div></body></html>
        """

    private func notFound(host: Int) -> PageResponse {
        switch hosts[host].notFound {
        case .hard404: .html(Self.notFoundHTML, status: 404)
        case .soft404: .html(Self.notFoundHTML)
        case .redirectTo404: .redirect(to: "/404.html")
        }
    }

    private func servicePage(_ page: Route.ServicePage) -> PageResponse {
        switch page {
        case .jiucuoScript, .conacScript:
            PageResponse(status: 200, headers: [.init("Content-Type", "application/javascript")], body: Array("(function(){})();\n".utf8))
        case .conacImage: .file(SampleFiles.png, type: "image/png")
        case .jiucuoPage: .html("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>我为政府网站找错</title></head><body><h1>我为政府网站找错</h1></body></html>")
        case .conacPage: .html("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>党政机关网站标识</title></head><body><h1>党政机关</h1></body></html>")
        case .casino: .html("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>澳门新葡京娱乐场</title></head><body>真人百家乐 体育投注</body></html>")
        }
    }
}
