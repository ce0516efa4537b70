/// A CSV file split into its header row and its non-blank data rows.
struct CSVTable: Sendable {
    var header: CSVRecord
    var rows: [CSVRecord]
    /// Reading problems: a quoted field never closed.
    var problems: [InventoryProblem]

    /// Reads `text`; blank rows anywhere (trailing ones included) are skipped. The delimiter is a
    /// comma, or a TAB when the first line has TABs and no comma (Excel's "Unicode text").
    init(text: String, file: String) throws(InventoryError) {
        let result = CSVReader.read(text, delimiter: CSVReader.delimiter(of: text))
        var records = result.records.filter { !$0.isBlank }[...]
        guard let header = records.popFirst() else {
            if let line = result.unterminatedQuoteLine {
                throw .noSites(file: file, problems: [CSVTable.unterminatedQuote(line)])
            }
            throw .emptyFile(file: file)
        }
        self.header = header
        rows = Array(records)
        problems = result.unterminatedQuoteLine.map { [CSVTable.unterminatedQuote($0)] } ?? []
    }

    private static func unterminatedQuote(_ line: Int) -> InventoryProblem {
        InventoryProblem(
            line: line,
            reason: "a quoted cell opened on this line is never closed, so the rest of the file was not read; close the quote")
    }
}
