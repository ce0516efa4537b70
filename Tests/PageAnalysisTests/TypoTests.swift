import GovSweepProtocol
import Testing
@testable import PageAnalysis

@Suite("Serious typos")
struct TypoTests {
    @Test("built-in wrong phrases are flagged with their correct form; the correct forms are not")
    func builtIn() {
        let page = Fixtures.analyze("typos.html", url: "https://www.yss.gov.cn/art/2023/12/1/art_1_1.html")
        let hits = page.hits.filter { $0.kind == .seriousTypo }
        #expect(hits == [
            ContentHit(kind: .seriousTypo, evidence: "习近年", extra: "习近平", count: 1),
            ContentHit(kind: .seriousTypo, evidence: "国务院付总理", extra: "国务院副总理", count: 1),
            ContentHit(kind: .seriousTypo, evidence: "中华人民共和过", extra: "中华人民共和国", count: 1),
        ])
    }

    @Test("the operator's entries add to the list; an entry inside its own correct form never fires on it")
    func operatorEntries() {
        let scanner = TypoScanner(extra: [
            TypoEntry(wrong: "高铁站", correct: nil),
            TypoEntry(wrong: "人民政付", correct: "人民政府"),
            TypoEntry(wrong: "上饶市政", correct: "上饶市政府"),
        ])
        let text = Array("本县高铁站通车。上饶市政府召开会议。上饶市政工程。".utf8)
        #expect(scanner.hits(in: text) == [
            ContentHit(kind: .seriousTypo, evidence: "高铁站", extra: nil, count: 1),
            ContentHit(kind: .seriousTypo, evidence: "上饶市政", extra: "上饶市政府", count: 1),
        ])
    }

    @Test("学习近年来 is not 习近年; 学习习近年 is")
    func exceptions() {
        let scanner = TypoScanner(extra: [])
        #expect(scanner.hits(in: Array("要学习近年来的经验".utf8)).isEmpty)
        #expect(scanner.hits(in: Array("深入学习习近年讲话".utf8)).map(\.evidence) == ["习近年"])
    }
}

@Suite("The built-in serious-error list")
struct BuiltInTypoListTests {
    /// Correct text of the kinds the indicators name: the state's and the Party's names, leaders'
    /// names and titles, political formulations, and ordinary phrases that hold parts of wrong forms.
    static let correctText = """
        中华人民共和国国务院 中华人民共和国中央人民政府 中国共产党第二十次全国代表大会 中共中央委员会 中国人民解放军
        中国人民政治协商会议全国委员会 全国人民代表大会常务委员会 全国人大常委会委员长 全国政协主席 国家主席 国家副主席
        中央军委主席习近平 习近平总书记 总书记习近平 习近平同志 国务院总理 国务院副总理 李强总理 总理李强 王沪宁 丁薛祥 赵乐际
        中共中央政治局常委 中央政治局常务委员会 毛泽东思想 邓小平理论 江泽民 胡锦涛 周恩来
        习近平新时代中国特色社会主义思想 社会主义核心价值观 马克思主义 两学一做 不忘初心、牢记使命 两个维护 两个确立
        增强“四个意识”、坚定“四个自信”、做到“两个维护” 中华民族伟大复兴 全面从严治党 全过程人民民主 中国式现代化
        三个代表 五星红旗 一国两制 坚持党的领导 人民代表大会制度 学习近年来的经验 学习金平区的经验 这四个意思是 依法制定
        中国共产党员 人民政府 科学发展观 中央人民政府 中华民族
        """

    @Test("every entry fires on its wrong form and names its correction")
    func everyEntryFires() {
        let scanner = TypoScanner(extra: [])
        for entry in BuiltInTypos.entries {
            let hits = scanner.hits(in: Array("会上强调\(entry.wrong)的要求".utf8))
            #expect(hits.contains { $0.evidence == entry.wrong && $0.extra == entry.correct }, "\(entry.wrong)")
        }
    }

    @Test("no correct text matches: not the corrections, not the formulations, not everyday phrases")
    func correctTextIsClean() {
        let scanner = TypoScanner(extra: [])
        let corrections = BuiltInTypos.entries.map(\.correct).joined(separator: "。")
        #expect(scanner.hits(in: Array(corrections.utf8)).isEmpty)
        #expect(scanner.hits(in: Array(Self.correctText.utf8)).isEmpty)
        for entry in BuiltInTypos.entries {
            #expect(entry.wrong != entry.correct)
            #expect(!entry.wrong.isEmpty)
        }
    }

    @Test("the list covers the state's name, the Party's, leaders' names and titles and formulations")
    func coverage() {
        let wrong = BuiltInTypos.entries.map(\.wrong)
        #expect(wrong.contains("中华人民共合国"))
        #expect(BuiltInTypos.stateAndParty.count >= 15)
        #expect(BuiltInTypos.leaders.count >= 15)
        #expect(BuiltInTypos.titles.count >= 10)
        #expect(BuiltInTypos.formulations.count >= 20)
        #expect(Set(wrong).count == wrong.count)
    }

    @Test("a province's own list still adds to the built-in one")
    func operatorListStillAdds() {
        let scanner = TypoScanner(extra: [TypoEntry(wrong: "上饶市人民政符", correct: "上饶市人民政府")])
        let hits = scanner.hits(in: Array("上饶市人民政符与中华人民共合国".utf8))
        #expect(Set(hits.map(\.evidence)) == ["上饶市人民政符", "中华人民共合国"])
    }
}
