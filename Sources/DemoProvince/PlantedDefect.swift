/// A defect the generator plants; each maps onto one check of the findings contract.
enum PlantedDefect: String, Sendable, Hashable, CaseIterable, Codable {
    case unreachable
    case homepageStale
    case staleNews, staleNotice, stalePolicy, staleInterpretation, stalePlan, stalePersonnel
    case blankColumn
    case brokenLink, softBrokenLink, brokenAttachment, brokenImage
    case futureDate
    case noSiteIDCode, noICP, noPSBRecord, noErrorReportEntry
    case spam, sensitiveData, seriousTypo
    case blockedLink
    case robotsDisallow
    case calendarTrap

    /// Defects that must not share a site with this one.
    var conflicts: Set<PlantedDefect> {
        switch self {
        case .unreachable: Set(PlantedDefect.allCases).subtracting([.unreachable])
        case .homepageStale: [.futureDate, .unreachable]
        case .futureDate: [.homepageStale, .unreachable]
        default: [.unreachable]
        }
    }

    /// How often a site gets this defect beyond the one forced occurrence.
    var rate: Double {
        switch self {
        case .unreachable, .calendarTrap, .robotsDisallow: 0.01
        case .spam, .sensitiveData, .seriousTypo, .homepageStale: 0.02
        default: 0.04
        }
    }
}

/// A trap for careless checkers: something that looks like a defect and is not one.
enum PlantedNegative: String, Sendable, Hashable, CaseIterable, Codable {
    /// The homepage answers 503 once, then works: not `site_unreachable`.
    case flakyHomepage
    /// An article answers 503 once, then works: not `link_broken`.
    case flakyArticle
    /// An 18-digit contract serial with a wrong check digit: not `sensitive_data`.
    case badCheckDigitSerial
    /// ID numbers with the middle masked: not `sensitive_data`.
    case maskedIDs
    /// The correct form 国务院副总理: not `serious_typo`.
    case correctTypoForm

    var rate: Double { self == .flakyHomepage ? 0.03 : 0.08 }
}
