import GovSweepProtocol
import Testing
@testable import PageAnalysis

/// Dot segments resolved on the bytes of an ASCII path must give what resolving them on characters gives.
@Suite("Dot segments")
struct DotSegmentTests {
    @Test("on random paths the byte reading agrees with the reading on characters")
    func randomPaths() {
        let pieces = ["/", "/", ".", "..", "a", "b.html", "./", "../", "...", ".a", "\r\n", "中", "/\u{301}", ".\u{301}", "%2E"]
        var generator = SplitMix64(seed: 20_261_205)
        for round in 0..<20_000 {
            let count = Int(generator.next() % 10)
            var path = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            if round % 2 == 0 { path = "/" + path }
            #expect(URLResolver.removingDotSegments(path) == Self.onCharacters(path), "\(path)")
        }
        #expect(URLResolver.removingDotSegments("/a/b/../../c/./d.html") == "/c/d.html")
        #expect(URLResolver.removingDotSegments("../x") == "/x")
    }

    /// The reading on characters, which the byte reading replaced for ASCII paths: a path without a
    /// dot segment (`.` first, or after a `/`) is left as it is.
    private static func onCharacters(_ path: String) -> String {
        let bytes = Array(path.utf8)
        let hasDotSegment = bytes.first == UInt8(ascii: ".")
            || zip(bytes, bytes.dropFirst()).contains { $0 == UInt8(ascii: "/") && $1 == UInt8(ascii: ".") }
        return hasDotSegment ? URLResolver.removingDotSegments(onCharacters: path) : path
    }
}
