import GovSweepProtocol

extension DateParsing {
    /// The date a CMS wrote into a URL's path, or nil.
    ///
    /// Reads `t20231213_123456.html` (TRS), `/art/2023/12/13/art_1_2.html` (Hanweb),
    /// `/2023-12/13/`, `/2023-12-13/` and `/20231213/` segments. A month folder alone
    /// (`/202312/`) names no day and gives nil.
    public static func date(inURL url: String) -> CivilDate? {
        // An ASCII URL (every URL the resolver makes) is split on its bytes, in place: its
        // characters are its bytes, so the splits fall where the ones on characters would.
        var ascii = url
        if let found = ascii.withUTF8({ bytes -> CivilDate?? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var start = LinkClassifier.afterScheme(inUTF8: bytes) ?? 0
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "?"), bytes[end] != UInt8(ascii: "#") { end += 1 }
            var segments: [UnsafeBufferPointer<UInt8>] = []
            segments.reserveCapacity(12)
            var segmentStart = start
            while start <= end {
                if start == end || bytes[start] == UInt8(ascii: "/") {
                    segments.append(UnsafeBufferPointer(rebasing: bytes[segmentStart..<start]))
                    segmentStart = start + 1
                }
                start += 1
            }
            return .some(date(inSegments: segments, from: 1))
        }) {
            return found
        }
        var path = Substring(url)
        if let afterScheme = LinkClassifier.afterScheme(url) { path = url[afterScheme...] }
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<cut] }
        var joined: [UInt8] = []
        var ranges: [Range<Int>] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            let start = joined.count
            joined += segment.utf8
            ranges.append(start..<joined.count)
        }
        return joined.withUnsafeBufferPointer { all in
            date(inSegments: ranges.map { UnsafeBufferPointer(rebasing: all[$0]) }, from: 0)
        }
    }

    /// ``date(inURL:)`` of the path's segments after the host (or after the path's first `/`):
    /// `segments` from index `first` on.
    private static func date(inSegments segments: [UnsafeBufferPointer<UInt8>], from first: Int) -> CivilDate? {
        let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        for segment in segments[first...].reversed() {
            if let date = trsFileDate(segment) { return date }
        }
        for index in first..<segments.count {
            let segment = segments[index]
            let next = index + 1 < segments.count ? segments[index + 1] : empty
            let afterNext = index + 2 < segments.count ? segments[index + 2] : empty
            if segment.count == 4, let year = digits(segment), (1990...2100).contains(year),
               (1...2).contains(next.count), let month = digits(next),
               (1...2).contains(afterNext.count), let day = digits(afterNext),
               let date = CivilDate(year: year, month: month, day: day) {
                return date
            }
            if segment.count == 7, segment[4] == UInt8(ascii: "-"), let year = digits(segment[0..<4]),
               let month = digits(segment[5..<7]), (1...2).contains(next.count), let day = digits(next),
               (1990...2100).contains(year), let date = CivilDate(year: year, month: month, day: day) {
                return date
            }
            if segment.count == 10, segment[4] == UInt8(ascii: "-"), segment[7] == UInt8(ascii: "-"),
               let year = digits(segment[0..<4]), let month = digits(segment[5..<7]), let day = digits(segment[8..<10]),
               (1990...2100).contains(year), let date = CivilDate(year: year, month: month, day: day) {
                return date
            }
            if segment.count == 8, let year = digits(segment[0..<4]), let month = digits(segment[4..<6]),
               let day = digits(segment[6..<8]), (1990...2100).contains(year),
               let date = CivilDate(year: year, month: month, day: day) {
                return date
            }
        }
        return nil
    }

    /// `t20231213_4567890.html`: a `t`, eight digits, an underscore.
    private static func trsFileDate(_ segment: UnsafeBufferPointer<UInt8>) -> CivilDate? {
        guard segment.count >= 10, segment[0] == UInt8(ascii: "t"), segment[9] == UInt8(ascii: "_"),
              let year = digits(segment[1..<5]), let month = digits(segment[5..<7]), let day = digits(segment[7..<9]),
              (1990...2100).contains(year)
        else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    private static func digits(_ bytes: some Collection<UInt8>) -> Int? {
        guard !bytes.isEmpty else { return nil }
        var value = 0
        for byte in bytes {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
