import GovSweepProtocol

/// The built-in serious-error list (严重表述错误): wrong forms of what the indicators name — the
/// state's name and the Party's, leaders' names and titles, and political formulations — each
/// with its correction. Every wrong form is a string no correct text contains (short names go with
/// their title or context); where correct text can hold one (`学习近年来` holds 习近年), the entry
/// lists those phrases as exceptions. Provinces add their own with `--typos`.
enum BuiltInTypos {
    /// A wrong phrase with the correct phrases it is part of (which are never flagged).
    struct Entry: Sendable {
        var wrong: String
        var correct: String
        /// Correct text that contains `wrong`: `学习近年来` holds 习近年 but is fine.
        var exceptions: [String] = []
    }

    static let entries: [Entry] = leaders + titles + stateAndParty + formulations

    /// The state's name, the Party's and the state's institutions.
    static let stateAndParty: [Entry] = [
        Entry(wrong: "中华人民共合国", correct: "中华人民共和国"),
        Entry(wrong: "中华人民共和过", correct: "中华人民共和国"),
        Entry(wrong: "中华人民公和国", correct: "中华人民共和国"),
        Entry(wrong: "中华人民共和图", correct: "中华人民共和国"),
        Entry(wrong: "中华人名共和国", correct: "中华人民共和国"),
        Entry(wrong: "中华人民共各国", correct: "中华人民共和国"),
        Entry(wrong: "中化人民共和国", correct: "中华人民共和国"),
        Entry(wrong: "中国人民共和国", correct: "中华人民共和国"),
        Entry(wrong: "中华民共和国", correct: "中华人民共和国"),
        Entry(wrong: "中国共产觉", correct: "中国共产党"),
        Entry(wrong: "中国共产档", correct: "中国共产党"),
        Entry(wrong: "中国共产当", correct: "中国共产党"),
        Entry(wrong: "中国共残党", correct: "中国共产党"),
        Entry(wrong: "中国供产党", correct: "中国共产党"),
        Entry(wrong: "中国共产堂", correct: "中国共产党"),
        Entry(wrong: "中过共产党", correct: "中国共产党"),
        Entry(wrong: "中共中共委员会", correct: "中共中央委员会"),
        Entry(wrong: "中央人民正府", correct: "中央人民政府"),
        Entry(wrong: "中国人民解放君", correct: "中国人民解放军"),
        Entry(wrong: "中国人民政治协商会意", correct: "中国人民政治协商会议"),
        Entry(wrong: "全国人民代表打会", correct: "全国人民代表大会"),
        Entry(wrong: "全国人民代表大会长务委员会", correct: "全国人民代表大会常务委员会"),
        Entry(wrong: "全国人大长委会", correct: "全国人大常委会"),
    ]

    /// Leaders' names, alone when no correct text holds the wrong form, otherwise with their title.
    static let leaders: [Entry] = [
        Entry(wrong: "习近年", correct: "习近平",
              exceptions: ["学习近年", "习近年来", "习近年间", "习近年度", "习近年份", "习近年内"]),
        Entry(wrong: "习进平", correct: "习近平"),
        Entry(wrong: "习近萍", correct: "习近平"),
        Entry(wrong: "习近凭", correct: "习近平"),
        Entry(wrong: "习近苹", correct: "习近平"),
        Entry(wrong: "席近平", correct: "习近平"),
        Entry(wrong: "刁近平", correct: "习近平"),
        Entry(wrong: "习金平同志", correct: "习近平同志"),
        Entry(wrong: "习金平总书记", correct: "习近平总书记"),
        Entry(wrong: "总书记习金平", correct: "总书记习近平"),
        Entry(wrong: "主席习金平", correct: "主席习近平"),
        Entry(wrong: "毛泽冬", correct: "毛泽东"),
        Entry(wrong: "毛择东", correct: "毛泽东"),
        Entry(wrong: "毛泽东思相", correct: "毛泽东思想"),
        Entry(wrong: "邓小平理轮", correct: "邓小平理论"),
        Entry(wrong: "江择民", correct: "江泽民"),
        Entry(wrong: "胡锦滔", correct: "胡锦涛"),
        Entry(wrong: "胡绵涛", correct: "胡锦涛"),
        Entry(wrong: "周恩莱", correct: "周恩来"),
        Entry(wrong: "李墙总理", correct: "李强总理"),
        Entry(wrong: "总理李墙", correct: "总理李强"),
        Entry(wrong: "王泸宁", correct: "王沪宁"),
        Entry(wrong: "王护宁", correct: "王沪宁"),
        Entry(wrong: "丁雪祥", correct: "丁薛祥"),
        Entry(wrong: "丁薛详", correct: "丁薛祥"),
    ]

