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

    @Test("link words read on bytes name an attachment as the string searches did")
    func attachmentWords() {
        let words = ["", "附件", "附件1.pdf", "相关附件", "附", "件", "下载", "下载中心", "点击下载", "点击下载附件", " 下载", "请点击下载",
                     "下 载", "下载\u{301}", "附\u{301}件", "xia zai", "DOWNLOAD"]
        for text in words {
            var bytes = text
            let expected = text.containsBytes("附件") || text.utf8.starts(with: "下载".utf8) || text.utf8.starts(with: "点击下载".utf8)
            #expect(bytes.withUTF8(LinkClassifier.namesAttachment) == expected, "\(text)")
            for url in ["https://a.gov.cn/down/", "https://a.gov.cn/down", "https://a.gov.cn/down.jsp?id=1"] {
                #expect(LinkClassifier.kind(ofAnchor: url, text: text) == (expected && !url.hasSuffix("/") ? .attachment : .page), "\(url) \(text)")
            }
        }
    }
}
