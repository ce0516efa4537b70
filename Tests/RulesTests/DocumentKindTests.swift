import Foundation
import GovSweepProtocol
import Testing
@testable import Rules

@Suite("Policy documents: which kinds of document must be interpreted")
struct DocumentKindTests {
    @Test("policies, printed or named, and 通告, 决定 and 令 of no routine subject are policies", arguments: [
        "关于印发《上饶市优化营商环境若干措施》的通知",
        "市政府关于进一步加强安全生产工作的意见",
        "关于印发上饶市老旧小区改造实施办法的通知",
        "上饶市城市管理条例",
        "上饶市突发事件总体应急预案",
        "《上饶市数据资源管理办法》",
        "上饶市政府采购管理办法（试行）",
        "关于印发《上饶市干部任免工作规定》的通知",
        "关于废止部分行政规范性文件的决定",
        "上饶市人民政府令（第5号）",
        "关于印发《2026年政务公开工作要点》的通知",
        "关于印发《上饶市数字政府建设方…",
        "关于进一步加强城市道路管理的通知",
        "关于进一步加强城市道路管理的通知（饶府发〔2026〕5号）",
        "关于印发《上饶市城市更新实施方案》的通知（饶府办函〔2026〕8号）",
        "",
        "《》",
    ])
    func policies(title: String) {
        #expect(DocumentKind(title: title) == .policy)
    }

    @Test("routine documents are told by their form, then by what they are about", arguments: [
        ("市政府第12次常务会议纪要", DocumentKind.minutes),
        ("关于同意《上饶市广丰区城区控制性详细规划》的批复", .reply),
        ("关于张三同志任职的通知", .personnel),
        ("关于张三等同志职务任免的决定", .personnel),
        ("关于调整市政府领导工作分工的通知", .personnel),
        ("关于2027年元旦放假安排的通知", .holiday),
        ("上饶市城区道路改造工程施工招标公告", .procurement),
        ("关于2026年度优秀公务员拟表彰对象的公示", .publicity),
        ("关于表彰2025年度安全生产先进集体的决定", .bulletin),
        ("2026年上饶市事业单位公开招聘工作人员公告", .recruitment),
        ("关于公开征求《上饶市养犬管理办法（征求意见稿）》意见的公告", .consultation),
        ("关于转发《江西省人民政府关于促进消费的若干措施》的通知", .forwarded),
        ("关于开展2026年度统计执法检查的通知", .arrangement),
        ("关于下达2026年中央财政衔接资金计划的通知", .arrangement),
        ("上饶市2025年政府信息公开工作年度报告", .report),
        ("关于调整部分公交线路的公告", .publicity),
        ("关于聘请李四为市政府法律顾问的通知", .personnel),
        ("关于公布第五批市级非物质文化遗产代表性项目名录的通知", .publicity),
        ("关于授予王五同志“优秀共产党员”称号的决定", .bulletin),
        ("关于做好2026年春运工作的通知（饶府办函〔2026〕3号）", .reply),
        ("饶府任〔2026〕2号 关于市政府部门负责人的通知", .personnel),
        ("召开全体干部大会", .arrangement),
        ("县长调研乡村振兴重点项目", .other),
        ("全力推进营商环境优化提升", .other),
    ])
    func routine(title: String, kind: DocumentKind) {
        #expect(DocumentKind(title: title) == kind)
    }

    @Test("real titles (Tests/Fixtures/real: the page's own title line)", arguments: [
        // jl-xxgk-article.html: a prohibition the province announces; it binds the public.
        ("吉林省人民政府关于禁止在吉林省嫩江干流补充治理工程建设征占地范围内新增建设项目和迁入人口的通告", DocumentKind.policy),
        // sc-gov-reply-article.html (川卫函〔2025〕46号).
        ("四川省卫生健康委员会关于四川省第十四届人民代表大会第四次会议第14040218号建议的复函", .reply),
        // xj-wlmq-notice-article.html.
        ("关于举办2024年度自治区艺术、图书资料、文物博物、群众文化系列（专业）专业技术人员继续教育培训班的通知", .arrangement),
        // sh-wsjkw-notice-article.html (沪卫基层〔2024〕5号).
        ("关于开展2024年“世界家庭医生日”主题宣传活动的通知", .arrangement),
        // zy-moe-notice-article.html (教思政厅函〔2024〕10号).
        ("教育部办公厅关于举办2024年高校“礼敬中华优秀传统文化”宣传教育活动的通知", .arrangement),
        // zj-ct-notice-article.html.
        ("浙江省文化和旅游厅关于2020年度文物博物、图书资料、群众文化、艺术、艺术系列美术专业中、高级专业技术职务任职资格评审结果的公示", .publicity),
        // zy-ccgp-notice-article.html.
        ("芷江侗族自治县公路建设养护中心、芷江侗族自治县扶贫开发服务有限责任公司贫困县乡村基础设施建设二期项目安防工程十标成交公告", .procurement),
        // zy-nfra-penalty-article.html.
        ("国家金融监督管理总局浙江监管局行政处罚信息公开表（浙金罚决字〔2024〕52号）", .bulletin),
        // jx-yichun-article.html.
        ("宜春市2022年国民经济和社会发展统计公报", .report),
        // the interpretations ha-xinxiang-home.html (Tests/Fixtures/real-interaction) lists name these documents.
        ("新乡市政府采购改革方案", .policy),
        ("中共中央国务院关于推进安全生产领域改革发展的意见", .policy),
    ])
    func realTitles(title: String, kind: DocumentKind) {
        #expect(DocumentKind(title: title) == kind)
    }