    /// Leaders' titles.
    static let titles: [Entry] = [
        Entry(wrong: "习近平总书纪", correct: "习近平总书记"),
        Entry(wrong: "习近平总书计", correct: "习近平总书记"),
        Entry(wrong: "中共中央总书纪", correct: "中共中央总书记"),
        Entry(wrong: "总书纪习近平", correct: "总书记习近平"),
        Entry(wrong: "国家主度", correct: "国家主席"),
        Entry(wrong: "中央军委主度", correct: "中央军委主席"),
        Entry(wrong: "中央军委主习", correct: "中央军委主席"),
        Entry(wrong: "国务院付总理", correct: "国务院副总理"),
        Entry(wrong: "国务院总里", correct: "国务院总理"),
        Entry(wrong: "国务院总埋", correct: "国务院总理"),
        Entry(wrong: "全国人大常委会委员常", correct: "全国人大常委会委员长"),
        Entry(wrong: "全国政协主度", correct: "全国政协主席"),
        Entry(wrong: "政治局长委", correct: "政治局常委"),
        Entry(wrong: "中央政治局长务委员", correct: "中央政治局常务委员"),
        Entry(wrong: "中共中央政治居", correct: "中共中央政治局"),
        Entry(wrong: "国家付主席", correct: "国家副主席"),
    ]

    /// Political formulations.
    static let formulations: [Entry] = [
        Entry(wrong: "社会主意核心价值观", correct: "社会主义核心价值观"),
        Entry(wrong: "中国特色社会主意", correct: "中国特色社会主义"),
        Entry(wrong: "中国特色设会主义", correct: "中国特色社会主义"),
        Entry(wrong: "中国特设社会主义", correct: "中国特色社会主义"),
        Entry(wrong: "中国特色社会注意", correct: "中国特色社会主义"),
        Entry(wrong: "新时代中国特色社会主义思相", correct: "新时代中国特色社会主义思想"),
        Entry(wrong: "马克思主意", correct: "马克思主义"),
        Entry(wrong: "马克斯主义", correct: "马克思主义"),
        Entry(wrong: "两学一作", correct: "两学一做"),
        Entry(wrong: "不忘出心", correct: "不忘初心"),
        Entry(wrong: "牢记史命", correct: "牢记使命"),
        Entry(wrong: "牢记始命", correct: "牢记使命"),
        Entry(wrong: "两个唯护", correct: "两个维护"),
        Entry(wrong: "两个维户", correct: "两个维护"),
        Entry(wrong: "两个确力", correct: "两个确立"),
        Entry(wrong: "增强四个意思", correct: "增强“四个意识”"),
        Entry(wrong: "增强“四个意思”", correct: "增强“四个意识”"),
        Entry(wrong: "四个自性", correct: "四个自信"),
        Entry(wrong: "中华民族伟大复新", correct: "中华民族伟大复兴"),
        Entry(wrong: "中华民族伟大附兴", correct: "中华民族伟大复兴"),
        Entry(wrong: "全面从言治党", correct: "全面从严治党"),
        Entry(wrong: "全过程人民名主", correct: "全过程人民民主"),
        Entry(wrong: "中国式现带化", correct: "中国式现代化"),
        Entry(wrong: "三个代变", correct: "三个代表"),
        Entry(wrong: "五心红旗", correct: "五星红旗"),
        Entry(wrong: "一国两治", correct: "一国两制"),
        Entry(wrong: "党的领到", correct: "党的领导"),
        Entry(wrong: "人民代表大会制渡", correct: "人民代表大会制度"),
    ]
}
