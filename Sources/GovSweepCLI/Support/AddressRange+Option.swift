import ArgumentParser
import Fetching

extension AddressRange {
    /// The ranges of repeated `--allow-address` options; a value that is no CIDR range fails
    /// validation with an example of one.
    static func parsingOptions(_ texts: [String]) throws -> [AddressRange] {
        try texts.map { text in
            guard let range = AddressRange(text) else {
                throw ValidationError("--allow-address wants a CIDR range such as 127.0.0.0/8 or fd00::/8, got \"\(text)\"")
            }
            return range
        }
    }
}