    @Test("the 文号 the page states tells a letter or a personnel notice, unless the title names a policy")
    func pageNumber() {
        #expect(DocumentKind(title: "关于进一步加强城市道路管理的通知", number: "饶府办函〔2026〕3号") == .reply)
        #expect(DocumentKind(title: "关于市政府部门负责人的通知", number: "饶府任〔2026〕2号") == .personnel)
        #expect(DocumentKind(title: "关于进一步加强城市道路管理的通知", number: "饶府发〔2026〕5号") == .policy)
        #expect(DocumentKind(title: "关于印发《上饶市城市更新实施方案》的通知", number: "饶府办函〔2026〕8号") == .policy)
        // zy-moe-notice-article.html: 发文字号 教思政厅函〔2024〕10号.
        #expect(DocumentKind(title: "教育部办公厅关于举办2024年高校“礼敬中华优秀传统文化”宣传教育活动的通知", number: "教思政厅函〔2024〕10号") == .reply)
    }

    @Test("an item of a 规范性文件 column is a policy whatever its title")
    func normativeColumn() {
        #expect(DocumentKind(title: "关于2027年元旦放假安排的通知", column: "行政规范性文件") == .policy)
        #expect(DocumentKind(title: "关于2027年元旦放假安排的通知", column: "政策文件") == .holiday)
    }

    @Test("only documents of a kind that needs interpretation are judged; routine ones are neither reported nor counted")
    func routineNotJudged() throws {
        let p = PolicyRulesTests.self
        let documents = p.list(p.policyColumn, [
            ("zcwj/1.html", "关于印发《上饶市优化营商环境若干措施》的通知", 20),
            ("zcwj/2.html", "关于张三同志任职的通知", 30),
            ("zcwj/3.html", "市政府第12次常务会议纪要", 40),
            ("zcwj/4.html", "关于2026年国庆节放假安排的通知", 50),
            ("zcwj/5.html", "上饶市城区道路改造工程施工招标公告", 60),
        ])
        let interpretations = p.list(p.interpretationColumn, [("zcjd/9.html", "图解：年度亮点", 3)])
        let verdict = p.judge([documents, interpretations])
        #expect(verdict.findings(.policyNotInterpreted).map(\.url) == ["\(p.h)zcwj/1.html"])
        let summary = try #require(verdict.policy)
        #expect(summary.documents == 1)
        #expect(summary.interpreted == 0)

        // A 通知 titled like a policy whose page states a letter's 文号 is a reply; a 发 number tells nothing.
        var letter = PolicyRulesTests.article("zcwj/6.html")
        letter.documentNumber = "饶府办函〔2026〕3号"
        var issued = PolicyRulesTests.article("zcwj/7.html")
        issued.documentNumber = "饶府发〔2026〕4号"
        let numbered = p.list(p.policyColumn, [
            ("zcwj/6.html", "关于进一步加强城市道路管理的通知", 20), ("zcwj/7.html", "关于进一步加强城市供水管理的通知", 20),
        ])
        #expect(p.judge([numbered, interpretations, letter, issued]).findings(.policyNotInterpreted).map(\.url) == ["\(p.h)zcwj/7.html"])

        // With every kind required, every document is judged.
        var rules = RuleSet.builtIn
        rules.policy = PolicyRules(windowMonths: 12, routineKinds: [])
        #expect(p.judge([documents, interpretations], rules: rules).findings(.policyNotInterpreted).count == 5)
        // A site whose documents are all routine and which has no 政策解读 column lacks nothing.
        let routineOnly = p.list(p.policyColumn, [("zcwj/2.html", "关于张三同志任职的通知", 30)])
        #expect(p.judge([routineOnly]).findings(.interpretationColumnMissing).isEmpty)
        #expect(p.judge([routineOnly], rules: rules).findings(.interpretationColumnMissing).count == 1)
    }

    @Test("the routine kinds are a line of the rules file: named by their ids, policy refused, older files keep the default")
    func configurable() throws {
        let json = RuleSet.builtIn.canonicalJSON()
        #expect(json.contains("\"routine_kinds\""))
        #expect(json.contains("\"personnel\""))
        let narrowed = try RuleSet.overriding(.builtIn, with: Data(#"{"policy": {"routine_kinds": ["personnel", "holiday"]}}"#.utf8), source: "test")
        #expect(narrowed.policyRules.routineKinds == [.personnel, .holiday])
        #expect(narrowed.policyRules.requiresInterpretation(title: "市政府第12次常务会议纪要", column: nil))
        #expect(!narrowed.policyRules.requiresInterpretation(title: "关于2027年元旦放假安排的通知", column: nil))
        #expect(throws: RulesError.self) {
            try RuleSet.overriding(.builtIn, with: Data(#"{"policy": {"routine_kinds": ["meetings"]}}"#.utf8), source: "test")
        }
        #expect(throws: RulesError.self) {
            try RuleSet.overriding(.builtIn, with: Data(#"{"policy": {"routine_kinds": ["policy"]}}"#.utf8), source: "test")
        }
        // A policy object written before the box, lead and routine lines existed.
        let older = try JSONDecoder().decode(PolicyRules.self, from: Data(#"{"window_months": 6}"#.utf8))
        #expect(older == PolicyRules(windowMonths: 6))
        #expect(older.routineKinds == DocumentKind.routineByDefault)
    }
}
