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

    @Test("the table search finds what a byte search per word finds, over markers built from word pieces")
    func generatedMarkers() {
        let words = LinkClassifier.navigationWords + LinkClassifier.footerWords + LinkClassifier.bodyWords
        // Each word, its first three bytes, all of it but its last byte, and bytes that join pieces.
        var pieces: [[UInt8]] = words.flatMap { [$0, Array($0.prefix(3)), Array($0.dropLast())] }
        pieces += [" ", "-", "_", "x", "首页", "\u{0}", "na", "v"].map { Array($0.utf8) }
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        var checked = 0
        for _ in 0..<4000 {
            var marker: [UInt8] = []
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            for step in 0..<Int(seed >> 61) + 1 {
                marker += pieces[Int((seed >> UInt64(8 * step + 3)) % UInt64(pieces.count))]
            }
            let found = LinkClassifier.regionWordsFound(in: marker)
            let navigation = LinkClassifier.navigationWords.contains { ByteSearch.contains($0, in: marker) }
            #expect(found.navigation == navigation, "\(marker)")
            if !navigation {
                #expect(found.footer == LinkClassifier.footerWords.contains { ByteSearch.contains($0, in: marker) }, "\(marker)")
                #expect(found.body == LinkClassifier.bodyWords.contains { ByteSearch.contains($0, in: marker) }, "\(marker)")
            }
            checked += 1
        }
        #expect(checked == 4000)
    }

    @Test("a marker is the id, a space and the class, ASCII letters lower-cased, in one array")
    func markers() {
        #expect(LinkClassifier.marker(id: "", class: "") == nil)
        #expect(LinkClassifier.marker(id: nil, class: nil) == nil)
        #expect(LinkClassifier.marker(id: "", class: "A") == Array(" a".utf8))
        #expect(LinkClassifier.marker(id: "ZÉ@[", class: nil) == Array("zÉ@[ ".utf8))
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
