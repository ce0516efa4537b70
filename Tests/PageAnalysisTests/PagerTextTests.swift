import GovSweepProtocol
import Testing
@testable import PageAnalysis

@Suite("Pagination: pager words ruled out by their first scalar")
struct PagerTextTests {
    @Test("pager words are pager words; page numbers, titles and other words are not", arguments: [
        ("下一页", true), ("尾页", true), ("next", true), (">>", true), ("»", true), ("下一页>>", true),
        ("2", false), ("下一", false), ("上一页", false), ("nextpage", false), ("", false), ("政务动态", false),
    ])
    func pagerText(text: String, expected: Bool) {
        #expect(Pagination.isPagerText(text) == expected)
        #expect(Pagination.pagerTexts.contains(text) == expected)
    }

    @Test("a text starting outside printable ASCII and the CJK ideographs is looked up as before")
    func otherScalars() {
        #expect(!Pagination.isPagerText("\u{F900}页"))
        #expect(Pagination.isPagerText("\u{00BB}"))
    }
}
