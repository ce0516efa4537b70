import GovSweepProtocol
import Testing
@testable import PageAnalysis

/// Paths and class lists split on bytes must give what splitting their characters gives.
@Suite("Splits on bytes")
struct SplitOnBytesTests {
    @Test("on random paths the segments are the characters' split")
    func pathSegments() {
        let pieces = ["/", "/", "a", "B", "index.html", "中", "\u{301}", "\r\n", "?", "..", "\u{600}"]
        var generator = SplitMix64(seed: 20_261_205)
        for _ in 0..<20_000 {
            let path = (0..<Int(generator.next() % 9)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            let inside = Substring("x" + path + "y").dropFirst().dropLast()  // a substring of a larger string
            #expect(LinkClassifier.segments(of: inside).map(String.init) == inside.split(separator: "/").map(String.init), "\(path)")
            #expect(LinkClassifier.lastSegment(of: inside) == (inside.split(separator: "/").last ?? ""), "\(path)")
        }
    }

    @Test("on random class lists a hidden class is found as splitting characters finds it")
    func hiddenClasses() {
        let pieces = [" ", "\t", "\n", "\r\n", "\r", "A", "b", "Hide", "hide", "\u{301}", "É", "é", "-x"]
        let hidden: Set<String> = ["hide", "b", "é", "a-x"]
        var generator = SplitMix64(seed: 9)
        for _ in 0..<20_000 {
            let classes = (0..<Int(generator.next() % 7)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            let expected = classes.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).contains { hidden.contains($0.lowercased()) }
            #expect(PageWalker.namesHidden(classes: classes, hiddenClasses: hidden) == expected, "\(classes.unicodeScalars.map(\.value))")
        }
    }
}
