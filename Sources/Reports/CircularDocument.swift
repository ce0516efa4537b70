/// A circular (通报) as a sequence of blocks, written out both as Markdown (`circular.md`) and as a
/// Word document (`circular.docx`), so the two always say the same.
struct CircularDocument {
    /// A table with a header row; every cell is text.
    struct Table {
        var header: [String]
        var rows: [[String]]
        /// Relative column widths (one per header cell).
        var widths: [Int]
        /// Columns whose cells are numbers (right-aligned).
        var numeric: Set<Int> = []
    }

    enum Block {
        /// A numbered section heading such as 一、总体情况 (level 1) or （一）站点无法访问 (level 2).
        case heading(String, level: Int)
        case paragraph(String)
        /// A small note set apart from the text (the generator's remark, an unfinished sweep's warning).
        case note(String)
        /// An attachment (附件N) starting on a new page: its title, then its table.
        case attachment(title: String, table: Table)
    }

    var title: String
    var blocks: [Block]
}

extension CircularDocument {
    /// Chinese ordinals for section numbers: 一 … 二十.
    static func ordinal(_ number: Int) -> String {
        let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        switch number {
        case 1...9: return digits[number]
        case 10: return "十"
        case 11...19: return "十" + digits[number - 10]
        case 20...99: return digits[number / 10] + "十" + digits[number % 10]
        default: return String(number)
        }
    }

    /// 第一季度 … 第四季度 of a month.
    static func quarter(ofMonth month: Int) -> String { "第\(ordinal((month - 1) / 3 + 1))季度" }
}
