import GovSweepProtocol

/// Loads the operator's serious-error list (`--typos FILE`).
///
/// UTF-8 (a BOM is fine), one entry a line: the wrong phrase, optionally a TAB and the correct form.
/// Blank lines and lines starting with `#` (after leading spaces) are ignored; spaces around each
/// phrase are trimmed; a phrase repeated later is kept once (its first line wins). A line whose wrong
/// phrase is empty, equals its correct form, or that has more than one TAB refuses the file: the list
/// drives veto findings, so it must mean exactly what the operator wrote.
public enum TypoListLoader {
    /// Reads the list at `path`.
    public static func load(path: String) throws(InventoryError) -> [TypoEntry] {
        try parse(bytes: InventoryText.bytes(atPath: path), path: path)
    }

    /// Parses a list's bytes; `path` names the file in errors.
    public static func parse(bytes: [UInt8], path: String) throws(InventoryError) -> [TypoEntry] {
        let body = TextDecoding.droppingUTF8BOM(bytes)
        guard TextDecoding.isValidUTF8(body) else { throw .notUTF8(path: path) }
        let text = String(decoding: body, as: UTF8.self)
        var entries: [TypoEntry] = []
        var seen: Set<String> = []
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        for (offset, line) in lines.enumerated() {
            let content = String(line).trimmedForInventory
            if content.isEmpty || content.hasPrefix("#") { continue }
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmedForInventory }
            let number = offset + 1
            guard parts.count <= 2 else {
                throw .badTypoLine(path: path, line: number, reason: "more than one TAB; write the wrong phrase, one TAB, the correct form")
            }
            let wrong = parts[0]
            let correct = parts.count == 2 && !parts[1].isEmpty ? parts[1] : nil
            guard !wrong.isEmpty else {
                throw .badTypoLine(path: path, line: number, reason: "the wrong phrase before the TAB is empty")
            }
            guard wrong != correct else {
                throw .badTypoLine(path: path, line: number, reason: "the wrong phrase \"\(wrong)\" is the same as its correct form")
            }
            if seen.insert(wrong).inserted { entries.append(TypoEntry(wrong: wrong, correct: correct)) }
        }
        return entries
    }
}
