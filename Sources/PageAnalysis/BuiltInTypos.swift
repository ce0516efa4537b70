import GovSweepProtocol

/// The built-in serious-error list: wrong forms of leaders' names, titles and the state's name
/// that inspections have cited. Small on purpose; provinces add theirs with `--typos`.
enum BuiltInTypos {
    /// A wrong phrase with the correct phrases it is part of (which are never flagged).
    struct Entry: Sendable {
        var wrong: String
        var correct: String
        /// Correct text that contains `wrong`: `学习近年来` holds 习近年 but is fine.
        var exceptions: [String] = []
    }

    static let entries: [Entry] = [
        Entry(wrong: "习近年", correct: "习近平",
              exceptions: ["学习近年", "习近年来", "习近年间", "习近年度", "习近年份", "习近年内"]),
        Entry(wrong: "习进平", correct: "习近平"),
        Entry(wrong: "习近平总书纪", correct: "习近平总书记"),
        Entry(wrong: "中共中央总书纪", correct: "中共中央总书记"),
        Entry(wrong: "国务院付总理", correct: "国务院副总理"),
        Entry(wrong: "国务院总里", correct: "国务院总理"),
        Entry(wrong: "中华人民共和过", correct: "中华人民共和国"),
        Entry(wrong: "中国共产觉", correct: "中国共产党"),
        Entry(wrong: "社会主意核心价值观", correct: "社会主义核心价值观"),
        Entry(wrong: "两学一作", correct: "两学一做"),
        Entry(wrong: "全国人大常委会委员常", correct: "全国人大常委会委员长"),
    ]
}
