/// One record of a CSV file and the physical line of the file it starts on.
struct CSVRecord: Hashable, Sendable {
    /// 1-based physical line number where the record starts (quoted newlines counted).
    var line: Int
    var fields: [String]

    /// True for an empty line or a line of empty fields (`,,,` as spreadsheets save empty rows).
    var isBlank: Bool { fields.allSatisfy { $0.trimmedForInventory.isEmpty } }
}

/// The records of a CSV text and what went wrong reading it.
struct CSVReadResult: Hashable, Sendable {
    var records: [CSVRecord]
    /// The line of a quoted field that is never closed; the record it starts is dropped.
    var unterminatedQuoteLine: Int?
}

/// An RFC 4180 reader: quoted fields, doubled quotes, delimiters and newlines inside quotes,
/// CRLF, LF or CR line ends. It is lenient where spreadsheets are sloppy: a quote in the middle
/// of an unquoted field is kept as a character, text after a closing quote is appended, and
/// spaces before an opening quote are dropped.
enum CSVReader {
    /// The delimiter of `text`: a TAB when the first line has a TAB and no comma, else a comma.
    static func delimiter(of text: String) -> Unicode.Scalar {
        var sawTab = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r": return sawTab ? "\t" : ","
            case ",": return ","
            case "\t": sawTab = true
            default: continue
            }
        }
        return sawTab ? "\t" : ","
    }

    /// Splits `text` into records, counting physical lines so every record knows where it starts.
    static func read(_ text: String, delimiter: Unicode.Scalar = ",") -> CSVReadResult {
        let scalars = Array(text.unicodeScalars)
        var state = State()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let next: Unicode.Scalar? = index + 1 < scalars.count ? scalars[index + 1] : nil
            index += state.consume(scalar, next: next, delimiter: delimiter)
        }
        return state.finish()
    }

    /// The reader's state between two scalars.
    private struct State {
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var fieldWasQuoted = false
        var quoteLine = 0

        /// Takes one scalar (peeking at the next) and returns how many scalars it used.
        mutating func consume(_ scalar: Unicode.Scalar, next: Unicode.Scalar?, delimiter: Unicode.Scalar) -> Int {
            if inQuotes { return consumeQuoted(scalar, next: next) }
            switch scalar {
            case "\"" where !fieldWasQuoted && field.allSatisfy({ $0 == " " }):
                field.removeAll()
                inQuotes = true
                fieldWasQuoted = true
                quoteLine = line
                return 1
            case delimiter:
                endField()
                return 1
            case "\r", "\n":
                endField()
                records.append(CSVRecord(line: recordLine, fields: fields))
                fields.removeAll()
                line += 1
                recordLine = line
                return scalar == "\r" && next == "\n" ? 2 : 1
            default:
                field.append(scalar)
                return 1
            }
        }

        private mutating func consumeQuoted(_ scalar: Unicode.Scalar, next: Unicode.Scalar?) -> Int {
            switch scalar {
            case "\"" where next == "\"":
                field.append("\"")
                return 2
            case "\"":
                inQuotes = false
                return 1
            case "\r", "\n":
                field.append("\n")
                line += 1
                return scalar == "\r" && next == "\n" ? 2 : 1
            default:
                field.append(scalar)
                return 1
            }
        }

        private mutating func endField() {
            fields.append(String(field))
            field.removeAll()
            fieldWasQuoted = false
        }

        mutating func finish() -> CSVReadResult {
            if inQuotes {
                return CSVReadResult(records: records, unterminatedQuoteLine: quoteLine)
            }
            if !field.isEmpty || !fields.isEmpty || fieldWasQuoted {
                endField()
                records.append(CSVRecord(line: recordLine, fields: fields))
            }
            return CSVReadResult(records: records, unterminatedQuoteLine: nil)
        }
    }
}

extension String {
    /// The text without surrounding white space, including the ideographic space (U+3000),
    /// no-break space and a stray byte order mark that spreadsheets leave in cells.
    var trimmedForInventory: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isInventorySpace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isInventorySpace })!
        return String(scalars[first...last])
    }
}

extension Unicode.Scalar {
    /// White space as inventory cells contain it.
    var isInventorySpace: Bool {
        properties.isWhitespace || self == "\u{FEFF}" || self == "\u{200B}"
    }
}
