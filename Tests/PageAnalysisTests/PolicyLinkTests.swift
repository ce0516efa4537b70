import Foundation
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

    @Test("a JSP document page: its 相关解读 list (视频解读, 【图解】) and the side box of the latest interpretations are reported, the menu, footer and attachment are not")
    func jspDocument() throws {
        let page = Fixtures.analyze("policy-document-jsp.html", url: "\(Self.site)/zcwj/content.jsp?id=5678")
        #expect(page.kind == .article)
        let links = try #require(page.policyLinks)
        #expect(Set(links.interpretations) == Set([
            "\(Self.site)/zcjd/content.jsp?id=5680", "\(Self.site)/zcjd/content.jsp?id=5681",
            "\(Self.site)/zcjd/content.jsp?id=5690", "\(Self.site)/zcjd/content.jsp?id=5688",
        ]))
        #expect(links.documents.isEmpty)
    }

    @Test("a GBK 图解 page linking its document as a PDF named after the document: the PDF is the document, the picture is nothing")
    func graphicWithFile() throws {
        let page = Fixtures.analyze("policy-interpretation-file.html", url: "\(Self.site)/zcjd/content.jsp?id=88")
        let links = try #require(page.policyLinks)
        #expect(links.documents == ["\(Self.site)/uploadfiles/202310/laojiu.pdf"])
        #expect(links.interpretations.isEmpty)
    }

    @Test("file names and column names are told from titles")
    func fileNames() {
        #expect(PolicyLinkReader.isDocumentTitle("关于印发《上饶市老旧小区改造实施办法》的通知.pdf"))
        #expect(!PolicyLinkReader.isDocumentTitle("关于印发《办法》的附件.pdf"))
        #expect(PolicyLinkReader.links([ExtractedLink(url: "https://a.gov.cn/col/zcjd/", text: " 文件解读 ", placement: .body, hidden: false, kind: .page)]) == nil)
        // A breadcrumb's column (浙江 TRS: 政策文件及解读) and a short column name on an article URL.
        #expect(PolicyLinkReader.links([ExtractedLink(url: "https://ct.zj.gov.cn/col/col1229678757/index.html", text: "政策文件及解读", placement: .body, hidden: false, kind: .page)]) == nil)
        #expect(PolicyLinkReader.links([ExtractedLink(url: "https://a.gov.cn/art/2024/1/2/art_1.html", text: "上级政策解读", placement: .body, hidden: false, kind: .page)]) == nil)
        #expect(PolicyLinkReader.links([ExtractedLink(url: "https://a.gov.cn/art/2024/1/2/art_1.html", text: "《关于推进老旧小区改造的实施意见》解读", placement: .body, hidden: false, kind: .page)])?.interpretations.count == 1)
    }

    @Test("a link worded only 相关文件 or 政策原文 is the document in the article's body at a page's address, a column in a side box or at a list address")
    func documentPointers() {
        func link(_ text: String, _ url: String, _ placement: LinkPlacement = .body) -> PolicyLinks? {
            PolicyLinkReader.links([ExtractedLink(url: url, text: text, placement: placement, hidden: false, kind: .page)])
        }
        let trs = "https://a.gov.cn/col/zcwj/202311/t20231120_76.html"
        #expect(link("相关文件", trs)?.documents == [trs])
        #expect(link(" 政策原文 ", "https://a.gov.cn/art/2024/1/2/art_1_5.html")?.documents == ["https://a.gov.cn/art/2024/1/2/art_1_5.html"])
        #expect(link("相关文件", "https://a.gov.cn/zcwj/content.jsp?id=5678")?.documents.count == 1)
        // The same words naming a column: at a list address, or beside the content.
        #expect(link("相关文件", "https://a.gov.cn/col/col1234/index.html") == nil)
        #expect(link("相关文件", "https://a.gov.cn/xxgk/xgwj/") == nil)
        #expect(link("相关文件", "https://a.gov.cn/zcwj/list.jsp?classid=3") == nil)
        #expect(link("相关文件", trs, .other) == nil)
        #expect(link("政策原文", trs, .list) == nil)
        #expect(link("规范性文件", trs) == nil)
    }

    @Test("the worker reads links with the words the rules read titles with: 一图看懂 and 答记者问 are interpretations, 在线问答 in a body is not")
    func sharedWords() {
        func link(_ text: String) -> PolicyLinks? {
            PolicyLinkReader.links([ExtractedLink(url: "https://a.gov.cn/art/2024/1/2/art_1_9.html", text: text, placement: .body, hidden: false, kind: .page)])
        }
        for word in InterpretationWords.marks {
            #expect(link("《上饶市数字政府建设方案》\(word)")?.interpretations.count == 1, "\(word)")
        }
        #expect(link("一图看懂《上饶市数字政府建设方案》")?.interpretations.count == 1)
        #expect(link("市发改委负责人就《上饶市数字政府建设方案》答记者问")?.interpretations.count == 1)
        #expect(link("在线问答") == nil)
    }

    @Test("on the real-page corpus, links to interpretation columns (政策解读, 解读回应, 上级政策解读, 数据解读 in menus and side boxes) are never read as interpretations")
    func realPages() throws {
        let corpus = RealPageCorpusTests()
        #expect(!RealPageCorpusTests.pages.isEmpty)
        for page in RealPageCorpusTests.pages {
            let observation = try corpus.observe(page)
            let reported = Set((observation.policyLinks?.interpretations ?? []) + (observation.policyLinks?.documents ?? []))
            for link in observation.links where reported.contains(link.url) {
                #expect(!link.text.hasSuffix("解读") || link.text.contains("《"), "\(page.file): \(link.text) \(link.url)")
                #expect(!PageKindClassifier.isColumnURL(link.url), "\(page.file): \(link.url)")
            }
        }
    }
}
