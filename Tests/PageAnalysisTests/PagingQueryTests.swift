import Testing
@testable import PageAnalysis

/// ``Pagination/looksPaged(_:)`` reads a query's keys in place; it must answer as splitting the
/// query into its parameters did.
@Suite("Paging parameters read in place")
struct PagingQueryTests {
    /// The query read as first written: split on `&` (empty parameters dropped), each key checked
    /// (the path's reading is shared: only the query's is under test).
    private static func bySplitting(_ url: String) -> Bool {
        let (path, query) = LinkClassifier.pathAndQuery(url)
        if Pagination.namesNumberedIndex(path) { return true }
        guard let query else { return false }
        for parameter in query.utf8.split(separator: UInt8(ascii: "&")) {
            if Pagination.isPagingParameter(parameter.prefix { $0 != UInt8(ascii: "=") }) { return true }
        }
        return false
    }

    @Test("every query built from these parameters gives the split reading's answer")
    func queries() {
        let parameters = ["", "p", "P=2", "page=3", "pageNum", "uid=1", "pages=2", "=page", "currentPage=4", "x=p&",
                          "ＰＡＧＥ=1", "pageindex=", "k\u{212A}=1", "pageno=2=3"]
        var paged = 0
        for first in parameters {
            for second in parameters {
                for separator in ["&", "&&", "="] {
                    for url in ["https://a.gov.cn/col/list.html?\(first)\(separator)\(second)", "list.jsp?\(first)\(separator)\(second)&",
                                "https://a.gov.cn/index_3.html?\(second)", "?\(first)"] {
                        let expected = Self.bySplitting(url)
                        #expect(Pagination.looksPaged(url) == expected, "\(url)")
                        if expected { paged += 1 }
                    }
                }
            }
        }
        #expect(paged > 100)
    }
}
