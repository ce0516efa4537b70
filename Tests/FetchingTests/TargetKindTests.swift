@testable import Fetching
import Testing

@Suite("TargetKind")
struct TargetKindTests {
    @Test(arguments: [
        ("/upload/a.PDF", nil, true),
        ("/downfile.jsp", "FileName=%E9%80%9A%E7%9F%A5.DOCX", true),
        ("/down.jsp", "id=3&NAME=a.xls", true),
        ("/down.jsp", "title=a.xls", false),
        ("/art/2023/art_1.html", "fileid=12", false),
        ("/col/index.html", nil, false),
        // The last non-empty segment names the file: a trailing slash leaves it the last.
        ("/files/report.pdf/", nil, true),
        ("/files/report.pdf//", nil, true),
        ("/", nil, false),
        ("", nil, false),
        ("/a.b/c", nil, false),
        ("/doc.toolong", nil, false),
    ] as [(String, String?, Bool)])
    func filesAreKnownByExtensionOrFileNameParameter(path: String, query: String?, isFile: Bool) {
        #expect(TargetKind.isNonHTML(path: path, query: query) == isFile)
    }
}
