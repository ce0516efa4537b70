import Foundation
import GovSweepProtocol

/// Article (信息) pages, with whatever the planter put in them.
extension SitePageRenderer {
    func article(column columnIndex: Int, item itemIndex: Int) -> String {
        let column = site.columns[columnIndex]
        let item = column.items[itemIndex]
        if item.shortNotice { return shortNotice(item) }
        let time = "\(item.date.iso) \(10 + item.id % 8):\(String(10 + item.id % 50))"
        var metas = siteMetas(column: column)
        if site.style != .jsp {
            metas += [("ArticleTitle", item.title), ("PubDate", time), ("ContentSource", item.body?.source ?? site.unit)]
        }
        var paragraphs = (item.body?.paragraphs ?? Copywriter.paragraphs(title: item.title, unit: site.unit, serial: item.id))
            .map { "<p>\($0)</p>" }
        paragraphs += item.extras.compactMap { extraHTML($0, column: column, item: item) }
        if let link = policyLinkParagraph(item) { paragraphs.append(link) }
        if column.category == .policy {
            paragraphs.append("<p style=\"text-align:right\">\(site.unit)<br>\(Self.chineseNumeralDate(item.date))</p>")
        }
        let content = """
            <div class="position">当前位置：<a href="\(site.homepagePath)">首页</a> &gt; <a href="\(site.listPath(column, page: 0))">\(column.name)</a></div>
            <div class="article">
            <h1>\(item.title)</h1>
            <div class="info">发布时间：\(time)　来源：\(item.body?.source ?? site.unit)</div>\(item.documentNumber.map { "\n<div class=\"info\">发文字号：\($0)</div>" } ?? "")
            <div class="content">
            \(paragraphs.joined(separator: "\n"))
            </div>
            </div>
            """
        return document(title: "\(item.title)_\(site.name)", metas: metas, content: content)
    }

    private func extraHTML(_ extra: ArticleExtra, column: ColumnModel, item: ItemModel) -> String? {
        let region = site.id.hasPrefix("bm") ? "360102" : String(site.id.prefix(6))
        switch extra {
        case .workingImage:
            return "<p style=\"text-align:center\"><img src=\"\(site.imagePath(column, item, broken: false))\" alt=\"\(item.title)\"></p>"
        case .brokenImage:
            return "<p style=\"text-align:center\"><img src=\"\(site.imagePath(column, item, broken: true))\" alt=\"现场图片\"></p>"
        case .workingAttachment:
            return "<p>附件：<a href=\"\(attachmentHref(column, item, broken: false))\">\(item.title).\(attachmentExtension)</a></p>"
        case .brokenAttachment:
            return "<p>附件2：<a href=\"\(attachmentHref(column, item, broken: true))\">申报表.\(attachmentExtension)</a></p>"
        case .brokenLink, .softBrokenLink:
            return "<p>相关链接：<a href=\"\(site.deletedPagePath(item))\">2019年度专题专栏</a></p>"
        case .blockedLink:
            return "<p>办事入口：<a href=\"\(province.origins[province.blockingHost])/zwfw/guide/\(item.id).html\">江西政务服务网</a></p>"
        case .sensitiveIDs:
            let rows = (0..<3).map { n in
                let id = ChineseIDNumber.make(region: region, birth: "19\(70 + n * 7)0\(n + 3)1\(n + 2)", sequence: item.id + n * 37)
                return "<tr><td>\(Gazetteer.surnames[n])\(Gazetteer.givenNames[n])</td><td>\(id)</td><td>\(Gazetteer.topics[n])补助</td></tr>"
            }
            return "<table border=\"1\"><tr><th>姓名</th><th>身份证号码</th><th>项目</th></tr>\n\(rows.joined(separator: "\n"))\n</table>"
        case .maskedIDs:
            let rows = (0..<3).map { n in
                let id = ChineseIDNumber.make(region: region, birth: "19\(80 + n * 5)1\(n)0\(n + 4)", sequence: item.id + n * 41)
                return "<tr><td>\(Gazetteer.surnames[n + 3])**</td><td>\(ChineseIDNumber.masked(id))</td><td>138****\(1000 + item.id % 9000)</td></tr>"
            }
            return "<table border=\"1\"><tr><th>姓名</th><th>身份证号码</th><th>联系电话</th></tr>\n\(rows.joined(separator: "\n"))\n</table>"
        case .groupedMobiles:
            let rows = (0..<6).map { n in
                let middle = String(format: "%04d", (item.id * 7 + n * 131) % 10000)
                let separator = n % 2 == 0 ? "-" : " "
                return "<tr><td>第\(n + 1)网格</td><td>\(Gazetteer.surnames[n])某</td><td>1\(3 + n % 6)\(n)\(separator)\(middle)\(separator)\(String(format: "%04d", 1000 + n))</td></tr>"
            }
            return "<table border=\"1\"><tr><th>网格</th><th>网格员</th><th>联系电话</th></tr>\n\(rows.joined(separator: "\n"))\n</table>"
        case .badCheckDigitSerial:
            let valid = ChineseIDNumber.make(region: region, birth: "20230\(1 + item.id % 9)15", sequence: item.id)
            return "<p>合同编号：\(ChineseIDNumber.withWrongCheck(valid))</p>"
        case .seriousTypo:
            let (wrong, _) = Self.typoForms[item.id % Self.typoForms.count]
            return "<p>会议传达学习了\(wrong)在全国\(Gazetteer.topics[item.id % 20])工作电视电话会议上的讲话精神。</p>"
        case .correctTypoForm:
            let (_, first) = Self.typoForms[0]
            let others = Self.typoForms.dropFirst().map(\.correct).joined(separator: "和")
            return "<p>会议传达学习了\(first)在全国\(Gazetteer.topics[item.id % 20])工作电视电话会议上的讲话精神，以及\(others)的有关要求。</p>"
        case .flaky:
            return nil
        case .deadHostLink(let hanging):
            let host = hanging ? province.silentHost : province.refusingHost
            return "<p>相关链接：<a href=\"\(province.origins[host])/zt/\(item.id)/index.html\">\(hanging ? "专题网站" : "原网站地址")</a></p>"
        }
    }

