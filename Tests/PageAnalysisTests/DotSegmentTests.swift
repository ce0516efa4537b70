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

    /// The reading on characters the byte reading replaced for ASCII paths.
    private static func onCharacters(_ path: String) -> String {
        let utf8 = path.utf8
        var hasDotSegment = utf8.first == UInt8(ascii: ".")
        var previous: UInt8 = 0
        for byte in utf8 {
            if previous == UInt8(ascii: "/"), byte == UInt8(ascii: ".") { hasDotSegment = true; break }
            previous = byte
        }
        guard hasDotSegment else { return path }
        var output: [Substring] = []
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        for (index, segment) in segments.enumerated() {
            let isLast = index == segments.count - 1
            switch segment {
            case ".":
                if isLast { output.append("") }
            case "..":
                if output.count > 1 { output.removeLast() }
                if isLast { output.append("") }
            default:
                output.append(segment)
            }
        }
        let joined = output.joined(separator: "/")
        return joined.hasPrefix("/") ? joined : "/" + joined
    }
}
