import Foundation
import GovSweepProtocol

/// The province's site list as the inventory CSV an operator would hand GovSweep.
extension Province {
    /// The inventory's flavours: the contract's English header in UTF-8, or a Chinese header in
    /// GBK as Excel on a Chinese-language Windows saves it.
    public enum InventoryFlavour: Sendable {
        case utf8
        case gbkChineseHeaders
    }

    /// The inventory CSV's bytes.
    public func inventoryCSV(_ flavour: InventoryFlavour = .utf8) -> [UInt8] {
        switch flavour {
        case .utf8:
            var lines = ["site_id,name,url,unit,region,level,host_group"]
            for site in inventory {
                lines.append([site.id, site.name, site.url, site.unit ?? "", site.region ?? "", site.level?.rawValue ?? "", site.hostGroup ?? ""]
                    .map(Self.csvField).joined(separator: ","))
            }
            return Array((lines.joined(separator: "\n") + "\n").utf8)
        case .gbkChineseHeaders:
            var lines = ["网站标识码,网站名称,首页地址,主办单位,所属地方或部门,级别"]
            for site in inventory {
                lines.append([site.id, site.name, site.url, site.unit ?? "", site.region ?? "", site.level?.rawValue ?? ""]
                    .map(Self.csvField).joined(separator: ","))
            }
            return GB18030Encoder.encode(lines.joined(separator: "\r\n") + "\r\n")
        }
    }

    /// Writes the inventory CSV to `url`.
    public func writeInventoryCSV(to url: URL, flavour: InventoryFlavour = .utf8) throws {
        try Data(inventoryCSV(flavour)).write(to: url, options: .atomic)
    }

    static func csvField(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
