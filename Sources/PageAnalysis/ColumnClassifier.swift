import GovSweepProtocol

/// Sorts a column (栏目) name into the findings contract's categories by keyword.
///
/// - A name containing a category keyword gets that category; more specific keywords are tried
///   first (政策解读 before 政策, 人事任免通知 is personnel).
/// - A name that looks like a column but matches no keyword (2–15 characters, no sentence
///   punctuation or digits, not a utility link such as 首页/更多/登录) is `.other`.
/// - Anything else (a sentence, an article title, a utility link) is not a column name: nil.
public enum ColumnClassifier {
    private static let table: [(ColumnCategory, [String])] = [
        (.interpretation, ["政策解读", "解读", "图解", "政策问答"]),
        (.personnel, ["人事信息", "人事任免", "人事", "任免", "招考", "招聘", "录用"]),
        (.plan, ["规划计划", "发展规划", "工作计划", "计划总结", "规划", "计划"]),
        (.notice, ["通知公告", "公示公告", "公告公示", "通知", "公告", "公示"]),
        (.policy, ["政策文件", "政府文件", "规范性文件", "部门文件", "文件发布", "政策法规", "政府令", "文件", "政策"]),
        (.news, ["工作动态", "政务动态", "要闻", "部门动态", "乡镇动态", "图片新闻", "动态", "新闻", "资讯", "快讯", "工作信息"]),
    ]

    private static let utilityNames: Set<String> = [
        "首页", "网站首页", "返回首页", "主页", "更多", "查看更多", "登录", "注册", "登陆", "无障碍", "无障碍浏览",
        "长者模式", "关怀版", "繁體", "简体", "繁体", "English", "搜索", "设为首页", "加入收藏", "上一页", "下一页",
        "尾页", "首 页", "关闭", "打印", "关闭窗口", "打印本页", "返回顶部", "网站地图", "联系我们", "关于我们",
    ]

    /// The first scalar of every utility name.
    private static let utilityFirstScalars = Set(utilityNames.compactMap(\.unicodeScalars.first))

    /// Sentence punctuation: a name holding one is a sentence, not a column. Each is one scalar,
    /// so a character is one of them exactly when it is that scalar alone (no Character hashing);
    /// U+037E is the Greek question mark, canonically the same character as `;`.
    private static let forbidden: Set<Unicode.Scalar> = [
        "，", "。", "！", "？", "；", ",", "!", "?", ";", "\u{037E}", "“", "”", "：", ":", "…",
    ]

    private static func isPunctuation(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return false }
        return forbidden.contains(first)
    }

    /// The category of a column called `name`, `.other` for a column-like name no keyword matches,
    /// nil when `name` is not a column name.
    public static func category(forName name: String) -> ColumnCategory? {
        let name = TextTools.collapsed(name)
        if let shape = scalarShape(name) {
            guard shape.length >= 2, shape.length <= 15, !shape.rejected else { return nil }
            // Such a name is in normal form C, as every utility name is: it equals one exactly when
            // their scalars are the same, so a first scalar no utility name starts with rules it out.
            if let first = name.unicodeScalars.first, utilityFirstScalars.contains(first), utilityNames.contains(name) { return nil }
        } else {
            let length = name.count
            guard length >= 2, length <= 15, !utilityNames.contains(name) else { return nil }
            guard !name.contains(where: { isPunctuation($0) || $0.isNumber }) else { return nil }
        }
        // The first category (in table order) with a keyword in the name, all keywords found in
        // one pass over its bytes (they are Chinese: no case to fold).
        var first = Int.max
        var bytes = name
        bytes.withUTF8 { utf8 in
            keywords.forEachMatch(in: utf8) { index, _ in
                first = min(first, keywordCategory[index])
                return first == 0
            }
        }
        return first == .max ? .other : table[first].0
    }

    /// A name's length in characters, and whether one of its characters is sentence punctuation
    /// or a number, read on its scalars when every scalar is a character of its own: printable
    /// ASCII and CJK unified ideographs (U+4E00…U+9FFF) are all grapheme-cluster class Other, so
    /// no two of them join, and a one-scalar character is a number exactly when its scalar has a
    /// numeric type (`Character.isNumber`; 一, 二, 十 have one). Nil for any other scalar: the
    /// caller then counts `Character`s. Most names are Chinese words: no grapheme breaking.
    static func scalarShape(_ name: String) -> (length: Int, rejected: Bool)? {
        var length = 0
        var rejected = false
        for scalar in name.unicodeScalars {
            let value = scalar.value
            if value &- 0x20 <= 0x7E - 0x20 {
                if asciiRejected[Int(value)] { rejected = true }
            } else if value &- 0x4E00 <= 0x9FFF - 0x4E00 {
                // No punctuation among them: only the numeric type tells.
                if !rejected, isNumericIdeograph(value) { rejected = true }
            } else {
                return nil
            }
            length += 1
        }
        return (length, rejected)
    }

    /// Whether the CJK unified ideograph `value` (U+4E00…U+9FFF) has a numeric type, from a table
    /// of the range's numeric types looked up once per process (一, 二, 十, 百, 万, 壹, 廿, …).
    static func isNumericIdeograph(_ value: UInt32) -> Bool {
        let offset = Int(value - 0x4E00)
        return numericIdeographs[offset >> 6] & (1 << UInt64(offset & 63)) != 0
    }

    private static let numericIdeographs: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: (0x9FFF - 0x4E00) / 64 + 1)
        for value in UInt32(0x4E00)...0x9FFF where Unicode.Scalar(value)?.properties.numericType != nil {
            let offset = Int(value - 0x4E00)
            bits[offset >> 6] |= 1 << UInt64(offset & 63)
        }
        return bits
    }()

    /// For each ASCII scalar, whether it is sentence punctuation or a number (the digits).
    private static let asciiRejected: [Bool] = (0..<128).map { value in
        let scalar = Unicode.Scalar(UInt8(value))
        return forbidden.contains(scalar) || scalar.properties.numericType != nil
    }

    /// Every keyword of ``table``, in order, and the table row each belongs to.
    private static let keywords = TermSet(table.flatMap { $0.1 })
    private static let keywordCategory: [Int] = table.indices.flatMap { row in Array(repeating: row, count: table[row].1.count) }
}
