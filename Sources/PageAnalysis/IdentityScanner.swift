import GovSweepProtocol

/// Finds the homepage's identity numbers in its text: 网站标识码, ICP备案 and 公安备案.
enum IdentityScanner {
    static let provinces: Set<Unicode.Scalar> = Set("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼港澳台".unicodeScalars)

    /// A 网站标识码 (`(?:[1-9]\d{5}|bm\d{4})\d{4}`) standing alone, or nil.
    static func validSiteIDCode(_ text: some StringProtocol) -> String? {
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
            if let code = validSiteIDCode(String(String.UnicodeScalarView(scalars[i..<j]))) { return code }
        }
        return nil
    }

    /// `赣ICP备05004019号` (with a `-1` suffix when written).
    static func icp(in text: [UInt8]) -> String? {
        record(after: "ICP备", in: text, allowSuffix: true)
    }

    /// `赣公网安备 36010202000123号`.
    static func psbRecord(in text: [UInt8]) -> String? {
        record(after: "公网安备", in: text, allowSuffix: false)
    }

    private static func record(after marker: String, in text: [UInt8], allowSuffix: Bool) -> String? {
        let needle = Array(marker.utf8)
        for offset in ByteSearch.occurrences(of: needle, in: text, limit: 20) {
            guard let province = ByteSearch.scalar(endingAt: offset, in: text), provinces.contains(province) else { continue }
            let after = offset + needle.count
            let scalars = Array(String(decoding: text[after..<min(text.count, after + 64)], as: UTF8.self).unicodeScalars)
            var i = 0
            var spaced = false
            while i < scalars.count, TextTools.isSpace(scalars[i]) { i += 1; spaced = true }
            let start = i
            while i < scalars.count, ("0"..."9").contains(scalars[i]) { i += 1 }
            guard i - start >= 4, i < scalars.count, scalars[i] == "号" else { continue }
            var number = String(String.UnicodeScalarView(scalars[start...i]))
            i += 1
            if allowSuffix, i + 1 < scalars.count, scalars[i] == "-", ("0"..."9").contains(scalars[i + 1]) {
                var j = i + 1
                while j < scalars.count, ("0"..."9").contains(scalars[j]) { j += 1 }
                number += String(String.UnicodeScalarView(scalars[i..<j]))
            }
            return String(province) + marker + (spaced ? " " : "") + number
        }
        return nil
    }
}
