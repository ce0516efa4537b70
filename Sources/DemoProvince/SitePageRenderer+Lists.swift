import GovSweepProtocol

/// The homepage and the column list pages, in each CMS's own markup.
extension SitePageRenderer {
    func homepage() -> String {
        var blocks: [String] = []
        for slug in ["gzdt", "tzgg", "zcwj"] {
            guard let column = site.columns.first(where: { $0.slug == slug }) else { continue }
            let count = slug == "zcwj" ? 3 : 6
            let rows = column.items.prefix(count).map { item in
                "<li><a href=\"\(site.articlePath(column, item))\" title=\"\(item.title)\">\(item.title)</a><span class=\"date\">\(listDate(item.date))</span></li>"
            }
            blocks.append("""
                <div class="block"><h2><a href="\(site.listPath(column, page: 0))">\(column.name)</a></h2>
                <ul class="news-list">
                \(rows.joined(separator: "\n"))
                </ul><a class="more" href="\(site.listPath(column, page: 0))">更多&gt;&gt;</a></div>
                """)
        }
        if site.defects.contains(.calendarTrap) {
            blocks.append("<div class=\"block\"><a href=\"\(site.calendarPath(province.spec.asOf))\">政务活动日历</a></div>")
        }
        if site.defects.contains(.spam) { blocks.append(spamBlock) }
        return document(title: site.name, metas: siteMetas(), content: blocks.joined(separator: "\n"))
    }

    /// 暗链: a hidden block of gambling links, as injected into hacked sites.
    var spamBlock: String {
        """
        <div style="position:absolute;left:-9999px;top:-9999px">
        <a href="\(services)/casino/index.html">澳门新葡京娱乐场</a> <a href="\(services)/casino/index.html?b=1">真人百家乐在线博彩</a>
        <a href="\(services)/casino/index.html?b=2">体育投注 开户送彩金</a>
        </div>
        """
    }

    /// List page `page` (0-based) of column `columnIndex`.
    func listPage(column columnIndex: Int, page: Int) -> String {
        let column = site.columns[columnIndex]
        let perPage = province.spec.itemsPerListPage
        let pages = site.listPageCount(column, perPage: perPage)
        let items = Array(column.items.dropFirst(page * perPage).prefix(perPage))
        let body: String = switch site.style {
        case .trs: trsList(column, items: items, pages: pages, page: page)
        case .hanweb: hanwebList(column, items: items, page: page)
        case .jsp: jspList(column, items: items, pages: pages, page: page)
        }
        let content = """
            \(topLinks)
            <div class="position">当前位置：<a href="\(site.homepagePath)">首页</a> &gt; \(column.name)</div>
            \(sideBoxes(current: column))
            <h2 class="column-title">\(column.name)</h2>
            \(body)
            """
        return document(title: "\(column.name)_\(site.name)", metas: siteMetas(column: column), content: content)
    }

    private func trsList(_ column: ColumnModel, items: [ItemModel], pages: Int, page: Int) -> String {
        let rows = items.map { item in
            "<li><a href=\"\(site.itemHref(column, item))\" target=\"_blank\" title=\"\(item.title)\">\(item.title)</a><span>\(listDate(item.date))</span></li>"
        }
        let placeholder = items.isEmpty ? "<li class=\"nodata\">\(emptyListText)</li>" : ""
        return """
            <ul class="list">
            \(rows.joined(separator: "\n"))\(placeholder)
            </ul>
            <div class="page">
            <script type="text/javascript">
            function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt) {
              if (_nPageCount == null || _nPageCount <= 1) { return; }
              var nCurrIndex = _nCurrIndex || 0;
              if (nCurrIndex < _nPageCount - 1) {
                document.write("<a href=\\"" + _sPageName + "_" + (nCurrIndex + 1) + "." + _sPageExt + "\\">下一页</a>");
              }
            }
            createPageHTML(\(pages), \(page), "index", "html");
            </script>
            </div>
            """
    }

    private func hanwebList(_ column: ColumnModel, items: [ItemModel], page: Int) -> String {
        var records = items.map { item in
            "<record><![CDATA[<li><a href=\"\(site.itemHref(column, item))\" target=\"_blank\" title=\"\(item.title)\">\(item.title)</a><span class=\"bt-data-time\">\(listDate(item.date))</span></li>]]></record>"
        }
        if items.isEmpty { records = ["<record><![CDATA[<li>\(emptyListText)</li>]]></record>"] }
        let perPage = province.spec.itemsPerListPage
        let hasNext = page + 1 < site.listPageCount(column, perPage: perPage)
        let nextGroup = hasNext ? "<nextgroup><![CDATA[<a href=\"\(site.listPath(column, page: page + 1))\"></a>]]></nextgroup>" : "<nextgroup></nextgroup>"
        return """
            <div id="\(site.hanwebUnit)">
            <script type="text/xml">
            <datastore>
            \(nextGroup)
            <recordset>
            \(records.joined(separator: "\n"))
            </recordset>
            </datastore>
            </script>
            <script type="text/javascript" src="\(site.pathPrefix)/module/jslib/jquery/jpage/jquery.page.min.js"></script>
            <script type="text/javascript">
            $(document).ready(function() { $('#\(site.hanwebUnit)').jpage({ dataStore: dataStore, totalRecord: \(column.items.count), perPage: \(perPage), pageNum: \(page + 1), proxyUrl: '/module/web/jpage/dataproxy.jsp' }); });
            </script>
            </div>
            """
    }

