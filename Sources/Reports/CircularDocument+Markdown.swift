import Foundation

extension CircularDocument {
    /// `circular.md`: the title as `#`, sections as `##`/`###`, notes as quotes, attachments as tables.
    func markdown() -> String {
        var text = "# \(Self.cell(title))\n"
        for block in blocks {
            switch block {
            case let .heading(heading, level):
                text += "\n\(String(repeating: "#", count: level + 1)) \(Self.cell(heading))\n"
            case let .paragraph(paragraph):
                text += "\n\(Self.cell(paragraph))\n"
            case let .note(note):
                text += "\n> \(Self.cell(note))\n"
            case let .attachment(heading, table):
                text += "\n## \(Self.cell(heading))\n\n"
                text += "| " + table.header.map(Self.cell).joined(separator: " | ") + " |\n"
                text += "|" + table.header.indices.map { table.numeric.contains($0) ? "---:" : "---" }.joined(separator: "|") + "|\n"
                for row in table.rows { text += "| " + row.map(Self.cell).joined(separator: " | ") + " |\n" }
                if table.rows.isEmpty { text += "| " + (["无"] + Array(repeating: "", count: table.header.count - 1)).joined(separator: " | ") + " |\n" }
            }
        }
        return text
    }

    /// Text safe inside Markdown and its tables: no raw HTML, pipes escaped, line breaks flattened.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
    }
}
