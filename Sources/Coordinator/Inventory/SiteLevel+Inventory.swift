import GovSweepProtocol

extension SiteLevel {
    /// The level an inventory cell names: the English id (any case) or a Chinese form
    /// (省级, 市级, 县级, 乡镇, 部门 and the common variants 省, 地市级, 县区级, 乡镇级, 部门级 ...).
    init?(inventoryText text: String) {
        let key = text.trimmedForInventory.lowercased()
        if let level = SiteLevel(rawValue: key) {
            self = level
            return
        }
        switch key {
        case "省级", "省", "省级政府": self = .province
        case "市级", "市", "地市级", "设区市", "地级市", "地级": self = .city
        case "县级", "县", "县区级", "区县级", "县(市、区)", "县（市、区）": self = .county
        case "乡镇", "乡镇级", "乡级", "镇级", "乡镇(街道)", "乡镇（街道）", "街道": self = .township
        case "部门", "部门级", "省直部门", "市直部门": self = .department
        default: return nil
        }
    }

    /// The Chinese form operators write, used in messages.
    var chineseName: String {
        switch self {
        case .province: "省级"
        case .city: "市级"
        case .county: "县级"
        case .township: "乡镇"
        case .department: "部门"
        }
    }
}
