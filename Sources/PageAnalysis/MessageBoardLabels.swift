import GovSweepProtocol

/// The words consultation columns (互动交流: 领导信箱, 留言选登, 咨询投诉) label their fields with,
/// and the 办理状态 values they show, as the usual platforms write them.
enum MessageBoardLabels {
    /// A field of a message a label names.
    enum Field: Hashable {
        case title, asked, replied, status, reply
        /// 处理情况 / 办理情况: a status word in a list's column, the reply's text on a message page.
        case handling
        /// 是否回复 / 是否答复: a yes-or-no column (是 answered, 否 unanswered).
        case answeredFlag
        /// A field the reader does not report (答复单位, 来信人, 序号 …); it ends a reply's text.
        case ignored
    }

    static let table: [(Field, [String])] = [
        (.title, ["信件标题", "留言标题", "来信标题", "信件主题", "留言主题", "来信主题", "信件名称", "问题标题", "诉求标题",
                  "咨询标题", "投诉标题", "标题", "主题"]),
        (.asked, ["来信时间", "写信时间", "留言时间", "提问时间", "来信日期", "写信日期", "留言日期", "提交时间", "咨询时间"]),
        (.replied, ["回复时间", "答复时间", "回复日期", "答复日期", "办结时间", "办结日期", "反馈时间"]),
        (.status, ["办理状态", "回复状态", "答复状态", "处理状态", "办事状态", "受理状态", "信件状态", "留言状态", "当前状态", "状态"]),
        (.handling, ["处理情况", "办理情况", "回复情况", "答复情况"]),
        (.answeredFlag, ["是否回复", "是否答复", "是否办结"]),
        (.reply, ["回复内容", "答复内容", "回复意见", "答复意见", "办理结果", "处理结果"]),
        (.ignored, ["答复单位", "回复单位", "办理单位", "承办单位", "来信人", "留言人", "序号", "信件编号", "编号",
                    "留言内容", "来信内容", "信件内容", "咨询内容", "受理单位", "类型", "信件类型"]),
    ]

    /// The field a cell or a label text names: the whole text (colon and spaces aside) must be the label.
    static func field(named text: some StringProtocol) -> Field? {
        // Every name is a few ideographs, and any character equal to an ideograph is one scalar
        // (nothing composes into one; a compatibility ideograph is one scalar too): a text keeping
        // more than 6 scalars (most cells) names no field, told before its label is built.
        var kept = 0
        for scalar in text.unicodeScalars where !isLabelFiller(scalar) {
            kept += 1
            if kept > 6 { return nil }
        }
        let name = normalisedLabel(text)
        guard !name.isEmpty, name.count <= 6 else { return nil }
        return fieldByName[name]
    }

    /// ``table`` by name, each name keeping the first row that lists it: one hash per text instead
    /// of a comparison with every name (strings hash and compare by the same canonical equivalence).
    private static let fieldByName: [String: Field] = {
        var fields: [String: Field] = [:]
        for (field, names) in table {
            for name in names where fields[name] == nil { fields[name] = field }
        }
        return fields
    }()

    /// A label at the start of `text` followed by a colon (`来信时间：2024-01-02`): the field and what follows.
    static func labelled(_ text: String) -> (field: Field, value: Substring)? {
        // A label counts only before a colon: a text without one (most) holds none. No other
        // character is canonically the same as `：` or `:`, so their bytes tell.
        guard text.utf8.contains(UInt8(ascii: ":")) || text.containsBytes("：") else { return nil }
        let trimmed = text.drop { TextTools.isSpace($0.unicodeScalars.first!) }
        for (field, names) in table {
            for name in names where trimmed.hasPrefix(name) {
                var rest = trimmed.dropFirst(name.count)
                rest = rest.drop { $0 == " " || $0 == "\u{3000}" }
                guard let first = rest.first, first == "：" || first == ":" else { continue }
                return (field, rest.dropFirst())
            }
        }
        return nil
    }

    /// The handling state a status text names; nil when it names none.
    static func status(in text: some StringProtocol) -> MessageStatus? {
        guard text.unicodeScalars.contains(where: isStatusKey) else { return nil }
        let value = normalisedLabel(text)
        if let length = plainLength(of: value, limit: 8) {
            guard length > 0, length <= 8 else { return nil }
            if unansweredUTF8.contains(where: { ByteSearch.contains($0, inUTF8: value) }) { return .unanswered }
            if answeredUTF8.contains(where: { ByteSearch.contains($0, inUTF8: value) }) { return .answered }
            if inProgressUTF8.contains(where: { ByteSearch.contains($0, inUTF8: value) }) { return .inProgress }
            return nil
        }
        guard !value.isEmpty, value.count <= 8 else { return nil }
        if unansweredWords.contains(where: { value.contains($0) }) { return .unanswered }
        if answeredWords.contains(where: { value.contains($0) }) { return .answered }
        if inProgressWords.contains(where: { value.contains($0) }) { return .inProgress }
        return nil
    }

