/// Recognises "soft 404s": pages answered with 200 that say the requested page does not exist.
///
/// Chinese CMSs and shared platforms typically answer a missing page with a template titled
/// 404 / 页面不存在 / 您访问的页面不存在或已被删除. The wording must be the page's main message,
/// not a word inside real content, so the detector looks only where such a template speaks and
/// asks that the message dominate there:
///
/// - A *strong* phrase (页面不存在, 页面已删除, page not found, ...) counts in the title or an
///   `<h1>`–`<h3>` heading when the part of it that holds the phrase (titles are split on
///   `-`, `_`, `|`) is little more than the phrase: `页面不存在 - 某市人民政府` counts,
///   `关于清理“信息不存在”栏目的通知` does not.
/// - "404" counts there when it stands alone (not part of a longer number, not an ordinal like
///   第404号 or a quantity like 404元) in such a short part.
/// - On a short page (little visible text) also the weaker words (找不到, 已删除, 不存在, 已失效)
///   count, in a short sentence of their own, and only when the page is no document: no title or
///   heading names a notice, circular or decision (关于…, 公告, 通知 …) and no date is written on
///   it, a list's year-less `11-13` included (a short homepage's list shows its items so). `关于部分规范性文件失效的公告 … 已失效` is a real notice; `对不起，该信息已删除` is not.
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
        // The visible text matters only on a short page: gathering stops past the limit.
        let page = PageText(html: html, textLimit: shortPageLimit)
        let places = [("title", page.title)] + page.headings.map { ("heading", $0) }
        for (place, text) in places where !text.isEmpty {
            for part in parts(of: text, splittingTitle: place == "title") {
                if let phrase = firstPhrase(strongNeedles, in: part), dominates(strongPhrases[phrase], part) {
                    return "soft 404: \(place) says “\(strongPhrases[phrase])”"
                }
                if part.count <= 12, containsStandalone404(part) { return "soft 404: \(place) says “404”" }
            }
        }
        guard page.isShort(limit: shortPageLimit), !places.contains(where: { namesDocument($0.1) }),
              !containsDate(page.visibleText)
        else { return nil }
        for sentence in sentences(of: page.visibleText) {
            if let phrase = firstPhrase(allNeedles, in: sentence), dominates((strongPhrases + weakPhrases)[phrase], sentence) {
                return "soft 404: a short page says “\((strongPhrases + weakPhrases)[phrase])”"
            }
            if sentence.count <= 12, containsStandalone404(sentence) { return "soft 404: a short page says “404”" }
        }
        return nil
    }

    /// Characters a message may carry besides its phrase (对不起，您访问的…！).
    static let messageSlack = 12

    /// True when `text` is little more than `phrase`.
    static func dominates(_ phrase: String, _ text: String) -> Bool {
        text.count <= phrase.count + messageSlack
    }

    /// A title's parts around the separators sites put before their own name; other texts whole.
    static func parts(of text: String, splittingTitle: Bool) -> [String] {
        let pieces = splittingTitle ? TitleSeparators.split(text) : (text.isEmpty ? [] : [text[...]])
        return pieces.map { part in
            // Trimmed by moving the bounds: a string built from reversed characters was rebuilt one
            // character at a time.
            var trimmed = part
            while let first = trimmed.first, first.isWhitespace { trimmed = trimmed.dropFirst() }
            while let last = trimmed.last, last.isWhitespace { trimmed = trimmed.dropLast() }
            return String(trimmed)
        }.filter { !$0.isEmpty }
    }

    /// The visible text cut at white space and sentence punctuation.
    static func sentences(of text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace || sentenceMarks.contains($0) }).map(String.init)
    }

    static let sentenceMarks: Set<Character> = ["。", "！", "!", "？", "?", "；", ";", "，", ",", "：", ":", "、"]

    /// Words of a document's title: a page titled so is a real notice, whatever else it says.
    static let documentWords = ["关于", "公告", "通知", "通报", "决定", "公示", "办法", "意见", "批复", "函"]

    /// True when a title or heading names a document (关于…的公告), not an error.
    static func namesDocument(_ text: String) -> Bool {
        guard !text.isEmpty, firstPhrase(strongNeedles, in: text) == nil else { return false }
        return documentWords.contains { text.contains($0) }
    }

    /// True when the text holds a written date (`2026-11-07`, `2026年11月7日`, `2026/11/07`,
    /// `二〇二六年十一月七日`): documents carry one, missing-page templates do not.
    public static func containsDate(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        func digit(_ i: Int) -> Bool { i >= 0 && i < scalars.count && ("0"..."9").contains(scalars[i]) }
        var index = 0
        while index + 6 < scalars.count {
            defer { index += 1 }
            if scalars[index] == "二" || scalars[index] == "一", ["〇", "○", "零", "九"].contains(scalars[index + 1]),
               scalars[index + 4] == "年" {
                return true
            }
            guard digit(index), digit(index + 1), digit(index + 2), digit(index + 3), !digit(index - 1) else { continue }
            let year = (scalars[index].value - 48) * 1000 + (scalars[index + 1].value - 48) * 100
            guard year == 1900 || year == 2000, ["-", "/", ".", "年"].contains(scalars[index + 4]), digit(index + 5) else { continue }
            return true
        }
        return containsMonthDay(scalars)
    }

    /// True when the text holds a list's year-less date, `11-13`, `[11-13]`, `(11/13)` or `11月13日`:
    /// homepages and column pages show recent items so, and a missing-page template shows none.
    /// The month and day must be in range and stand alone (not inside a phone or document number).
    static func containsMonthDay(_ scalars: [Unicode.Scalar]) -> Bool {
        func digit(_ i: Int) -> Bool { i >= 0 && i < scalars.count && ("0"..."9").contains(scalars[i]) }
        func value(_ i: Int) -> Int { Int(scalars[i].value) - 48 }
        func joined(_ i: Int) -> Bool {
            i >= 0 && i < scalars.count && (digit(i) || ["-", "/", ".", ":"].contains(scalars[i]))
        }
        var index = 0
        while index + 4 < scalars.count {
            defer { index += 1 }
            guard digit(index), digit(index + 1), !joined(index - 1) else { continue }
            let month = value(index) * 10 + value(index + 1)
            let separator = scalars[index + 2]
            guard (1...12).contains(month), ["-", "/", "月"].contains(separator), digit(index + 3), digit(index + 4)
            else { continue }
            let day = value(index + 3) * 10 + value(index + 4)
            guard (1...31).contains(day) else { continue }
            if separator == "月" {
                if index + 5 < scalars.count, scalars[index + 5] == "日" { return true }
            } else if !joined(index + 5) {
                return true
            }
        }
        return false
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
