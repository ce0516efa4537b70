import GovSweepProtocol
import Testing
@testable import PageAnalysis

@Suite("Policy documents and interpretations: the links between them")
struct PolicyLinkTests {
    static let site = "https://www.zgsr.gov.cn"

    @Test("a document page's 相关解读 and 图解 links are interpretations; menu, breadcrumb and footer column links are not")
    func documentPage() throws {
        let page = Fixtures.analyze("policy-document.html", url: "\(Self.site)/col/zcwj/202311/t20231120_76.html")
        let links = try #require(page.policyLinks)
        #expect(links.interpretations == ["\(Self.site)/col/zcjd/202311/t20231122_77.html", "\(Self.site)/col/zcjd/202311/t20231123_78.html"])
        #expect(links.documents.isEmpty)
    }

    @Test("an interpretation page's link titled as the document, and its 原文 link, point at the document")
    func interpretationPage() throws {
        let page = Fixtures.analyze("policy-interpretation.html", url: "\(Self.site)/col/zcjd/202311/t20231122_77.html")
        let links = try #require(page.policyLinks)
        #expect(links.documents == ["\(Self.site)/col/zcwj/202311/t20231120_76.html"])
        #expect(links.interpretations.isEmpty)
    }

    @Test("a document's title is told from other link words")
    func documentTitles() {
        #expect(PolicyLinkReader.isDocumentTitle("关于印发《上饶市优化营商环境若干措施》的通知"))
        #expect(PolicyLinkReader.isDocumentTitle("市政府关于进一步加强安全生产工作的意见"))
        #expect(!PolicyLinkReader.isDocumentTitle("关于我们"))
        #expect(!PolicyLinkReader.isDocumentTitle("工作动态"))
    }

    @Test("an article with no such links carries none")
    func none() {
        let page = Fixtures.analyze("article-original.html", url: "https://fgw.ganzhou.gov.cn/gzdt/202311/t20231102_1.html")
        #expect(page.policyLinks == nil)
    }
}
