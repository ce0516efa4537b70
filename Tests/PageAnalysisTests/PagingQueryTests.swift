import Testing
@testable import PageAnalysis

/// ``Pagination/looksPaged(_:)`` reads a query's keys in place; it must answer as splitting the
/// query into its parameters did.
@Suite("Paging parameters read in place")
struct PagingQueryTests {
    /// The query read as first written: split on `&` (empty parameters dropped), each key checked.
    private static func bySplitting(_ url: String) -> Bool {
        let (path, query) = LinkClassifier.pathAndQuery(url)
        let utf8 = path.utf8
        let name = utf8[(utf8.lastIndex(of: UInt8(ascii: "/")).map { utf8.index(after: $0) } ?? utf8.startIndex)...]
        if name.starts(with: "index_".utf8), let dot = name.lastIndex(of: UInt8(ascii: ".")) {
            let number = name[name.index(name.startIndex, offsetBy: 6)..<dot]
            if !number.isEmpty, number.allSatisfy({ $0 >= 48 && $0 <= 57 }) { return true }
        }
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
