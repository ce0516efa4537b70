import Testing
@testable import Rules

@Suite("Fixed words found and taken out of titles and names byte for byte")
struct StringUTF8SearchTests {
    @Test("a string holds a part anywhere in it, itself and the empty part, and nothing longer")
    func contains() {
        #expect("萍乡市人民政府".containsUTF8("萍乡市"))
        #expect("萍乡市".containsUTF8("萍乡市"))
        #expect(!"萍乡市".containsUTF8("萍乡市人民政府"))
        #expect(!"萍乡市人民政府".containsUTF8("乡市政"))
        #expect("本站".containsUTF8(""))
        #expect(!"".containsUTF8("本站"))
        // Found only at the very end, after a false start on its first byte.
        #expect("新华新闻社新华社".containsUTF8("新华社"))
        // Bytes of one character never match across two (解 and 读 share no prefix with 词).
        #expect(!"解读".containsUTF8("词"))
    }

    @Test("every occurrence is taken out left to right; a string without it comes back as it was")
    func removing() {
        #expect("关于印发《某办法》的通知".removingUTF8("关于印发") == "《某办法》的通知")
        #expect("解读解读的解读".removingUTF8("解读") == "的")
        #expect("政策解读政策".removingUTF8("政策") == "解读")
        #expect("aaa".removingUTF8("aa") == "a")
        #expect("办法".removingUTF8("解读") == "办法")
        #expect("办法".removingUTF8("") == "办法")
        #expect("".removingUTF8("解读") == "")
    }

    @Test("taking out equals splitting at the part and joining the pieces, as titles were read before")
    func removingAgreesWithSplitting() {
        let titles = ["关于印发《上饶市数字政府建设方案》的通知", "“关于进一步加强安全生产工作的意见”政策解读", "的的的通知的通知", "图解：一图读懂", ""]
        for title in titles {
            for word in PolicyTitle.setAside {
                #expect(title.removingUTF8(word) == title.split(separator: word, omittingEmptySubsequences: false).joined(), "\(title) \(word)")
            }
        }
    }

    @Test("titles are composed before they are searched: a compatibility ideograph or a decomposed letter still names its word")
    func composed() {
        // 免 written as the compatibility ideograph U+FA32, 者 as U+FA5B, é as e and a combining acute.
        let dismissal = "关于张三同志\u{FA32}职的通知"
        #expect(!dismissal.containsUTF8("免职"))
        #expect(dismissal.composedForSearch.containsUTF8("免职"))
        #expect(DocumentKind(title: dismissal) == .personnel)
        #expect(PolicyTitle.readsAsInterpretation("市长答记\u{FA5B}问"))
        #expect("Caf\u{65}\u{301}".composedForSearch.containsUTF8("Caf\u{E9}"))
        // Nearly every title is composed already and comes back as it is.
        let plain = "关于印发《上饶市“十四五”规划》的通知（试行）…ABC"
        #expect(plain.composedForSearch.utf8.elementsEqual(plain.utf8))
    }
}
