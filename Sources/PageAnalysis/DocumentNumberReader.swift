/// Reads the 文号 (document number) a document's page states under a label: `发文字号：吉政明电〔2022〕1号`,
/// `文　　号：赣府办函〔2024〕12号`. A fact the rules read a document's kind from (a letter's 函, a
/// personnel 任 number); numbers quoted in the body (根据…（国办发〔2019〕19号）) carry no label and
/// are not taken.
enum DocumentNumberReader {
    /// Labels of the number, longest first.
    static let labels: [[Unicode.Scalar]] = ["发文字号", "发文文号", "文件编号", "文件文号", "文号"].map { Array($0.unicodeScalars) }
    static let openings: Set<Unicode.Scalar> = ["〔", "[", "［", "(", "（"]
    static let closings: Set<Unicode.Scalar> = ["〕", "]", "］", ")", "）"]
    static let separators: Set<Unicode.Scalar> = [":", "：", "|", "｜"]

    /// ``number(in:)`` of the UTF-8 `text`, decoded only when its bytes hold 号 (E5 8F B7), which
    /// every label ends with: decoding makes 号 of those bytes only, so no other text can match.
    ///
    /// Most pages hold 号 in their footer (备案号, 京ICP备…号), so the bytes are then asked
    /// ``mayHoldLabel(utf8:)`` before the text is decoded and filtered.
    static func number(inUTF8 text: [UInt8]) -> String? {
        text.withUnsafeBufferPointer { bytes in
            guard mayHoldLabel(utf8: bytes) else { return nil }
            guard let read = scalarsWithoutBlanks(utf8: bytes) else {
                return number(in: String(decoding: text, as: UTF8.self))  // ill-formed bytes: the String repairs them
            }
            return number(in: read.scalars, haoAt: read.hao)
        }
    }

    static let haoBytes = Array("号".utf8)

    /// The first labelled number in `text` (the page's text), nil when none. Blanks are dropped
    /// first: labels are spaced out (文　　号) and values sit in the next cell.
    static func number(in text: String) -> String? {
        guard text.unicodeScalars.contains("号") else { return nil }
        let scalars: [Unicode.Scalar] = text.unicodeScalars.filter { !isWhitespace($0) }
        return number(in: scalars, haoAt: scalars.indices.filter { scalars[$0] == "号" })
    }

    /// The first labelled number in `scalars` (a text without its blanks), given where its 号
    /// are, in order. Every label ends with 号, so a label is looked for only where a 号 ends it:
    /// the places are the same, in the same order, as trying every scalar.
    static func number(in scalars: [Unicode.Scalar], haoAt hao: [Int]) -> String? {
        for label in labels {
            for end in hao where end + 1 >= label.count {
                let at = end + 1 - label.count
                guard scalars[at] == label[0], scalars[at...end].elementsEqual(label) else { continue }
                var start = end + 1
                while start < scalars.endIndex, separators.contains(scalars[start]) { start += 1 }
                if let number = number(at: start, in: scalars) { return number }
            }
        }
        return nil
    }

    /// Unicode's White_Space (its 25 scalars, stable since Unicode 6.3; `DocumentNumberTests`
    /// holds them to `Unicode.Scalar.Properties.isWhitespace` for every scalar), read without
    /// looking a property up.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Unicode's Ideographic, with the unified ideographs to Unicode 11 (most of a page) told
    /// without looking the property up.
    static func isIdeographic(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FEF).contains(scalar.value) || scalar.properties.isIdeographic
    }

    /// A number starting at `start`: an issuer's code (Chinese letters), the year in brackets, digits, 号.
    static func number(at start: Int, in scalars: [Unicode.Scalar]) -> String? {
        func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
        var i = start
        while i < scalars.endIndex, i - start < 12, !scalars[i].isASCII, isIdeographic(scalars[i]) { i += 1 }
        guard i > start, i < scalars.endIndex, openings.contains(scalars[i]) else { return nil }
        i += 1
        guard i + 4 < scalars.endIndex, scalars[i..<(i + 4)].allSatisfy(isDigit), closings.contains(scalars[i + 4]) else { return nil }
        i += 5
        let serial = scalars[i...].prefix(while: isDigit)
        guard (1...6).contains(serial.count), i + serial.count < scalars.endIndex, scalars[i + serial.count] == "号" else { return nil }
        var number = String.UnicodeScalarView()
        number.append(contentsOf: scalars[start...(i + serial.count)])
        return String(number)
    }
}
