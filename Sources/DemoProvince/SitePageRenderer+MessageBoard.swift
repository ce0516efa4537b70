import GovSweepProtocol

extension SiteModel {
    /// The consultation column's list.
    var boardListPath: String { pathPrefix + "/hdjl/xjlb/index.html" }

    /// One message's page.
    func messagePath(_ message: MessageModel) -> String { pathPrefix + "/hdjl/xjlb/xj_\(message.id).html" }
}

/// The consultation column (领导信箱) in each CMS's own markup: a headed table (TRS), a data
/// island of rows that label their values (Hanweb), a table with other header words (JSP).
extension SitePageRenderer {
    static let boardName = "领导信箱"

    func boardList() -> String {
        guard let board = site.board else { return "" }
        let body: String = switch site.style {
        case .trs: trsBoard(board)
        case .hanweb: hanwebBoard(board)
        case .jsp: jspBoard(board)
        }
        let content = """
            <div class="position">当前位置：<a href="\(site.homepagePath)">首页</a> &gt; 互动交流 &gt; \(Self.boardName)</div>
            <h2 class="column-title">\(Self.boardName)</h2>
            \(body)
            """
        return document(title: "\(Self.boardName)_\(site.name)", metas: siteMetas(), content: content)
    }

    func messagePage(_ index: Int) -> String {
        guard let message = site.board?.messages[index] else { return "" }
        let body = site.style == .hanweb ? hanwebMessage(message) : tableMessage(message)
        let content = """
            <div class="position">当前位置：<a href="\(site.homepagePath)">首页</a> &gt; 互动交流 &gt; <a href="\(site.boardListPath)">\(Self.boardName)</a></div>
            \(body)
            """
        return document(title: "\(message.title)_\(Self.boardName)_\(site.name)", metas: siteMetas(), content: content)
    }

    private static func statusText(_ status: MessageStatus, style: CMSStyle) -> String {
        switch status {
        case .answered: style == .jsp ? "已办结" : "已回复"
        case .inProgress: "办理中"
        case .unanswered: style == .jsp ? "未答复" : "未回复"
        }
    }

    private func trsBoard(_ board: MessageBoardModel) -> String {
        let rows = board.messages.map { m in
            "<tr><td class=\"bt\"><a href=\"./xj_\(m.id).html\" target=\"_blank\" title=\"\(m.title)\">\(m.title)</a></td>"
                + "<td>\(m.asked.iso)</td><td>\(m.replied?.iso ?? "")</td><td>\(Self.statusText(m.status, style: .trs))</td></tr>"
        }
        return """
            <table class="xjlb" width="100%">
            <tr><th>信件标题</th><th>来信时间</th><th>回复时间</th><th>办理状态</th></tr>
            \(rows.joined(separator: "\n"))
            </table>
            """
    }

    private func hanwebBoard(_ board: MessageBoardModel) -> String {
        let records = board.messages.map { m in
            let reply = m.replied.map { "<span class=\"hfsj\">回复时间：\($0.iso)</span>" } ?? ""
            return "<record><![CDATA[<li><a href=\"\(site.messagePath(m))\" target=\"_blank\">\(m.title)</a>"
                + "<span class=\"lxsj\">来信时间：\(m.asked.iso)</span>\(reply)<span class=\"zt\">\(Self.statusText(m.status, style: .hanweb))</span></li>]]></record>"
        }
        return """
            <div id="xj\(site.hanwebUnit)">
            <script type="text/xml">
            <datastore>
            <nextgroup></nextgroup>
            <recordset>
            \(records.joined(separator: "\n"))
            </recordset>
            </datastore>
            </script>
            </div>
            """
    }

    private func jspBoard(_ board: MessageBoardModel) -> String {
        let rows = board.messages.enumerated().map { n, m in
            "<tr><td>\(n + 1)</td><td><a href=\"xj_\(m.id).html\">\(m.title)</a></td><td>\(m.asked.iso)</td>"
                + "<td>\(m.replied?.iso ?? "-")</td><td>\(Self.statusText(m.status, style: .jsp))</td></tr>"
        }
        return """
            <table class="list" border="0" cellspacing="0">
            <tr class="title"><td>序号</td><td>主题</td><td>写信时间</td><td>答复时间</td><td>状态</td></tr>
            \(rows.joined(separator: "\n"))
            </table>
            """
    }

    private func tableMessage(_ m: MessageModel) -> String {
        var rows = [
            "<tr><th>信件标题</th><td>\(m.title)</td></tr>", "<tr><th>来信时间</th><td>\(m.asked.iso)</td></tr>",
            "<tr><th>来信内容</th><td>\(m.question)</td></tr>",
            "<tr><th>办理状态</th><td>\(Self.statusText(m.status, style: site.style))</td></tr>",
        ]
        if let replied = m.replied, let reply = m.reply {
            rows += ["<tr><th>答复单位</th><td>\(site.unit)</td></tr>", "<tr><th>答复时间</th><td>\(replied.iso)</td></tr>",
                     "<tr><th>答复内容</th><td><p>\(reply)</p></td></tr>"]
        }
        return "<table class=\"xjxq\">\n" + rows.joined(separator: "\n") + "\n</table>"
    }

    private func hanwebMessage(_ m: MessageModel) -> String {
        var parts = [
            "<h1 class=\"xj-title\">\(m.title)</h1>", "<div class=\"xj-info\">",
            "<p><span>写信时间：</span>\(m.asked.iso)</p>", "<p><span>办理状态：</span>\(Self.statusText(m.status, style: .hanweb))</p>",
            "</div>", "<div class=\"xj-content\"><p class=\"label\">来信内容：</p><div class=\"nr\"><p>\(m.question)</p></div></div>",
        ]
        if let replied = m.replied, let reply = m.reply {
            parts += ["<div class=\"hf\"><p class=\"label\">回复内容：</p><div class=\"hfnr\"><p>\(reply)</p></div>",
                      "<p class=\"hfxx\"><span>回复单位：\(site.unit)</span>　<span>回复时间：\(replied.iso)</span></p></div>"]
        }
        return parts.joined(separator: "\n")
    }
}