    private func jspList(_ column: ColumnModel, items: [ItemModel], pages: Int, page: Int) -> String {
        let rows = items.map { item in
            "<tr><td class=\"title\"><a href=\"\(site.itemHref(column, item))\" target=\"_blank\">\(item.title)</a></td><td class=\"date\">\(listDate(item.date))</td></tr>"
        }
        var pager = "共\(pages)页 第\(page + 1)页 "
        if page > 0 { pager += "<a href=\"list.jsp?page=\(page)\">上一页</a> " }
        if page + 1 < pages { pager += "<a href=\"list.jsp?page=\(page + 2)\">下一页</a> <a href=\"list.jsp?page=\(pages)\">尾页</a>" }
        let empty = items.isEmpty ? "<tr><td colspan=\"2\">\(emptyListText)</td></tr>" : ""
        return """
            <table class="list" width="100%" cellspacing="0">
            \(rows.joined(separator: "\n"))\(empty)
            </table>
            <div class="pager">\(pager)</div>
            """
    }

    /// What an empty list says, by site: 暂无信息, 暂无数据 or 没有相关信息.
    var emptyListText: String { ["暂无信息", "暂无数据", "没有相关信息"][siteIndex % 3] }

    /// Header links above a list page (logo link, site map): lists that are no content.
    var topLinks: String {
        """
        <ul class="top-links"><li><a href="\(site.homepagePath)"><img src="\(site.logoPath)" alt="\(site.name)"></a></li>\
        <li><a href="\(site.homepagePath)">\(site.name)门户网站</a></li><li><a href="\(site.homepagePath)">返回首页</a></li></ul>
        """
    }

    /// The side navigation (栏目导航) listing the site's columns with longer labels, a
    /// related-links box (相关链接): undated lists beside the content list, in boxes whose class
    /// names no menu; and on every list page but 工作动态's own a dated 最新信息 box of 工作动态's
    /// newest items, which must not count as the column's items (a blank column stays blank, a
    /// stale one stale).
    func sideBoxes(current: ColumnModel) -> String {
        hotBox(current: current) + undatedSideBoxes(current: current)
    }

    /// The 最新信息 box: up to three of 工作动态's newest items published by the as-of date.
    func hotBox(current: ColumnModel) -> String {
        guard current.slug != "gzdt", let news = site.columns.first(where: { $0.slug == "gzdt" }) else { return "" }
        let rows = news.items.filter { $0.date <= province.spec.asOf }.prefix(3).map { item in
            "<li><a href=\"\(site.articlePath(news, item))\">\(item.title)</a><span>\(listDate(item.date))</span></li>"
        }
        guard !rows.isEmpty else { return "" }
        if Self.namesHotBoxByHeadingOnly(siteIndex: siteIndex) {
            return "<div class=\"box2\"><h3>最新信息</h3><ul class=\"l2\">\n\(rows.joined(separator: "\n"))\n</ul></div>\n"
        }
        return "<div class=\"hot-box\"><h3>最新信息</h3><ul>\n\(rows.joined(separator: "\n"))\n</ul></div>\n"
    }

    /// On every other site the 最新信息 box's class names nothing (`box2`): only its heading
    /// says it is beside the content (pattern `dated_side_box_by_heading`).
    static func namesHotBoxByHeadingOnly(siteIndex: Int) -> Bool { siteIndex % 2 == 1 }

    private func undatedSideBoxes(current: ColumnModel) -> String {
        let columns = site.columns.filter { $0.slug != current.slug && !$0.items.isEmpty }.map { column in
            "<li><a href=\"\(site.listPath(column, page: 0))\">\(site.unit)\(column.name)</a></li>"
        }
        let portal = province.sites[0]
        return """
            <div class="left-box"><h3>栏目导航</h3><ul class="lmlb">
            \(columns.joined(separator: "\n"))
            </ul></div>
            <div class="related-box"><h3>相关链接</h3><ul>
            <li><a href="\(province.homepageURL(portal))">\(portal.name)门户网站</a></li>
            <li><a href="\(site.homepagePath)">\(site.name)首页</a></li>
            </ul></div>
            """
    }
}
