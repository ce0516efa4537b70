import GovSweepProtocol

/// Finds the homepage's identity numbers in its text: 网站标识码, ICP备案 and 公安备案.
enum IdentityScanner {
    /// Every province's abbreviations as ICP and 公安 records start with them: the usual one and
    /// the second one some provinces use (滇 云, 黔 贵, 蜀 川, 陇 甘, 秦 陕, 晋, 沪 申).
    static let provinces: Set<Unicode.Scalar> = Set("京津沪申渝冀豫云滇辽黑湘皖鲁新苏浙赣鄂桂甘陇晋蒙陕秦吉闽贵黔粤青藏川蜀宁琼港澳台".unicodeScalars)

    /// The walked text with its line breaks dropped, except between two digits: footers split a
    /// record over inline elements (`京<span>ICP</span>备<span>19054529</span>号<span>-1</span>`),
    /// and the walk ends every text node with a single line break. Two numbers are never run
    /// together. A break that comes from the page's own source (CRLF, or a break with spaces or
    /// tabs around it, as in `赣公网安备\r\n36090202000004号`) is what a browser shows as a space,
    /// so before a digit it stays one space.
    static func joiningTextNodes(_ text: [UInt8]) -> [UInt8] {
        var joined: [UInt8] = []
        joined.reserveCapacity(text.count)
        let isDigit = { (b: UInt8) in b >= 48 && b <= 57 }
        let isBlank = { (b: UInt8) in b == 32 || b == 9 || b == 10 || b == 13 }
        var i = 0
        while i < text.count {
            let byte = text[i]
            guard byte == 10 || byte == 13 else {
                // Copy the whole run up to the next break at once.
                let runEnd = text.withUnsafeBufferPointer { ByteSearch.firstLineBreak(in: $0, from: i + 1) }
                joined.append(contentsOf: text[i..<runEnd])
                i = runEnd
                continue
            }
            // The whole run of blanks this break belongs to (the spaces before it are in `joined`).
            var end = i
            while end < text.count, isBlank(text[end]) { end += 1 }
            let spaceBefore = joined.last == 32 || joined.last == 9
            let run = text[i..<end]
            let hasBlanks = run.contains { $0 == 32 || $0 == 9 }
            let fromSource = spaceBefore || run.count > 1
            let before = joined.last.map(isDigit) ?? false
            let after = end < text.count && isDigit(text[end])
            if after, !hasBlanks, !spaceBefore, before || fromSource {
                joined.append(32)
            } else if hasBlanks {
                for blank in run where blank == 32 || blank == 9 { joined.append(blank) }
            }
            i = end
        }
        return joined
    }

    /// A 网站标识码 (`(?:[1-9]\d{5}|bm\d{4})\d{4}`) standing alone, or nil.
    static func validSiteIDCode(_ text: some StringProtocol) -> String? {
        // A valid code is ten ASCII scalars: read ASCII text on its bytes; any other text is not one.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return validASCIISiteIDCode(Array(text.utf8)) }
        let code = Array(text.unicodeScalars)
        guard code.count == 10 else { return nil }
        let isDigit = { (s: Unicode.Scalar) in ("0"..."9").contains(s) }
        if code[0] == "b" || code[0] == "B" {
            guard code[1] == "m" || code[1] == "M", code[2...].allSatisfy(isDigit) else { return nil }
        } else {
            guard code[0] != "0", code.allSatisfy(isDigit) else { return nil }
        }
        return String(String.UnicodeScalarView(code)).lowercased()
    }

    /// The `String` of `scalars`, all ASCII (digits, `-`, the letters of `bm`), made from their
    /// bytes: `String(String.UnicodeScalarView(scalars))` without appending one scalar at a time.
    private static func asciiString(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(decoding: scalars.map { UInt8(truncatingIfNeeded: $0.value) }, as: UTF8.self)
    }

    /// The code written after 网站标识码 in `text`.
    static func siteIDCode(in text: [UInt8]) -> String? {
        for offset in ByteSearch.occurrences(of: Array("网站标识码".utf8), in: text, limit: 20) {
            let after = offset + "网站标识码".utf8.count
            let window = String(decoding: text[after..<min(text.count, after + 48)], as: UTF8.self)
            let scalars = Array(window.unicodeScalars)
            var i = 0
            while i < scalars.count, DateParsing.isFiller(scalars[i]) || scalars[i] == "为" || scalars[i] == "是" { i += 1 }
            var j = i
            while j < scalars.count, ("0"..."9").contains(scalars[j]) || "bBmM".unicodeScalars.contains(scalars[j]) { j += 1 }
            if let code = validSiteIDCode(asciiString(scalars[i..<j])) { return code }
        }
        return nil
    }

    /// `赣ICP备05004019号` (with a `-1` suffix when written), also with a colon or space before the
    /// number or without the closing 号.
    static func icp(in text: [UInt8]) -> String? {
        for marker in ["ICP备", "ICP证"] {
            if let found = record(after: marker, in: text, needsProvince: true, allowSuffix: true, minimumBare: 6) {
                return found
            }
        }
        return nil
    }

