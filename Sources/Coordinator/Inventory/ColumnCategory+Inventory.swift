import GovSweepProtocol

extension ColumnCategory {
    /// The category a columns-file cell names: the contract id (`news`, `notice`, ...) in any case,
    /// or its Chinese name with or without the 、 and the trailing 类 (`动态、要闻类`, `通知公告`).
    init?(inventoryText text: String) {
        let key = text.trimmedForInventory.lowercased()
        if let category = ColumnCategory(rawValue: key) {
            self = category
            return
        }
        let chinese = String(key.filter { $0 != "、" })
        let match = ColumnCategory.allCases.first { category in
            let name = category.chineseName
            return chinese == name || (name.hasSuffix("类") && chinese == String(name.dropLast()))
        }
        guard let match else { return nil }
        self = match
    }
}
