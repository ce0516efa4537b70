/// A list page of the size and shape a county government site serves (about 24 KB).
enum BenchmarkPage {
    static let html: String = {
        var items = ""
        for index in 0..<120 {
            items += "<li><a href=\"./202312/t20231213_\(4_567_890 + index).html\" target=\"_blank\">"
            items += "关于做好2023年冬季安全生产工作的通知（第\(index)期）</a><span>2023-12-13</span></li>\n"
        }
        return """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>通知公告_上饶市人民政府</title>
            <meta name="SiteIDCode" content="3611000003"><meta name="ColumnName" content="通知公告"></head>
            <body><div class="list"><ul>
            \(items)</ul></div><script>createPageHTML(12, 0, "index", "html");</script>
            <div class="footer">主办单位：上饶市人民政府办公室 网站标识码：3611000003 赣ICP备05004019号</div></body></html>
            """
    }()
}
