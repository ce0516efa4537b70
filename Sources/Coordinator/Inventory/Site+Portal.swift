import GovSweepProtocol

extension Site {
    /// True for a portal (门户网站) of the province, a city or a county: a site whose name ends with
    /// 人民政府, ignoring a trailing 门户网站, 网站 or 网 (`上饶市人民政府门户网站`, `铅山县人民政府网`),
    /// and that is not a township's (level `township`, or 乡/镇人民政府 by name) or a department's.
    /// Samples always include portals: inspections always look at them.
    public var isPortal: Bool {
        if level == .township || level == .department { return false }
        var name = self.name.trimmedForInventory
        for suffix in ["门户网站", "网站", "网"] where name.hasSuffix(suffix) {
            name = String(name.dropLast(suffix.count))
            break
        }
        guard name.hasSuffix("人民政府") else { return false }
        let before = name.dropLast("人民政府".count).last
        return before != "乡" && before != "镇"
    }
}
