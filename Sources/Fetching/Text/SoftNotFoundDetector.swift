/// Recognises "soft 404s": pages answered with 200 that say the requested page does not exist.
///
/// Chinese CMSs and shared platforms typically answer a missing page with a template titled
/// 404 / 页面不存在 / 您访问的页面不存在或已被删除. The detector looks only where such a template
/// speaks — the `<title>`, the `<h1>`–`<h3>` headings, and the whole text of a short page — so an
/// ordinary article that mentions "404" or 已删除 in its body is not mistaken for one.
///
/// - A *strong* phrase (页面不存在, 页面已删除, page not found, ...) in the title or a heading counts.
/// - "404" counts in the title or a heading when it stands alone (not part of a longer number, not
///   an ordinal like 第404号 or a quantity like 404元).
/// - On a short page (little visible text) also the weaker words (找不到, 已删除, 不存在) count.
///
/// Phrases are searched on UTF-8 bytes, ASCII letters without case.
public enum SoftNotFoundDetector {
    /// Visible characters at or below which a page counts as short.
    public static let shortPageLimit = 400

    static let strongPhrases = [
        "页面不存在", "网页不存在", "页面未找到", "页面找不到", "找不到页面", "找不到该页面", "找不到网页",
        "找不到您要", "找不到您所", "您访问的页面已", "页面已删除", "页面已被删除", "页面已失效", "页面已过期",
        "信息不存在", "信息已删除", "信息已被删除", "内容不存在", "内容已删除", "内容已被删除", "文章不存在",
        "文件不存在", "栏目不存在", "无法找到该页", "无法找到页面", "请求的页面不存在", "已被删除或不存在",
        "page not found", "not found", "404错误", "错误404",
    ]
    static let weakPhrases = ["找不到", "已删除", "已被删除", "不存在", "已失效", "出错了"]

    private static let strongNeedles = strongPhrases.map { Array($0.utf8) }
    private static let allNeedles = (strongPhrases + weakPhrases).map { Array($0.utf8) }

    /// Why `html` reads as a "page not found" page, or nil when it does not.
    public static func reason(html: String) -> String? {
        let page = PageText(html: html)
        let places = [("title", page.title)] + page.headings.map { ("heading", $0) }
        for (place, text) in places where !text.isEmpty {
            if let phrase = firstPhrase(strongNeedles, in: text) {
                return "soft 404: \(place) says “\(strongPhrases[phrase])”"
            }
            if containsStandalone404(text) { return "soft 404: \(place) says “404”" }
        }
        guard page.isShort(limit: shortPageLimit) else { return nil }
        if let phrase = firstPhrase(allNeedles, in: page.visibleText) {
            return "soft 404: a short page says “\((strongPhrases + weakPhrases)[phrase])”"
        }
        if containsStandalone404(page.visibleText) { return "soft 404: a short page says “404”" }
        return nil
    }

    /// The position in `needles` of the first one `text` contains, ASCII letters without case.
    private static func firstPhrase(_ needles: [[UInt8]], in text: String) -> Int? {
        ByteScan.withBytes(of: text) { bytes in
            needles.firstIndex { ByteScan.firstIndex(of: $0, in: bytes, ignoringCase: true) != nil }
        }
    }

    /// True when "404" occurs as a number of its own, not as part of a larger number, an ordinal
    /// (第404号) or a quantity (404元, 404人).
    static func containsStandalone404(_ text: String) -> Bool {
        guard ByteScan.withBytes(of: text, { ByteScan.firstIndex(of: Self.digits404, in: $0) != nil }) else { return false }
        let characters = Array(text)
        var index = 0
        while index + 3 <= characters.count {
            defer { index += 1 }
            guard characters[index] == "4", characters[index + 1] == "0", characters[index + 2] == "4" else { continue }
            let before = index > 0 ? characters[index - 1] : " "
            let after = index + 3 < characters.count ? characters[index + 3] : " "
            if before.isNumber || after.isNumber || before == "第" || before == "." || quantityMarks.contains(after) {
                continue
            }
            return true
        }
        return false
    }

    private static let digits404 = Array("404".utf8)
    private static let quantityMarks: Set<Character> = ["号", "条", "元", "人", "次", "个", "份", "万", "亿", "年", "天", "米", "项", "户", "家", "名", "件", "期", "%", "."]
}
