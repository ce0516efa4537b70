/// Tiny but well-formed file bodies for images and attachments.
enum SampleFiles {
    /// A 1×1 PNG.
    static let png: [UInt8] = [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
        0x89, 0x00, 0x00, 0x00, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00,
        0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE,
        0x42, 0x60, 0x82,
    ]

    /// JPEG markers around a little varying filler: enough for a Content-Type sniff.
    static func jpeg(seed: Int) -> [UInt8] {
        [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0x00, 0x01, 0x01, 0x00]
            + (0..<64).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ seed) } + [0xFF, 0xD9]
    }

    /// A minimal PDF.
    static func pdf(title: Int) -> [UInt8] {
        Array("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% attachment \(title)\ntrailer << /Root 1 0 R >>\n%%EOF\n".utf8)
    }

    /// Bytes starting like an Office (zip) document.
    static func zipLike(seed: Int) -> [UInt8] {
        [0x50, 0x4B, 0x03, 0x04] + (0..<60).map { UInt8(truncatingIfNeeded: $0 &* 17 &+ seed) }
    }

    /// The size of ``largePDF(title:)``: above the sweep's default body limit (10 MiB).
    static let largeSize = 12 << 20

    /// A 12 MiB PDF: a header, then generated filler (cheap to make; a range request reads one byte).
    static func largePDF(title: Int) -> [UInt8] {
        var bytes = pdf(title: title)
        bytes.reserveCapacity(largeSize)
        bytes += [UInt8](repeating: 0x0A, count: largeSize - bytes.count)
        return bytes
    }
}