    /// The length of `value` in characters when each of its scalars ``standsAlone(_:)`` (nil
    /// otherwise), counted no further than one past `limit`.
    ///
    /// Such a text is in normal form, one character a scalar, so every way of searching it for a
    /// word (by characters, by scalars, literally by UTF-16 units as Foundation's `contains` does
    /// when it is the one in scope) finds the word exactly where its UTF-8 bytes occur: the
    /// reader searches bytes. Other texts keep the `String` search.
    static func plainLength(of value: String, limit: Int) -> Int? {
        var length = 0
        for scalar in value.unicodeScalars {
            guard standsAlone(scalar) else { return nil }
            length += 1
            if length > limit { return length }
        }
        return length
    }

    static let unansweredUTF8 = unansweredWords.map { Array($0.utf8) }
    static let answeredUTF8 = answeredWords.map { Array($0.utf8) }
    static let inProgressUTF8 = inProgressWords.map { Array($0.utf8) }
    static let setAsideUTF8 = setAsideWords.map { Array($0.utf8) }

    static let unansweredWords = ["未回复", "未答复", "待回复", "待答复", "未办结", "未处理", "待处理"]
    static let answeredWords = ["已回复", "已答复", "已办结", "已处理", "已反馈", "已办理"]
    static let inProgressWords = ["办理中", "处理中", "受理中", "已受理", "转办中", "已转办", "待办理"]
    static let setAsideWords = ["退回", "不予受理", "不受理", "无效", "重复件", "重复信件", "不予公开"]

    /// Scalars one of which every status word holds, and every set-aside word: a text holding none
    /// of them names no status (most texts), told without building its label or searching it.
    /// None of them has another canonically equivalent form (不 and 理 do: U+F967, U+F9E4), so
    /// a text holding a word holds its key scalar as it is.
    static let statusKeys: Set<Unicode.Scalar> = ["未", "待", "已", "中"]
    static let setAsideKeys: Set<Unicode.Scalar> = ["退", "受", "无", "重", "予"]

    /// Whether `scalar` is one of ``statusKeys`` (told without hashing it).
    static func isStatusKey(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "未", "待", "已", "中": true
        default: false
        }
    }

    /// Whether `scalar` is one of ``setAsideKeys`` (told without hashing it).
    static func isSetAsideKey(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "退", "受", "无", "重", "予": true
        default: false
        }
    }

    /// Whether a status text says the message was set aside rather than handled (已退回, 不予受理,
    /// 无效信件, 重复件 …): no valid message, so none the column owes an answer to.
    static func setsAside(_ text: some StringProtocol) -> Bool {
        guard text.unicodeScalars.contains(where: isSetAsideKey) else { return false }
        let value = normalisedLabel(text)
        if let length = plainLength(of: value, limit: 8) {
            return length > 0 && length <= 8 && setAsideUTF8.contains { ByteSearch.contains($0, inUTF8: value) }
        }
        guard !value.isEmpty, value.count <= 8 else { return false }
        return setAsideWords.contains { value.contains($0) }
    }

    /// The handling state a yes-or-no answer (是否回复：是) names; nil when it is neither.
    static func answeredFlag(in text: some StringProtocol) -> MessageStatus? {
        switch normalisedLabel(text) {
        case "是", "已回复", "已答复", "已办结": .answered
        case "否", "未回复", "未答复", "未办结": .unanswered
        default: nil
        }
    }

    /// Whether a header row's fields can tell an answered message from an unanswered one: a status,
    /// handling or yes-or-no column, or a reply date. A list without one (留言选登, 最新回复信件, a
    /// list of letters that shows only when they came) says nothing about answers.
    static func tellsAnswers(_ fields: Set<Field>) -> Bool {
        !fields.isDisjoint(with: [.status, .handling, .answeredFlag, .replied])
    }

    /// `text` without spaces, brackets and a trailing colon.
    static func normalisedLabel(_ text: some StringProtocol) -> String {
        // Nothing to drop (a bare status word): the text's own scalars, without appending them one by one.
        if !text.unicodeScalars.contains(where: isLabelFiller) { return String(text) }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isLabelFiller(scalar) {
            result.append(scalar)
        }
        return String(result)
    }

    /// A scalar ``normalisedLabel(_:)`` drops: a space, or one of `：:[]【】()（）`.
    static func isLabelFiller(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3A, 0x5B, 0x5D, 0x28, 0x29, 0xFF1A, 0x3010, 0x3011, 0xFF08, 0xFF09: true
        default: TextTools.isSpace(scalar)
        }
    }

    /// A short, stable fingerprint of a reply's text and its length, both over letters and digits
    /// only, so that spacing and punctuation differences do not hide a copied answer.
    static func fingerprint(of text: String) -> (hash: String, length: Int)? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var length = 0
        // A text whose scalars each stand alone (most replies) is one character a scalar: read by
        // scalars, it gives the same characters without finding where each ends.
        if text.unicodeScalars.allSatisfy(standsAlone) {
            for scalar in text.unicodeScalars {
                let character = Character(scalar)
                guard character.isLetter || character.isNumber else { continue }
                length += 1
                for byte in scalar.utf8 {
                    hash ^= UInt64(byte)
                    hash = hash &* 0x0000_0100_0000_01b3
                }
            }
        } else {
            for character in text where character.isLetter || character.isNumber {
                length += 1
                for byte in character.utf8 {
                    hash ^= UInt64(byte)
                    hash = hash &* 0x0000_0100_0000_01b3
                }
            }
        }
        guard length > 0 else { return nil }
        let hex = String(hash, radix: 16)
        return (String(repeating: "0", count: 16 - hex.count) + hex, length)
    }
}
