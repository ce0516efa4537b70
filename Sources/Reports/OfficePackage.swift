import Foundation
import ZIPFoundation

/// An Office Open XML package (a .docx or .xlsx): named XML parts zipped together with ZIPFoundation.
struct OfficePackage {
    /// A named part (no leading slash) and how to make its UTF-8 XML: made only when it is zipped.
    struct Part {
        var name: String
        var make: () -> Data
    }

    /// The parts, in the order they are zipped.
    var parts: [Part]

    init(parts: [Part]) {
        self.parts = parts
    }

    /// Part name → XML text, in the order they are zipped.
    init(parts: [(name: String, xml: String)]) {
        self.parts = parts.map { part in Part(name: part.name, make: { Data(part.xml.utf8) }) }
    }

    /// The zipped package. Entries carry `modified` as their time so the same report zips the same.
    /// Each part is made just before it is zipped and let go after, so one part's XML is held at a time.
    func zipped(modified: Date) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for part in parts {
            let data = part.make()
            try archive.addEntry(
                with: part.name, type: .file, uncompressedSize: Int64(data.count), modificationDate: modified,
                compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw ReportError.cannotWrite(path: "(memory)", reason: "the zip archive is empty") }
        return data
    }

    /// Text for XML content and attribute values: `& < > "` escaped, characters XML 1.0 forbids dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                if value < 0x20 || (0xFFFE...0xFFFF).contains(value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The XML declaration every part starts with.
    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"

    /// docProps/core.xml: title and creator.
    static func coreProperties(title: String, created: String) -> String {
        declaration + """
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>\(escape(title))</dc:title>\
            <dc:creator>GovSweep</dc:creator><dc:language>zh-CN</dc:language>\
            <dcterms:created xsi:type="dcterms:W3CDTF">\(created)</dcterms:created></cp:coreProperties>
            """
    }
}
