import Foundation
import GovSweepProtocol
import Monitor

/// Sites, times and databases the monitor tests share.
enum Samples {
    /// 2026-11-14 00:00 in Asia/Shanghai.
    static let start = Double(CivilDate(year: 2026, month: 11, day: 14)!.daysSinceEpoch * 86_400 - 8 * 3600)

    /// `count` sites on their own hosts, ids `3611000001`…
    static func sites(_ count: Int, prefix: String = "36110", group: String? = nil) -> [Site] {
        (1...count).map { n in
            let id = prefix + String(repeating: "0", count: 5 - String(n).count) + String(n)
            return Site(id: id, name: "测试网站\(n)", url: "http://site\(n).example.gov.cn/", hostGroup: group)
        }
    }

    /// A fresh database path in its own temporary directory.
    static func databasePath() -> String {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("monitor-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent("govsweep.db").path
    }

    /// A dated homepage item.
    static func item(_ title: String, _ date: String?) -> DatedItem {
        DatedItem(url: "http://site.example.gov.cn/art/\(title).html", title: title, date: date.flatMap { CivilDate(iso: $0) })
    }
}
