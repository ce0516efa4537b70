import GovSweepProtocol
import Testing
@testable import PageAnalysis

@Suite("Regions: the word lists searched in one pass")
struct RegionWordsTests {
    @Test("the one-pass search finds what a byte search per word finds", arguments: [
        "nav", " main-nav", "footer-copyright", "content trs_editor", "topbar menu", "dibu", "wzy bt_content", "x y",
        "news-bottom-list", "bottom", "lanmu-lis", "navfoot content", "article detail", "banquan nav", "z", "zoomnav",
    ])
    func sameWords(marker: String) {
        let bytes = Array(marker.utf8)
        let found = LinkClassifier.regionWordsFound(in: bytes)
        let footer = LinkClassifier.footerWords.contains { ByteSearch.contains($0, in: bytes) }
        let body = LinkClassifier.bodyWords.contains { ByteSearch.contains($0, in: bytes) }
        let navigation = LinkClassifier.navigationWords.contains { ByteSearch.contains($0, in: bytes) }
        #expect(found.navigation == navigation)
        if !navigation {
            #expect(found.footer == footer)
            #expect(found.body == body)
        }
    }

    @Test("regions keep their order of precedence")
    func precedence() {
        #expect(LinkClassifier.region(id: "nav", class: "footer content") == .navigation)
        #expect(LinkClassifier.region(id: "foot", class: "content") == .footer)
        #expect(LinkClassifier.region(id: nil, class: "bottom content") == .footer)
        #expect(LinkClassifier.region(id: nil, class: "newsbottom content") == .body)
        #expect(LinkClassifier.region(id: "x", class: "y") == nil)
    }
}