    /// `赣公网安备 36010202000123号`, also `京公网安备11010502000000` (no 号), `京公网安备:110105000000`
    /// (colon, half- or full-width), and the wordings without a province: `公安备案号 36010202000000`,
    /// `公安机关备案号：43010302000524`, also the old-style number with its serial
    /// (`公安机关备案号：15081599004-00001`).
    static func psbRecord(in text: [UInt8]) -> String? {
        if let found = record(after: "公网安备", in: text, needsProvince: true, allowSuffix: false, minimumBare: 10) {
            return found
        }
        for wording in ["公安机关备案号", "公安备案号", "公安机关备案编号", "公安备案编号"] {
            if let found = record(after: wording, in: text, needsProvince: false, allowSuffix: true, minimumBare: 10) {
                return found
            }
        }
        return nil
    }

    /// The record after `marker`: the province written before it (when `needsProvince`), then
    /// spaces or a colon, then the digits, then 号. Without 号 the number must have `minimumBare`
    /// digits and end there, so that a year or a phone number is not taken for one.
    private static func record(after marker: String, in text: [UInt8], needsProvince: Bool, allowSuffix: Bool,
                               minimumBare: Int) -> String? {
        let needle = Array(marker.utf8)
        for offset in ByteSearch.occurrences(of: needle, in: text, limit: 20) {
            var province: Unicode.Scalar?
            if needsProvince {
                guard let found = ByteSearch.scalar(endingAt: offset, in: text), provinces.contains(found) else { continue }
                province = found
            }
            let after = offset + needle.count
            // The window's scalars as its string has them (a character cut at the end repaired),
            // appended one by one: no pass to count them first.
            var scalars: [Unicode.Scalar] = []
            scalars.reserveCapacity(64)
            for scalar in String(decoding: text[after..<min(text.count, after + 64)], as: UTF8.self).unicodeScalars {
                scalars.append(scalar)
            }
            var i = 0
            // 京公网安备案号：…, 京ICP备案号：… and 粤公网安备号… name the record before giving it.
            if i < scalars.count, scalars[i] == "案" {
                i += 1
                if i < scalars.count, scalars[i] == "编" { i += 1 }
                if i < scalars.count, scalars[i] == "号" { i += 1 }
            } else if i < scalars.count, scalars[i] == "号" {
                i += 1
            }
            var separated = false
            while i < scalars.count, TextTools.isSpace(scalars[i]) || scalars[i] == ":" || scalars[i] == "：" {
                i += 1
                separated = true
            }
            let start = i
            while i < scalars.count, ("0"..."9").contains(scalars[i]) { i += 1 }
            let digits = i - start
            let number = start..<i
            var endsWithHao = false
            if i < scalars.count, scalars[i] == "号", digits >= 4 {
                endsWithHao = true
                i += 1
            } else {
                let endsThere = i >= scalars.count || !isASCIIAlphanumeric(scalars[i])
                guard digits >= minimumBare, endsThere else { continue }
            }
            var suffix = i..<i
            if allowSuffix, i + 1 < scalars.count, scalars[i] == "-", ("0"..."9").contains(scalars[i + 1]) {
                var j = i + 1
                while j < scalars.count, ("0"..."9").contains(scalars[j]) { j += 1 }
                suffix = i..<j
            }
            // Province, marker, a space when one was written, the number, 号, the suffix: made
            // from their UTF-8 in one string (the number and suffix are ASCII).
            var utf8: [UInt8] = []
            utf8.reserveCapacity(needle.count + digits + suffix.count + 8)
            if let province { utf8.append(contentsOf: province.utf8) }
            utf8.append(contentsOf: needle)
            if separated { utf8.append(0x20) }
            for scalar in scalars[number] { utf8.append(UInt8(truncatingIfNeeded: scalar.value)) }
            if endsWithHao { utf8.append(contentsOf: [0xE5, 0x8F, 0xB7]) }  // 号
            for scalar in scalars[suffix] { utf8.append(UInt8(truncatingIfNeeded: scalar.value)) }
            return String(decoding: utf8, as: UTF8.self)
        }
        return nil
    }

    private static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }
}

extension IdentityScanner {
    /// ``validSiteIDCode(_:)`` of ASCII text given as its bytes: `bm` (any case) and eight digits,
    /// or ten digits not starting with 0; lower-cased.
    static func validASCIISiteIDCode(_ code: [UInt8]) -> String? {
        guard code.count == 10 else { return nil }
        let isDigit = { (byte: UInt8) in byte &- 48 < 10 }
        if code[0] | 0x20 == UInt8(ascii: "b") {
            guard code[1] | 0x20 == UInt8(ascii: "m"), code[2...].allSatisfy(isDigit) else { return nil }
            return "bm" + String(decoding: code[2...], as: UTF8.self)
        }
        guard code[0] != UInt8(ascii: "0"), code.allSatisfy(isDigit) else { return nil }
        return String(decoding: code, as: UTF8.self)
    }
}
