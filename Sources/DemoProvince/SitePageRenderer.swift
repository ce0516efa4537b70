import GovSweepProtocol

/// Renders the HTML of one site: the shared frame (head, navigation, footer) lives here, the
/// homepage, lists and articles in extensions.
struct SitePageRenderer {
    let province: Province
    let siteIndex: Int
    var site: SiteModel { province.sites[siteIndex] }
    var services: String { province.origins[province.servicesHost] }

    /// A full page around `content`.
    func document(title: String, metas: [(String, String)], content: String) -> String {
        let charset = switch site.encoding {
        case .utf8: "<meta charset=\"utf-8\">"
        case .utf8StaleMeta, .gbkMetaOnly: "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
        case .gbkHeaderDisagrees: "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">"
        }
        let metaTags = metas.map { "<meta name=\"\($0.0)\" content=\"\($0.1)\">" }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html>
            <head>
            \(charset)
            <title>\(title)</title>
            \(metaTags)
            <link rel="stylesheet" href="\(site.pathPrefix)/images/style.css">
            </head>
            <body>
            <div class="header"><img src="\(site.logoPath)" alt="\(site.name)"><h1>\(site.name)</h1></div>
            \(navigation)
            <div class="main">
            \(content)
            </div>
            \(footer)
            </body>
            </html>
            """
    }

    /// Metadata most CMSs emit; JSP sites emit none.
    func siteMetas(column: ColumnModel? = nil) -> [(String, String)] {
        guard site.style != .jsp else { return [] }
        var metas = [("SiteName", site.name), ("SiteDomain", province.homepageURL(site))]
        if !site.defects.contains(.noSiteIDCode) { metas.append(("SiteIDCode", site.id)) }
        if let column {
            metas.append(("ColumnName", column.name))
            metas.append(("ColumnType", column.name))
        }
        return metas
    }

    /// The menu: visible entries plus a hidden dropdown (`display:none`) listing every column.
    var navigation: String {
        var visible = site.columns.prefix(4).map { "<li><a href=\"\(site.listPath($0, page: 0))\">\($0.name)</a></li>" }
        if site.board != nil { visible.append("<li><a href=\"\(site.boardListPath)\">\(Self.boardName)</a></li>") }
        let dropdown = site.columns.map { "<li><a href=\"\(site.listPath($0, page: 0))\">\($0.name)</a></li>" }
        return """
            <div class="nav"><ul>
            <li><a href="\(site.homepagePath)">首页</a></li>
            \(visible.joined(separator: "\n"))
            <li class="has-sub"><a href="javascript:void(0)">政务公开</a>
            <ul class="submenu" style="display:none">
            \(dropdown.joined(separator: "\n"))
            </ul></li>
            </ul></div>
            """
    }

    /// The footer with the identity marks the indicators ask for, minus the planted omissions.
    var footer: String {
        let d = site.defects
        var lines = ["<p>主办单位：\(site.unit)　承办：\(site.unit)信息中心　联系电话：0793-8\(site.id.suffix(6))</p>"]
        var marks: [String] = []
        if !d.contains(.noSiteIDCode) { marks.append("网站标识码：\(site.id)") }
        if !d.contains(.noICP) { marks.append("<a href=\"\(services)/sitename?icp=1\">\(Gazetteer.provinceAbbreviation)ICP备\(icpNumber)号</a>") }
        if !d.contains(.noPSBRecord) {
            marks.append("<img src=\"\(services)/image/red.png\" alt=\"\"> \(Gazetteer.provinceAbbreviation)公网安备 \(psbNumber)号")
        }
        lines.append("<p>" + marks.joined(separator: "　") + "</p>")
        lines.append("""
            <span id="_ideConac"><script type="text/javascript" src="\(services)/conac/govSite.js?id=\(site.id)"></script>\
            <a href="\(services)/sitename?method=show&amp;id=\(site.id)"><img src="\(services)/image/red.png" alt="党政机关"></a></span>
            """)
        if !d.contains(.noErrorReportEntry) {
            let code = d.contains(.noSiteIDCode) ? "" : " sitecode=\"\(site.id)\""
            lines.append("<span id=\"_span_jiucuo\"><script id=\"_jiucuo_\"\(code) src=\"\(services)/exposure/jiucuo.js\"></script></span>")
            lines.append("<a href=\"\(services)/exposure/jiucuo.html?site_code=\(d.contains(.noSiteIDCode) ? "" : site.id)\" target=\"_blank\">我为政府网站找错</a>")
        }
        if siteIndex != 0 {
            let portal = province.sites[0]
            lines.append("<div class=\"links\">友情链接：<a href=\"\(province.homepageURL(portal))\">\(portal.name)</a></div>")
        }
        return "<div class=\"footer\">\n" + lines.joined(separator: "\n") + "\n</div>"
    }

    /// A 14-digit 公安机关备案 number: the site's area code (the province capital's for `bm` sites) and a serial.
    var psbNumber: String {
        let area = site.id.hasPrefix("bm") ? "360102" : String(site.id.prefix(6))
        return area + "02000" + String(site.id.suffix(3))
    }

    /// A stable ICP number derived from the site id.
    var icpNumber: String { "0500" + String(site.id.suffix(4)) }

    /// The date of an item as this site's lists print it.
    func listDate(_ date: CivilDate) -> String {
        switch site.style {
        case .trs: return date.iso
        case .hanweb:
            switch site.dateFormat {
            case 1: return "[\(date.iso)]"
            case 2: return "\(date.year)年\(date.month)月\(date.day)日"
            case 3: return Self.chineseNumeralDate(date)
            default: return date.iso
            }
        case .jsp:
            return Self.printsYearless(date, asOf: province.spec.asOf) ? "[\(date.iso.suffix(5))]" : "[\(date.iso)]"
        }
    }

    /// Old JSP lists print recent items as month-day only.
    static func printsYearless(_ date: CivilDate, asOf: CivilDate) -> Bool {
        date <= asOf && date.days(until: asOf) <= 60
    }
}
