/// The words by which a title or a link's text says it is a policy interpretation (政策解读), kept
/// once for both sides: the worker reports a link worded so as an interpretation link
/// (``PolicyLinks``), and the rules read an item's title with the same words before they let it
/// interpret a document by title. Vocabulary only: neither side judges with it alone.
public enum InterpretationWords {
    /// Words that make a title or a link's text an interpretation's wherever they stand:
    /// 解读, 图解, 一图读懂 / 一图看懂, 答记者问.
    public static let marks = ["解读", "图解", "读懂", "看懂", "答记者问"]

    /// Words that read as an interpretation only in a title listed by a 政策解读 column (问答, 解析):
    /// in a link's text elsewhere they name consultation or Q&A pages as often as interpretations.
    public static let columnMarks = ["问答", "解析"]

    /// Whether `text` carries one of ``marks``.
    public static func marked(_ text: String) -> Bool {
        marks.contains { text.contains($0) }
    }
}
