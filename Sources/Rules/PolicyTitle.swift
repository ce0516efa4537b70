import GovSweepProtocol

/// What a policy title names, reduced to a key on which a document and its interpretation agree.
///
/// `关于印发《上饶市数字政府建设方案》的通知`, `《关于〈上饶市数字政府建设方案〉的政策解读》`,
/// `解读《上饶市数字政府建设方案》` and `图解：一图读懂《上饶市数字政府建设方案》` all name
/// 上饶市数字政府建设方案; `市政府关于进一步加强安全生产工作的意见` and
/// `“关于进一步加强安全生产工作的意见”政策解读` both name 进一步加强安全生产工作 once the issuer,
/// 关于 and 的意见 are set aside (one key contains the other).
struct PolicyTitle: Hashable {
    /// Letters and digits of the name, with brackets, 关于/印发, 的通知/的意见 and 解读 words removed.
    let key: String
    /// The key's length in characters.
    let length: Int

    /// The key of `title`; nil when too little is left to tell one document from another.
    init?(_ title: String) {
        var text = Self.withoutFormLabel(title.composedForSearch)
        text = Self.quotedName(in: text) ?? text
        for word in Self.setAside { text = text.removingUTF8(word) }
        let key = String(text.filter { $0.isLetter || $0.isNumber })
        let length = key.count
        guard length >= Self.shortest else { return nil }
        self.key = key
        self.length = length
    }

    /// Whether the two titles name the same document: the same key, or one key inside the other
    /// when the shorter is long enough to be a name (an issuer left out, a subtitle added).
    func names(_ other: PolicyTitle) -> Bool {
        if key == other.key { return true }
        let (short, long) = length <= other.length ? (self, other) : (other, self)
        return short.length >= Self.shortestContained && long.key.contains(short.key)
    }

    /// Whether a title reads as an interpretation's (``InterpretationWords``: 解读, 图解, 一图读懂,
    /// 答记者问, and in these titles, all listed by interpretation columns or linked as interpretations,
    /// 问答 and 解析): an item of a 政策解读 column titled like a plain document or a news item is no
    /// interpretation by its title.
    static func readsAsInterpretation(_ title: String) -> Bool {
        let title = title.composedForSearch
        return (InterpretationWords.marks + InterpretationWords.columnMarks).contains(where: title.containsUTF8)
    }

    /// Keys shorter than this say nothing (图解, 政策解读 alone).
    static let shortest = 4
    /// A key this long or longer matches a longer key that contains it.
    static let shortestContained = 6

    /// Words that wrap a name rather than make it, longest first.
    static let setAside = [
        "的政策解读", "政策解读", "的解读", "解读", "图解", "一图读懂", "关于印发", "印发", "关于",
        "的通知", "的意见", "的决定", "的通告", "的函", "的批复",
    ]

    /// The title without a leading form label such as 图解：, 视频解读｜ or 【一图读懂】.
    static func withoutFormLabel(_ title: String) -> String {
        var text = title.trimmingCharacters(in: " \u{3000}")
        if text.hasPrefix("【"), let close = text.firstIndex(of: "】") {
            text = String(text[text.index(after: close)...])
        }
        for separator: Character in ["：", ":", "｜", "|"] {
            guard let at = text.firstIndex(of: separator) else { continue }
            let label = text[..<at]
            if label.count <= 8, readsAsInterpretation(String(label)) {
                return String(text[text.index(after: at)...])
            }
        }
        return text
    }

    /// The innermost quoted name: 〈…〉 inside 《…》, else 《…》, else “…”; nil when nothing is quoted.
    static func quotedName(in text: String) -> String? {
        // Character indexes only: no Foundation range(of:) over UTF-16 offsets of CJK text.
        for (open, close) in [("〈", "〉"), ("《", "》"), ("“", "”")] as [(Character, Character)] {
            guard let start = text.firstIndex(of: open) else { continue }
            let rest = text[text.index(after: start)...]
            guard let end = rest.firstIndex(of: close) else { continue }
            let name = String(rest[..<end])
            if !name.isEmpty { return name }
        }
        return nil
    }
}

private extension String {
    func trimmingCharacters(in set: String) -> String {
        let blank = Set(set)
        guard let first = firstIndex(where: { !blank.contains($0) }) else { return "" }
        let last = lastIndex(where: { !blank.contains($0) }) ?? first
        return String(self[first...last])
    }
}
