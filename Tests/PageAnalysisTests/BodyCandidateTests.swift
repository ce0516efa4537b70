import Foundation
import GovSweepProtocol
import Testing
@testable import PageAnalysis

/// The body read with each text node normalised once (``NormalisedPieces``) must be the body read
/// by normalising every candidate's text on its own, as the reader did before.
@Suite("Article bodies: nested candidates read once")
struct BodyCandidateTests {
    /// The reading of every candidate on its own: what ``ArticleBodyReader/bodyText(signedLength:)`` must give.
    private static func candidateByCandidate(_ reader: ArticleBodyReader, signedLength: Int) -> NormalisedBody {
        let snapshot = reader.snapshot
        func text(under root: Int?, skipRegions: Bool) -> NormalisedBody {
            let range = root.map { ($0 + 1)..<Int(snapshot.nodes[$0].end) } ?? 0..<snapshot.nodes.count
            var skipUntil = -1
            var body = NormalisedBody(signedLength: signedLength)
            for index in range where index >= skipUntil {
                let node = snapshot.nodes[index]
                if !node.isText {
                    switch node.tag {
                    case .script, .style, .title, .noscript, .template, .textarea, .nav: skipUntil = Int(node.end)
                    case .footer where skipRegions: skipUntil = Int(node.end)
                    default:
                        guard skipRegions else { break }
                        let region = reader.region(of: node)
                        if region == .navigation || region == .footer { skipUntil = Int(node.end) }
                    }
                    continue
                }
                guard let text = snapshot.text(of: node) else { continue }
                for character in text where character.isLetter || character.isNumber {
                    for lowered in character.lowercased() { body.append(lowered) }
                }
            }
            return body
        }
        var best: (index: Int, text: NormalisedBody)?
        var candidates: [(index: Int, text: NormalisedBody)] = []
        for (index, node) in snapshot.nodes.enumerated() where !node.isText {
            guard node.tag == .article || reader.region(of: node) == .body else { continue }
            let body = text(under: index, skipRegions: false)
            guard !body.isEmpty else { continue }
            candidates.append((index, body))
            if body.characterCount > best?.text.characterCount ?? 0 { best = (index, body) }
        }
        guard let best else { return text(under: nil, skipRegions: true) }
        let kept = candidates.filter { $0.text.characterCount * 2 >= best.text.characterCount }
        let size = { (index: Int) in Int(snapshot.nodes[index].end) - index }
        return kept.min { size($0.index) < size($1.index) }?.text ?? best.text
    }

    private static func expectSame(_ snapshot: HTMLSnapshot, _ name: String) {
        let reader = ArticleBodyReader(snapshot: snapshot)
        for signedLength in [0, 1, 2, 3, 5, 17, 100, 1_000, ArticleBodyReader.maxSignedLength] {
            let read = reader.bodyText(signedLength: signedLength)
            let expected = candidateByCandidate(reader, signedLength: signedLength)
            #expect(read.scalars == expected.scalars, "\(name), \(signedLength)")
            #expect(read.characterCount == expected.characterCount, "\(name), \(signedLength)")
            #expect(Array(read.signedScalars) == Array(expected.signedScalars), "\(name), \(signedLength)")
        }
    }

    private static func snapshot(_ html: String) -> HTMLSnapshot {
        var html = html
        return html.withUTF8 { HTMLSnapshot.parse($0, limits: .default) }
    }

    @Test("nested candidates, menus, scripts and characters of several scalars inside them", arguments: [
        """
        <div class="article"><h1>标题 Title</h1><div class="content"><div class="TRS_Editor"><p>正文İ第一段e\u{301}内容</p>
        <nav>导航</nav><script>var a = "脚本";</script><p>第二段 한국어 2024。</p></div></div><p>尾注</p></div>
        """,
        """
        <div class="content"><p>短</p></div><div class="content">外层<div class="article">内层İİİ很长很长很长的正文文字</div></div>
        """,
        """
        <nav class="content"><p>导航里的正文İ字</p><div class="content">导航里的内层正文</div></nav>
        <div class="content"><footer>页脚也算正文</footer><p>正文</p></div>
        """,
        """
        <div class="zoom"><span>ǅ</span><span>ﬀ</span><p>A\u{200D}B e\u{301}\u{301} 一二三 ①②</p></div>
        """,
        "<div class=\"content\"><p>!!!</p></div><p>没有正文容器时读全页İ</p><div class=\"footer\">页脚</div>",
        "<p>全页</p>",
        "",
    ])
    func sameAsEachCandidate(_ html: String) {
        Self.expectSame(Self.snapshot(html), html)
    }

    @Test("every real page gives the body every candidate read on its own gives")
    func realPages() throws {
        var directory = #filePath
        for _ in 0..<2 { directory = String(directory[..<directory.lastIndex(of: "/")!]) }
        directory += "/Fixtures/real"
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".html") }.sorted()
        #expect(names.count > 50)
        for name in names {
            let bytes = try #require(FileManager.default.contents(atPath: directory + "/" + name))
            Self.expectSame(Self.snapshot(CharsetSniffing.decode(Array(bytes)).text), name)
        }
    }
}