    /// Serious errors planted, with their correct forms (planted as negatives).
    static let typoForms: [(wrong: String, correct: String)] = [
        ("国务院付总理", "国务院副总理"), ("中华人民共合国国务院", "中华人民共和国国务院"), ("习近平总书纪", "习近平总书记"),
    ]

    /// A short notice in a bare template (no menu, no footer): real content whose words
    /// (已失效, 已删除) a careless soft-404 check takes for a missing page.
    func shortNotice(_ item: ItemModel) -> String {
        let time = "\(item.date.iso) 09:30"
        let body = item.id % 2 == 0
            ? "经清理，下列规范性文件已失效：《关于加强政务信息公开工作的通知》。"
            : "按照有关规定，过期政务信息已删除，特此说明。"
        return """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>\(item.title)</title></head>
            <body><h1>\(item.title)</h1><p>发布时间：\(time)</p><p>\(body)</p><p>\(site.unit)</p>\(policyLinkParagraph(item) ?? "")</body></html>
            """
    }

    private var attachmentExtension: String {
        switch site.style {
        case .trs: "pdf"
        case .hanweb: "docx"
        case .jsp: "doc"
        }
    }

    /// TRS writes attachment links relative to the article's month folder.
    private func attachmentHref(_ column: ColumnModel, _ item: ItemModel, broken: Bool) -> String {
        let path = site.attachmentPath(column, item, broken: broken)
        guard site.style == .trs, let slash = path.lastIndex(of: "/") else { return path }
        return "." + path[slash...]
    }

    /// 二〇二三年十二月十三日, as formal documents date themselves.
    static func chineseNumeralDate(_ date: CivilDate) -> String {
        let digits: [Character] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        func small(_ n: Int) -> String {
            switch n {
            case 0..<10: String(digits[n])
            case 10: "十"
            case 11..<20: "十" + String(digits[n - 10])
            default: String(digits[n / 10]) + "十" + (n % 10 == 0 ? "" : String(digits[n % 10]))
            }
        }
        let year = String(date.year).compactMap(\.wholeNumberValue).map { String(digits[$0]) }.joined()
        return "\(year)年\(small(date.month))月\(small(date.day))日"
    }
}
