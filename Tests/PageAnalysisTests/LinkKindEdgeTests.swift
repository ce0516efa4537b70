import GovSweepProtocol
import Testing
@testable import PageAnalysis

@Suite("Link kinds at the edges of extension parsing")
struct LinkKindEdgeTests {
    @Test("extensions: last segment, last dot, 1–5 bytes, any case; query values; 附件 text", arguments: [
        ("https://a.gov.cn/dir.pdf/file", "", LinkKind.page),
        ("https://a.gov.cn/dir.pdf/file", "附件", .attachment),
        ("https://a.gov.cn/a/.pdf", "", .page),
        ("https://a.gov.cn/a/b.tar.ZIP", "", .attachment),
        ("https://a.gov.cn/a/b.", "附件", .attachment),
        ("https://a.gov.cn/a/b.docxxx", "", .page),
        ("https://a.gov.cn/a/b.Jpeg", "附件", .image),
        ("https://a.gov.cn/a/b.SHTML", "附件下载", .page),
        ("https://a.gov.cn/a/", "点击下载", .page),
        ("https://a.gov.cn/d.jsp?f=x/y.PDF&z", "", .attachment),
        ("https://a.gov.cn/d.jsp?f=.pdf", "", .page),
        ("https://a.gov.cn/d.jsp?name=a.pdf&type=1", "", .attachment),
        ("https://a.gov.cn/d.jsp?pdf", "", .page),
        ("https://a.gov.cn/a.jpg?f=b.pdf", "", .image),
    ])
    func kinds(url: String, text: String, kind: LinkKind) {
        #expect(LinkClassifier.kind(ofAnchor: url, text: text) == kind)
    }
}
