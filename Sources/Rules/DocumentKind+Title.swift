extension DocumentKind {
    /// The kind of the document titled `title`, listed by the column named `column`, whose page
    /// states the 文号 `number` (nil when it states none or was not fetched).
    ///
    /// Read in this order: an item of a 规范性文件 column is ``policy``; a draft out for comment is
    /// ``consultation``; a document passed on (转发) is ``forwarded``; a title that names a policy's
    /// form (…办法, …实施方案, also printed: 关于印发《…办法》的通知, …办法（试行）) is ``policy``; then
    /// a 文号 the title or the page carries, when it is a letter's or a personnel one (…函〔2024〕3号,
    /// …任〔2024〕2号); then the form that ends the title (纪要, 批复 / 函, 公示, 通报, 报告); then what
    /// the title is about (任免, 放假, 招标, 招聘, 表彰, 名单, 举办 / 开展 / 做好 / 下达 …); a 公告 is
    /// ``publicity``; any other 通知, 通告, 决定 or 令, a title cut short or only begun (关于…) and a
    /// title with nothing to read (empty, brackets only) are ``policy``: judged, as nothing shows
    /// them routine; a title with no document's form at all is ``other``.
    public init(title: String, column: String? = nil, number: String? = nil) {
        let text = Self.plain(title.composedForSearch)
        if column?.composedForSearch.containsUTF8("规范性文件") == true {
            self = .policy
        } else if Self.consultationWords.contains(where: text.containsUTF8) {
            self = .consultation
        } else if text.containsUTF8("转发") {
            self = .forwarded
        } else if Self.policyForms.contains(where: Self.named(text).hasSuffix) {
            self = .policy
        } else if let kind = Self.numberKind(title) ?? number.flatMap(Self.numberKind) {
            self = kind
        } else if let kind = Self.endings.first(where: { words, _ in words.contains(where: text.hasSuffix) })?.kind {
            self = kind
        } else if let kind = Self.subjects.first(where: { words, _ in words.contains(where: text.containsUTF8) })?.kind {
            self = kind
        } else if text.hasSuffix("公告") {
            self = .publicity
        } else if Self.noticeForms.contains(where: text.hasSuffix) || text.containsUTF8("关于") || text.containsUTF8("《")
            || !text.contains(where: { $0.isLetter || $0.isNumber }) {
            self = .policy
        } else {
            self = .other
        }
    }

    /// Words of a draft out for comment.
    static let consultationWords = ["征求意见", "意见稿", "草案", "征集", "听证"]

    /// Endings of a policy's own name (…管理办法, …实施方案, …三年行动计划, …工作要点).
    static let policyForms = [
        "办法", "规定", "条例", "细则", "规则", "意见", "方案", "规划", "纲要", "措施", "计划", "要点", "指南", "指引",
        "标准", "规范", "制度", "政策", "预案", "机制", "准则",
    ]

    /// Title endings that make the kind whatever the title is about.
    static let endings: [(words: [String], kind: DocumentKind)] = [
        (["纪要"], .minutes),
        (["批复", "复函", "函", "答复", "请示"], .reply),
        (["公示"], .publicity),
        (["通报"], .bulletin),
        (["报告", "公报", "年报", "总结"], .report),
    ]

    /// Words of what a routine 通知, 决定 or 公告 is about, in the order they are tried.
    static let subjects: [(words: [String], kind: DocumentKind)] = [
        (["任免", "任职", "免职", "任命", "聘任", "聘请", "职务", "干部任前", "组成人员", "领导小组", "工作分工"], .personnel),
        (["放假", "调休", "休假"], .holiday),
        (["招标", "采购", "中标", "成交", "磋商", "询价", "比选", "流标", "废标", "招租", "拍卖", "出让"], .procurement),
        (["招聘", "招录", "招考", "遴选", "选调", "录用", "考录"], .recruitment),
        (["表彰", "表扬", "嘉奖", "命名", "授予", "处分", "处罚", "通报批评"], .bulletin),
        (["名单", "名录", "结果"], .publicity),
        (["举办", "召开", "开展", "做好", "报送", "申报", "推荐", "评选", "参加", "填报", "下达", "拨付"], .arrangement),
    ]

    /// The kind a 文号 in the title gives (赣府办函〔2024〕12号: a letter; 饶府任〔2024〕3号: personnel):
    /// the issuer's code before the year's bracket ends in 函 or 任. Other numbers (…发〔2024〕…) tell nothing.
    static func numberKind(_ title: String) -> DocumentKind? {
        let text = Array(title.filter { !$0.isWhitespace })
        for (at, character) in text.enumerated() where ["〔", "[", "［", "("].contains(character) {
            let year = text[(at + 1)...].prefix(4)
            guard year.count == 4, year.allSatisfy(\.isNumber) else { continue }
            let code = text[..<at].reversed().prefix { $0.isLetter && !$0.isASCII }
            guard (2...8).contains(code.count), let last = code.first else { continue }
            if last == "函" { return .reply }
            if last == "任" { return .personnel }
        }
        return nil
    }

    /// Forms of a document that, about nothing routine, carries a policy (通告 binds the public; 令 is a 规章).
    static let noticeForms = ["通知", "通告", "决定", "令", "命令"]

    /// Words that wrap a policy printed by a 通知 (关于印发《…》的通知).
    static let printingWords = ["印发", "发布", "颁布", "公布", "出台"]

    /// What a title names: after 印发, 发布 … the name in 《》 (or the rest without 的通知); else the title.
    static func named(_ text: String) -> String {
        guard let word = printingWords.first(where: text.containsUTF8) else { return text }
        let rest = String(text.split(separator: word, maxSplits: 1, omittingEmptySubsequences: false).last ?? "")
        if let name = PolicyTitle.quotedName(in: rest) { return name }
        for wrapper in ["的通知", "的决定", "的通告", "的公告", "的令"] where rest.hasSuffix(wrapper) {
            return String(rest.dropLast(wrapper.count))
        }
        return rest
    }

    /// The opening bracket of each closing one.
    static let openingBrackets: [Character: Character] = ["）": "（", ")": "(", "]": "[", "】": "【", "〕": "〔"]

    /// The title without blanks, a trailing ellipsis (a list cut it short), a file extension
    /// (.pdf), trailing brackets such as （试行） or （第5号） and the quotes round a whole name.
    static func plain(_ title: String) -> String {
        var text = String(title.filter { !$0.isWhitespace })
        while let last = text.last, ["…", "."].contains(last) { text.removeLast() }
        if let dot = text.lastIndex(of: "."), text.distance(from: dot, to: text.endIndex) <= 5,
           text[text.index(after: dot)...].allSatisfy({ $0.isASCII && $0.isLetter }) {
            text = String(text[..<dot])
        }
        for _ in 0..<2 {
            guard let close = text.last, let open = Self.openingBrackets[close],
                  let start = text.lastIndex(of: open), text.distance(from: start, to: text.endIndex) <= 24,
                  start != text.startIndex
            else { break }
            text = String(text[..<start])
        }
        if text.hasPrefix("《"), text.hasSuffix("》") { text = String(text.dropFirst().dropLast()) }
        return text
    }
}
