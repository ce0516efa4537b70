import GovSweepProtocol

/// Writes plausible Chinese titles and paragraphs for simulated government pages.
enum Copywriter {
    /// A title fitting the column category; `serial` picks among the templates.
    static func title(category: ColumnCategory, unit: String, region: String, serial: Int) -> String {
        let topic = Gazetteer.topics[serial % Gazetteer.topics.count]
        let name = Gazetteer.surnames[serial % Gazetteer.surnames.count] + Gazetteer.givenNames[(serial / 7) % Gazetteer.givenNames.count]
        let templates: [String] = switch category {
        case .news: ["\(unit)召开\(topic)工作推进会", "\(region)扎实推进\(topic)工作", "\(unit)开展\(topic)专项检查", "市领导调研\(topic)工作"]
        case .notice: ["关于开展\(topic)专项行动的通知", "关于\(topic)有关事项的公告", "\(topic)项目拟立项名单公示"]
        case .policy: ["关于印发《\(region)\(topic)实施方案》的通知", "\(unit)关于进一步加强\(topic)工作的意见"]
        case .interpretation: ["《\(region)\(topic)实施方案》政策解读", "图解：一图读懂\(topic)新政"]
        case .plan: ["\(region)\(topic)“十四五”规划", "\(unit)2024年\(topic)工作计划"]
        case .personnel: ["关于\(name)等同志职务任免的通知", "\(unit)领导干部任前公示"]
        case .other: ["\(unit)主要职责", "\(unit)内设机构", "\(unit)领导信息"]
        }
        return templates[(serial / 3) % templates.count]
    }

    /// Four paragraphs of ordinary article text; the second carries the article's own figures.
    static func paragraphs(title: String, unit: String, serial: Int) -> [String] {
        let topic = Gazetteer.topics[(serial / 5) % Gazetteer.topics.count]
        return [
            "为深入贯彻落实党中央、国务院和省委、省政府关于\(topic)工作的决策部署，\(unit)近日围绕“\(title)”开展相关工作。",
            // Figures of the article's own, so that two articles on one template are not one text.
            "此次工作涉及\(serial % 37 + 12)个单位、\(serial % 89 + 103)个项目，参与人员\(serial % 151 + 40)人，计划分\(serial % 5 + 2)个阶段推进。",
            "会议强调，要进一步提高政治站位，压紧压实工作责任，坚持问题导向，确保各项任务落地见效。各单位要加强统筹协调，形成工作合力。",
            "下一步，\(unit)将持续跟踪工作进展，及时总结推广经验做法，切实把\(topic)各项工作抓实抓细抓出成效。",
        ]
    }
}
