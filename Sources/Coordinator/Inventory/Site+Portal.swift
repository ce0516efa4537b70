import GovSweepProtocol

extension Site {
    /// True for a portal (门户网站): a province- or city-level site, or a site whose name ends with
    /// 人民政府, ignoring a trailing 门户网站, 网站 or 网 (`上饶市人民政府门户网站`, `铅山县人民政府网`).
    /// Samples always include portals: inspections always look at them.
    public var isPortal: Bool {
        if level == .province || level == .city { return true }
        var name = self.name.trimmedForInventory
        for suffix in ["门户网站", "网站", "网"] where name.hasSuffix(suffix) {
            name = String(name.dropLast(suffix.count))
            break
        }
        return name.hasSuffix("人民政府")
    }
}
