import GovSweepProtocol
import Testing
@testable import Rules

@Suite("Links, future dates and content hits")
struct LinkAndContentTests {
    let page = "\(Evidence.home)col/gzdt/p0-0.html"

    @Test("one finding per failing target per site; the homepage is named first when it holds the link")
    func linksDeduplicated() {
        let target = "https://www.zgsr.gov.cn/gone.html"
        let links = [
            LinkOutcome(target: target, kind: .page, verdict: .broken, status: 404, foundOn: ["\(Evidence.home)z.html"]),
            LinkOutcome(target: target, kind: .page, verdict: .broken, status: 404, foundOn: [Evidence.home, "\(Evidence.home)a.html"]),
        ]
        let verdict = Evidence.judge(Evidence.evidence([Evidence.freshHomepage], links: links))
        let found = verdict.findings(.linkBroken)
        #expect(found.count == 1)
        #expect(found[0].url == Evidence.home)
        #expect(found[0].target == target)
        #expect(found[0].status == 404)
        #expect(found[0].points == 1)
        #expect(found[0].detail.contains("另有2个页面"))
    }

    @Test("link kinds map to their checks; blocked links are notices; ok outcomes are ignored")
    func linkKinds() {
        let links = [
            LinkOutcome(target: "https://a.example/f.pdf", kind: .attachment, verdict: .broken, status: 404, foundOn: [page]),
            LinkOutcome(target: "https://a.example/i.png", kind: .image, verdict: .broken, error: .timeout, foundOn: [page]),
            LinkOutcome(target: "https://a.example/frame", kind: .iframe, verdict: .broken, status: 500, foundOn: [page]),
            LinkOutcome(target: "https://a.example/login", kind: .page, verdict: .blocked, status: 403, foundOn: [page]),
            LinkOutcome(target: "https://a.example/fine", kind: .page, verdict: .ok, status: 200, foundOn: [page]),
        ]
        let verdict = Evidence.judge(Evidence.evidence([Evidence.freshHomepage], links: links))
        #expect(verdict.findings.map(\.check) == [.attachmentBroken, .imageBroken, .linkBlocked, .linkBroken])
        #expect(verdict.findings(.imageBroken).first?.error == .timeout)
        #expect(verdict.findings(.linkBlocked).first?.severity == .notice)
        #expect(verdict.findings.allSatisfy { $0.url == page })
        #expect(verdict.deducted == 0.6)
    }

    @Test("a failing target with no known holding page is charged as on an ordinary page")
    func unknownHolder() {
        let links = [LinkOutcome(target: "https://a.example/x", kind: .page, verdict: .broken, status: 410)]
        let verdict = Evidence.judge(Evidence.evidence([Evidence.freshHomepage], links: links))
        #expect(verdict.findings(.linkBroken).map(\.points) == [0.2])
        #expect(verdict.findings(.linkBroken).map(\.url) == [Evidence.home])
    }

    @Test("broken links off the homepage are capped by the links indicator")
    func linkCap() {
        let links = (0..<60).map {
            LinkOutcome(target: "https://www.zgsr.gov.cn/missing/\($0).html", kind: .page, verdict: .broken, status: 404, foundOn: [page])
        }
        let verdict = Evidence.judge(Evidence.evidence([Evidence.freshHomepage], links: links))
        #expect(verdict.findings(.linkBroken).count == 60)
        #expect(verdict.deducted == 10)
        #expect(verdict.findings(.linkBroken).filter { $0.points > 0 }.count == 50)
        #expect(verdict.score == 90)
    }

    @Test("future dates: one finding per article; the article's own date wins; `date` is the offending date")
    func futureDates() {
        var list = Evidence.column("gzdt", .news, [Evidence.date("2024-01-20"), Evidence.ago(1), Evidence.date("2024-02-02")])
        list.items.append(DatedItem(url: nil, title: "无链接条目", date: Evidence.date("2024-01-16")))
        let article = PageReport(
            url: list.items[0].url!, status: 200, role: .article, kind: .article, published: Evidence.date("2024-01-21"))
        let onTime = PageReport(url: list.items[1].url!, status: 200, role: .article, kind: .article, published: Evidence.asOf)
        for pages in [[list, article, onTime], [article, onTime, list]] {
            let verdict = Evidence.judge(Evidence.evidence([Evidence.freshHomepage] + pages))
            let found = verdict.findings(.dateInFuture)
            #expect(found.count == 3)
            #expect(found.first { $0.url == article.url }?.date == Evidence.date("2024-01-21"))
            #expect(found.first { $0.url == list.url }?.date == Evidence.date("2024-01-16"))
            #expect(found.allSatisfy { $0.severity == .deduct && $0.points == 2 })
        }
    }

    @Test("content hits: resident ids, spam and typos veto; bulk mobile numbers deduct by default")
    func contentHits() {
        var listing = Evidence.column("gsgg", .notice, [Evidence.ago(3)])
        listing.hits = [
            ContentHit(kind: .mobileNumbers, evidence: "1**********8", count: 12),
            ContentHit(kind: .spam, evidence: "澳门博彩", extra: "https://bet.example/", count: 2),
            ContentHit(kind: .spam, evidence: "真人娱乐", extra: "https://bet.example/", count: 1),
        ]
        let verdict = Evidence.judge(Evidence.evidence([Evidence.freshHomepage, listing]))
        #expect(verdict.findings(.sensitiveData).map(\.severity) == [.deduct])
        #expect(verdict.findings(.sensitiveData).first?.points == 2)
        #expect(verdict.findings(.spamInjection).map(\.target) == ["https://bet.example/"])
        #expect(verdict.findings(.spamInjection).first?.detail.contains("真人娱乐") == true)
        #expect(verdict.vetoes == [.spamInjection])

        listing.hits = [
            ContentHit(kind: .mobileNumbers, evidence: "1**********8", count: 12),
            ContentHit(kind: .residentID, evidence: "3**************X"),
            ContentHit(kind: .seriousTypo, evidence: "中华人民共和国国务院总经理", extra: "中华人民共和国国务院总理"),
        ]
        let worse = Evidence.judge(Evidence.evidence([Evidence.freshHomepage, listing]))
        #expect(worse.findings(.sensitiveData).map(\.severity) == [.veto])
        #expect(worse.vetoes == [.sensitiveData, .seriousTypo])
        #expect(worse.findings(.seriousTypo).first?.detail.contains("应为“中华人民共和国国务院总理”") == true)
    }

    @Test("the rules can make mobile numbers a notice")
    func mobileNumbersConfigurable() throws {
        var rules = RuleSet.builtIn
        rules.hits["mobile_numbers"] = HitRule(severity: .notice)
        var listing = Evidence.column("gsgg", .notice, [Evidence.ago(3)])
        listing.hits = [ContentHit(kind: .mobileNumbers, evidence: "1**********8", count: 12)]
        let verdict = Evidence.judge(Evidence.evidence([Evidence.freshHomepage, listing]), rules: rules)
        #expect(verdict.findings(.sensitiveData).map(\.severity) == [.notice])
        #expect(verdict.score == 100)
    }
}
