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
        guard text.withUnsafeBufferPointer({ mayHoldLabel(utf8: $0) }) else { return nil }
        // Decoded straight into scalars when well-formed (then the same scalars as the string's).
        guard let scalars = text.withUnsafeBufferPointer({ nonWhitespaceScalars(wellFormed: $0) }) else {
            return number(in: String(decoding: text, as: UTF8.self))
        }
        return number(inScalars: scalars)
    }

    static let haoBytes = Array("号".utf8)

    /// The first labelled number in `text` (the page's text), nil when none. Blanks are dropped
    /// first: labels are spaced out (文　　号) and values sit in the next cell.
    static func number(in text: String) -> String? {
        guard text.unicodeScalars.contains("号") else { return nil }
        return number(inScalars: text.unicodeScalars.filter { !isWhitespace($0) })
    }

    /// ``number(in:)`` of the text's scalars without White_Space: each label in turn, at each of
    /// its places in order. The places of every label are found in one pass (each starts with
    /// 发 or 文), then tried in that order.
    static func number(inScalars scalars: [Unicode.Scalar]) -> String? {
        var places = [[Int]](repeating: [], count: labels.count)
        for at in scalars.indices where scalars[at] == "发" || scalars[at] == "文" {
            for (index, label) in labels.enumerated() where at + label.count <= scalars.endIndex && scalars[at] == label[0] {
                if scalars[at..<(at + label.count)].elementsEqual(label) { places[index].append(at) }
            }
        }
        for (label, starts) in zip(labels, places) {
            for at in starts {
                var start = at + label.count
                while start < scalars.endIndex, separators.contains(scalars[start]) { start += 1 }
                if let number = number(at: start, in: scalars) { return number }
            }
        }
        return nil
    }

    /// Unicode's White_Space, with ASCII and the CJK ideographs (most of a page) told apart
    /// without looking their properties up.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20: true
        case 0..<0x80, 0x4E00...0x9FEF: false
        default: scalar.properties.isWhitespace
        }
    }

    /// A number starting at `start`: an issuer's code (Chinese letters), the year in brackets, digits, 号.
    static func number(at start: Int, in scalars: [Unicode.Scalar]) -> String? {
        func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
        var i = start
        while i < scalars.endIndex, i - start < 12, !scalars[i].isASCII, scalars[i].properties.isIdeographic { i += 1 }
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
