import Foundation
import GovSweepProtocol
import Testing
@testable import PageAnalysis

/// The stated source read with the labels' heads found once in all the page's text, and cut
/// without trimming the trailing blanks, must be what the reading of every text gave.
@Suite("Stated sources read once per page")
struct StatedSourceTests {
    /// The cut as first written: the text trimmed at both ends, then cut at the first blank or separator.
    private static func cleanSourceTrimmed(_ raw: String) -> String? {
        var trimmed = raw.drop { $0.isWhitespace }
        while let last = trimmed.last, last.isWhitespace { trimmed = trimmed.dropLast() }
        var text = String(trimmed)
        if let stop = text.firstIndex(where: { $0.isWhitespace || "|｜【[".contains($0) }) { text = String(text[..<stop]) }
        for word in DateParsing.bylineWords + ["发布", "时间"] {
            if let range = text.range(of: word) { text = String(text[..<range.lowerBound]) }
        }
        text = String(text.prefix(40))
        return text.isEmpty ? nil : text
    }

    /// The reading as first written: every readable text's bytes searched for each label.
    private static func everyText(_ snapshot: HTMLSnapshot) -> String? {
        var texts: [Int] = []
        var skipUntil = -1
        for (index, node) in snapshot.nodes.enumerated() where index >= skipUntil {
            if node.isText { texts.append(index); continue }
            switch node.tag {
            case .script, .style, .title, .noscript, .template, .textarea: skipUntil = Int(node.end)
            default: break
            }
        }
        for (position, index) in texts.enumerated() {
            guard let text = snapshot.text(of: snapshot.nodes[index]) else { continue }
            for label in ["来源：", "来源:", "转载自："] {
                guard let range = text.range(of: label) else { continue }
                var rest = String(text[range.upperBound...])
                if rest.allSatisfy(\.isWhitespace), position + 1 < texts.count {
                    rest = snapshot.text(of: snapshot.nodes[texts[position + 1]]) ?? ""
                }
                if let source = cleanSourceTrimmed(rest) { return source }
            }
        }
        return nil
    }

    @Test("a separator told on its bytes is a separator told by Character ==, for every scalar and with marks after it")
    func separatorsAsCharacters() {
        let separators: [Character] = ["|", "｜", "【", "["]
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = Character(scalar)
            #expect(ArticleBodyReader.isSourceSeparator(character) == separators.contains(character), "U+\(String(value, radix: 16))")
        }
        for text in ["|\u{301}", "｜\u{20DD}", "【\u{FE0F}", "[\u{200D}", "\r\n", "e\u{301}"] {
            let character = Character(text)
            #expect(ArticleBodyReader.isSourceSeparator(character) == separators.contains(character), "\(text.debugDescription)")
        }
    }

    @Test("random sources of words, blanks, marks, separators and byline words are cut as when trimmed first")
    func sameCut() {
        let pieces = ["新华社", "人民网", "a", "B", " ", "\u{3000}", "\t", "\n", "\r\n", "\u{301}", "\u{A0}", "|", "｜", "【", "[",
                      "作者", "发布", "时间", "来源", "字号", "e\u{301}", "市政府办公室办公室办公室", "：", "1"]
        var random = SplitMix64(seed: 20_261_209)  // seeded, so that a failure can be replayed
        for _ in 0..<20_000 {
            let raw = (0..<Int(random.next(below: 10))).map { _ in pieces[Int(random.next(below: UInt64(pieces.count)))] }.joined()
            #expect(ArticleBodyReader.cleanSource(raw) == Self.cleanSourceTrimmed(raw), "\(raw.debugDescription)")
        }
    }

    @Test("every real page and pages with labels split, repeated or in scripts state the source every text read gives")
    func sameSource() throws {
        var pages = [
            "<p>来源：</p><p>  新华社 2024</p><p>来源:人民网</p>",
            "<script>var a='来源：脚本';</script><p>转载自：中国政府网|打印</p>",
            "<p>来</p><p>源：不算</p><p>信息来源： 市政府办公室 </p>",
            "<p>来源：</p>",
            "<p>来源：\u{3000}</p><p>\u{3000}</p>",
            "<title>来源：标题</title><p>来源 ：空格</p>",
        ]
        var directory = #filePath
        for _ in 0..<2 { directory = String(directory[..<directory.lastIndex(of: "/")!]) }
        directory += "/Fixtures/real"
        for name in try FileManager.default.contentsOfDirectory(atPath: directory).sorted() where name.hasSuffix(".html") {
            let bytes = try #require(FileManager.default.contents(atPath: directory + "/" + name))
            pages.append(CharsetSniffing.decode(Array(bytes)).text)
        }
        var stated = 0
        for html in pages {
            var html = html
            let snapshot = html.withUTF8 { HTMLSnapshot.parse($0, limits: .default) }
            let expected = Self.everyText(snapshot)
            if expected != nil { stated += 1 }
            #expect(ArticleBodyReader(snapshot: snapshot).statedSource() == expected, "\(html.prefix(80))")
        }
        #expect(stated > 20)
    }
}
