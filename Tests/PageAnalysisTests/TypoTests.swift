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
