import GovSweepProtocol
import Testing
@testable import PageAnalysis

@Suite("Article bodies: the text read, its fingerprint and the origin it states")
struct ArticleBodyTests {
    static let original = Fixtures.analyze("article-original.html", url: "https://fgw.ganzhou.gov.cn/gzdt/202311/t20231102_1.html")
    static let copied = Fixtures.analyze("article-copied.html", url: "http://www.nkjx.gov.cn/art/2023/11/20/art_101_5.html")
    static let sameTemplate = Fixtures.analyze("article-same-template.html", url: "https://fgw.ganzhou.gov.cn/gzdt/202311/t20231115_2.html")

    /// Letters and digits of the original's three paragraphs, as the reader counts them.
    static let paragraphLength = """
        11月1日赣州市召开优化营商环境工作推进会通报前三季度全市营商环境评价情况部署下一阶段重点任务\
        会议指出今年以来全市深入推进一网通办改革企业开办时间压缩至1个工作日以内工程建设项目审批时限平均缩短三成市场主体满意度稳步提升\
        会议要求各县市区和市直有关部门要对照评价指标逐项查找短板建立问题清单责任清单和整改清单确保年底前各项整改任务全部完成持续打造一流营商环境
        """.count

    @Test("the body is the named body element's text: no menu, title, byline, footer, script or style")
    func bodyOnly() throws {
        let body = try #require(Self.original.body)
        #expect(Self.original.kind == .article)
        #expect(body.length == Self.paragraphLength)
        #expect(body.minHashes.count == BodySignature.size)
        #expect(body.source == "赣州市发展和改革委员会")
    }

    @Test("the same paragraphs in another CMS's template (zoom in a table, other menu and byline) sign alike")
    func copiedAcrossTemplates() throws {
        let original = try #require(Self.original.body)
        let copied = try #require(Self.copied.body)
        #expect(copied.length == original.length)
        #expect(copied.similarity(to: original) == 1)
        #expect(copied.source == "南康区人民政府办公室")
    }

    @Test("another article in the same site's template signs differently")
    func sameTemplateDifferentBody() throws {
        let original = try #require(Self.original.body)
        let other = try #require(Self.sameTemplate.body)
        #expect(other.similarity(to: original) < 0.2)
    }

    @Test("a 来源 split from its label by an element is read, up to the next byline word")
    func statedSourceInSpan() throws {
        let page = Fixtures.analyze("article-repost.html", url: "http://www.ruijin.gov.cn/xwzx/202311/t20231118_9.html")
        let body = try #require(page.body)
        #expect(body.source == "新华社")
        #expect(body.length > 80)
    }

    @Test("a changed word keeps most shingles; the fingerprint is the same for the same text on every run")
    func nearCopy() throws {
        let text = Array("会议要求各县市区和市直有关部门要对照评价指标逐项查找短板建立问题清单责任清单和整改清单确保年底前各项整改任务全部完成持续打造一流营商环境今年以来全市深入推进一网通办改革企业开办时间压缩至1个工作日以内")
        var edited = text
        edited.replaceSubrange(0..<2, with: Array("会上"))
        let a = BodySignature(minHashes: BodyFingerprint.minHashes(of: text), length: text.count)
        let b = BodySignature(minHashes: BodyFingerprint.minHashes(of: edited), length: edited.count)
        #expect(a.minHashes == BodyFingerprint.minHashes(of: text))
        #expect(b.similarity(to: a) > 0.85)
        #expect(b.similarity(to: a) < 1)
    }

    @Test("pages that are not articles carry no fingerprint")
    func notArticles() throws {
        let list = Fixtures.analyze("message-list-table.html", url: "https://www.yanshan.gov.cn/col/xzxx/index.html")
        #expect(list.kind != .article)
        #expect(list.body == nil)
    }
}
