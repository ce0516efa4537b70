/// Names and codes of the simulated province (江西省): prefecture cities, counties, departments.
enum Gazetteer {
    struct City: Sendable {
        var name: String
        /// The 4-digit prefix of its administrative code, e.g. `3611`.
        var code: String
        var pinyin: String
        var counties: [(name: String, code: String)]
    }

    static let provinceName = "江西省"
    static let provinceAbbreviation = "赣"
    static let provinceCode = "360000"

    static let cities: [City] = [
        City(name: "南昌市", code: "3601", pinyin: "nanchang", counties: [("南昌县", "360121"), ("安义县", "360123"), ("进贤县", "360124")]),
        City(name: "景德镇市", code: "3602", pinyin: "jingdezhen", counties: [("浮梁县", "360222"), ("乐平市", "360281")]),
        City(name: "萍乡市", code: "3603", pinyin: "pingxiang", counties: [("莲花县", "360321"), ("上栗县", "360322"), ("芦溪县", "360323")]),
        City(name: "九江市", code: "3604", pinyin: "jiujiang", counties: [("武宁县", "360423"), ("修水县", "360424"), ("永修县", "360425"), ("德安县", "360426")]),
        City(name: "新余市", code: "3605", pinyin: "xinyu", counties: [("分宜县", "360521")]),
        City(name: "鹰潭市", code: "3606", pinyin: "yingtan", counties: [("余江区", "360603"), ("贵溪市", "360681")]),
        City(name: "赣州市", code: "3607", pinyin: "ganzhou", counties: [("赣县区", "360704"), ("信丰县", "360722"), ("大余县", "360723"), ("上犹县", "360724"), ("崇义县", "360725")]),
        City(name: "吉安市", code: "3608", pinyin: "jian", counties: [("吉安县", "360821"), ("吉水县", "360822"), ("峡江县", "360823"), ("新干县", "360824")]),
        City(name: "宜春市", code: "3609", pinyin: "yichun", counties: [("奉新县", "360921"), ("万载县", "360922"), ("上高县", "360923")]),
        City(name: "抚州市", code: "3610", pinyin: "fuzhou", counties: [("南城县", "361021"), ("黎川县", "361022"), ("南丰县", "361023")]),
        City(name: "上饶市", code: "3611", pinyin: "shangrao", counties: [("广丰区", "361103"), ("玉山县", "361123"), ("铅山县", "361124"), ("横峰县", "361125"), ("弋阳县", "361126")]),
    ]

    /// Departments a city or county runs, with the abbreviation their platform channel uses.
    static let departments: [(name: String, slug: String)] = [
        ("教育局", "jyj"), ("卫生健康委员会", "wjw"), ("财政局", "czj"), ("自然资源局", "zrzyj"),
        ("生态环境局", "sthjj"), ("交通运输局", "jtysj"), ("农业农村局", "nyncj"),
        ("市场监督管理局", "scjgj"), ("人力资源和社会保障局", "rsj"), ("住房和城乡建设局", "zjj"),
        ("发展和改革委员会", "fgw"), ("民政局", "mzj"),
    ]

    static let townNames = [
        "城关镇", "江南镇", "石塘镇", "河口镇", "湖坊镇", "港口镇", "新塘乡", "紫湖镇", "樟村镇", "双明镇",
        "华坛山镇", "四股桥乡", "岩瑞镇", "临湖镇", "下镇镇", "怀玉乡",
    ]

    static let topics = [
        "安全生产", "乡村振兴", "营商环境", "防汛抗旱", "森林防火", "疫情防控", "招商引资", "民生实事",
        "生态环境保护", "农村人居环境整治", "高标准农田建设", "义务教育", "医疗保障", "就业创业",
        "城市管理", "数字政府", "文明城市创建", "消防安全", "食品安全", "信访维稳",
    ]

    static let surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "胡", "朱", "高", "林"]
    static let givenNames = ["建华", "志强", "秀英", "海燕", "国平", "丽娟", "卫东", "红梅", "文斌", "小芳", "明辉", "晓燕"]
}
