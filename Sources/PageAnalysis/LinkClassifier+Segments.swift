extension LinkClassifier {
    /// `path.split(separator: "/")`: the non-empty segments of a path, split on bytes when the
    /// path is ASCII. There each byte is a character (CR LF aside, which is not `/`), and only `/`
    /// itself equals `/`; splitting characters walks a substring made from UTF-8 offsets slowly.
    static func segments(of path: Substring) -> [Substring] {
        let utf8 = path.utf8
        guard !utf8.contains(where: { $0 >= 0x80 }) else { return path.split(separator: "/") }
        var segments: [Substring] = []
        var start = utf8.startIndex
        var index = start
        while index < utf8.endIndex {
            if utf8[index] == UInt8(ascii: "/") {
                if index > start { segments.append(path[start..<index]) }
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if index > start { segments.append(path[start..<index]) }
        return segments
    }

    /// `path.split(separator: "/").last ?? ""`, by ``segments(of:)``.
    static func lastSegment(of path: Substring) -> Substring {
        segments(of: path).last ?? ""
    }
}
