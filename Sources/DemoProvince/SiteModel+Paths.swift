import GovSweepProtocol

/// Where each page of a site lives, following its CMS's conventions (all paths host-absolute).
extension SiteModel {
    var homepagePath: String { pathPrefix + "/" }

    func listPageCount(_ column: ColumnModel, perPage: Int) -> Int {
        max(1, (column.items.count + perPage - 1) / perPage)
    }

    /// The list page `page` (0-based) of a column.
    func listPath(_ column: ColumnModel, page: Int) -> String {
        switch style {
        case .trs:
            pathPrefix + "/col/\(column.slug)/" + (page == 0 ? "index.html" : "index_\(page).html")
        case .hanweb:
            pathPrefix + "/col/col\(column.number)/index.html" + (page == 0 ? "" : "?uid=\(hanwebUnit)&pageNum=\(page + 1)")
        case .jsp:
            pathPrefix + "/\(column.slug)/list.jsp" + (page == 0 ? "" : "?page=\(page + 1)")
        }
    }

    func articlePath(_ column: ColumnModel, _ item: ItemModel) -> String {
        let d = item.date
        switch style {
        case .trs: return pathPrefix + "/col/\(column.slug)/\(d.compactMonth)/t\(d.compact)_\(item.id).html"
        case .hanweb: return pathPrefix + "/art/\(d.year)/\(d.month)/\(d.day)/art_\(column.number)_\(item.id).html"
        case .jsp: return pathPrefix + "/\(column.slug)/content.jsp?id=\(item.id)"
        }
    }

    /// The href a list page uses for an article (relative where the CMS writes it so).
    func articleHref(_ column: ColumnModel, _ item: ItemModel) -> String {
        switch style {
        case .trs: "./\(item.date.compactMonth)/t\(item.date.compact)_\(item.id).html"
        case .hanweb: articlePath(column, item)
        case .jsp: "content.jsp?id=\(item.id)"
        }
    }

    func attachmentPath(_ column: ColumnModel, _ item: ItemModel, broken: Bool) -> String {
        let d = item.date
        let tail = broken ? "9999" : "0001"
        switch style {
        case .trs: return pathPrefix + "/col/\(column.slug)/\(d.compactMonth)/P0\(d.compact)\(item.id)000\(tail).pdf"
        case .hanweb: return pathPrefix + "/module/download/downfile.jsp?classid=0&filename=\(item.id)\(tail).docx"
        case .jsp: return pathPrefix + "/uploadfiles/\(d.compactMonth)/\(item.id)\(tail).doc"
        }
    }

    /// A document the list links to directly: a spreadsheet, or a large PDF.
    func documentPath(_ column: ColumnModel, _ item: ItemModel) -> String {
        let d = item.date
        let ext = item.document == .large ? "pdf" : (style == .jsp ? "xls" : "xlsx")
        switch style {
        case .trs: return pathPrefix + "/col/\(column.slug)/\(d.compactMonth)/P0\(d.compact)\(item.id)0700.\(ext)"
        case .hanweb: return pathPrefix + "/module/download/downfile.jsp?classid=0&filename=\(d.compactMonth.suffix(4))\(item.id)07.\(ext == "xlsx" ? "xls" : ext)"
        case .jsp: return pathPrefix + "/uploadfiles/\(d.compactMonth)/\(item.id)07.\(ext)"
        }
    }

    /// The href a list uses for an item: its article, or its document (relative in TRS lists).
    func itemHref(_ column: ColumnModel, _ item: ItemModel) -> String {
        guard item.document != nil else { return articleHref(column, item) }
        let path = documentPath(column, item)
        guard style == .trs, let slash = path.lastIndex(of: "/") else { return path }
        return "./\(item.date.compactMonth)" + path[slash...]
    }

    func imagePath(_ column: ColumnModel, _ item: ItemModel, broken: Bool) -> String {
        let d = item.date
        let tail = broken ? "99" : "01"
        switch style {
        case .trs: return pathPrefix + "/col/\(column.slug)/\(d.compactMonth)/W0\(d.compact)\(item.id)\(tail).jpg"
        case .hanweb, .jsp: return pathPrefix + "/picture/\(d.compactMonth)/\(item.id)\(tail).jpg"
        }
    }

    /// A link to a page the site deleted long ago.
    func deletedPagePath(_ item: ItemModel) -> String { pathPrefix + "/zt/2019zt/\(item.id)/index.html" }

    var logoPath: String { pathPrefix + "/images/logo.png" }

    var calendarPath: String { pathPrefix + "/calendar/index.html" }

    func calendarPath(_ date: CivilDate) -> String { calendarPath + "?date=\(date.iso)" }
}

extension CivilDate {
    /// `YYYYMMDD`.
    var compact: String { String(iso.filter { $0 != "-" }) }
    /// `YYYYMM`.
    var compactMonth: String { String(compact.prefix(6)) }
}
