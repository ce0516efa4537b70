import GovSweepProtocol

/// The ground truth follows from the site models: what was planted is what must be found.
extension Province {
    /// What a correct sweep reports (and must not report) for this province, with current URLs.
    public var groundTruth: GroundTruth {
        GroundTruth(
            version: 1, seed: spec.seed, asOf: spec.asOf,
            notes: [
                "tls_invalid is never planted: the province is served over plain HTTP on loopback, so no certificate can fail.",
                "link_broken targets on soft-404 hosts answer 200 with a page titled 404 页面不存在 (or a 302 to one): they ARE broken.",
                "Links to the blocking host answer 403 on every request: link_blocked, never link_broken.",
                "Flaky pages answer 503 once, then 200: a sweep that retries must not flag them.",
                "date_in_future is matched by date; column_stale and column_blank by column URL; link checks by target; site-level checks by site.",
                "A column's latest is the newest item on or before the as-of date; latest_including_future also counts future-dated items.",
                "Patterns: lists linking straight to documents (missing ones answered with an HTML 404 page are attachment_broken; 12 MiB ones are fine), blank columns beside side navigation and related links, short real notices saying 已失效/已删除, Chinese-numeral list dates, links into hosts that refuse or never answer, several serious-error forms.",
            ],
            patterns: Self.patterns,
            sites: sites.indices.map(siteTruth))
    }

    /// The markup patterns planted on purpose (``VarietyPlanter``), each with positives or negatives in the truth.
    static let patterns = [
        "list_document_missing", "list_document_large", "list_document_ordinary", "blank_column_with_side_navigation",
        "short_notice", "chinese_numeral_list_dates", "dead_host_refused", "dead_host_silent", "serious_typo_forms",
        "dated_side_box", "dated_side_box_by_heading", "grouped_mobile_numbers",
    ]

    private func siteTruth(_ index: Int) -> GroundTruth.SiteTruth {
        let site = sites[index]
        let home = homepageURL(site)
        let unreachable = hosts[site.hostIndex].refuses || hosts[site.hostIndex].hangs
        var expected: [GroundTruth.Expectation] = []
        var negatives: [GroundTruth.Expectation] = []
        func add(_ check: CheckID, _ url: String, target: String? = nil, date: CivilDate? = nil,
                 match: GroundTruth.Expectation.Match, _ note: String, negative: Bool = false, pattern: String? = nil) {
            let entry = GroundTruth.Expectation(check: check, url: url, target: target, date: date, match: match, note: note, pattern: pattern)
            if negative { negatives.append(entry) } else { expected.append(entry) }
        }
        let soft = hosts[site.hostIndex].notFound != .hard404
        let d = site.defects
        if d.contains(.unreachable) { add(.siteUnreachable, home, match: .site, hosts[site.hostIndex].hangs ? "the port accepts connections and never answers" : "the port refuses connections") }
        if d.contains(.homepageStale) { add(.homepageStale, home, match: .site, "newest homepage item older than 20 days") }
        if d.contains(.noSiteIDCode) { add(.missingSiteIDCode, home, match: .site, "no 网站标识码 in footer, meta or jiucuo sitecode") }
        if d.contains(.noICP) { add(.missingICP, home, match: .site, "footer has no ICP备案") }
        if d.contains(.noPSBRecord) { add(.missingPSBRecord, home, match: .site, "footer has no 公网安备") }
        if d.contains(.noErrorReportEntry) { add(.missingErrorReportEntry, home, match: .site, "no _jiucuo_ script nor 我为政府网站找错 link") }
        if d.contains(.spam) { add(.spamInjection, home, match: .url, "gambling links in an off-screen div") }
        if d.contains(.robotsDisallow) { add(.robotsBlocked, home, match: .site, "robots.txt disallows the 机构概况 column") }
        if d.contains(.calendarTrap) { add(.crawlCapped, home, match: .site, "the activity calendar links day to day without end") }
        if !unreachable && !d.contains(.spam) {
            add(.spamInjection, home, match: .url, "the navigation's display:none dropdown lists the site's own columns", negative: true)
        }
        if site.negatives.contains(.flakyHomepage) {
            add(.siteUnreachable, home, match: .site, "the homepage answers 503 once, then 200", negative: true)
        }
        for column in site.columns {
            let columnURL = absolute(site, site.listPath(column, page: 0))
            let past = column.items.filter { $0.date <= spec.asOf }
            let blankPattern = "blank_column_with_side_navigation"
            // The 最新信息 box of 工作动态's newest items beside every other list (SitePageRenderer.hotBox).
            let besideHotBox = column.slug != "gzdt"
                && site.columns.contains { $0.slug == "gzdt" && $0.items.contains { $0.date <= spec.asOf } }
            let hotBoxPattern = SitePageRenderer.namesHotBoxByHeadingOnly(siteIndex: index) ? "dated_side_box_by_heading" : "dated_side_box"
            if column.items.isEmpty {
                add(.columnBlank, columnURL, match: .url, "\(column.name) lists no items (a placeholder row, side navigation and related links beside)", pattern: blankPattern)
                add(.columnStale, columnURL, match: .url, "a blank column is column_blank, not column_stale", negative: true, pattern: blankPattern)
                if besideHotBox {
                    add(.columnBlank, columnURL, match: .url, "blank beside a dated 最新信息 box of 工作动态", pattern: hotBoxPattern)
                }
            } else if let latest = past.first?.date, isStale(column.category, latest), column.category != .other {
                add(.columnStale, columnURL, date: latest, match: .url, "\(column.name) newest \(latest.iso)",
                    pattern: besideHotBox ? hotBoxPattern : nil)
            } else if site.style == .hanweb, site.dateFormat == 3, column.category != .other, past.first != nil {
                add(.columnStale, columnURL, match: .url, "list dates in Chinese numerals (二〇二三年十二月十三日) are dates", negative: true,
                    pattern: "chinese_numeral_list_dates")
            }
            if site.style == .jsp,
               let yearless = past.first(where: { SitePageRenderer.printsYearless($0.date, asOf: spec.asOf) && $0.date.year < spec.asOf.year }),
               let misread = CivilDate(year: spec.asOf.year, month: yearless.date.month, day: yearless.date.day) {
                add(.dateInFuture, columnURL, date: misread, match: .date, "[\(yearless.date.iso.suffix(5))] is \(yearless.date.iso), not \(spec.asOf.year)", negative: true)
            }
            let perPage = spec.itemsPerListPage
            for (i, item) in column.items.enumerated() {
                let article = absolute(site, site.articlePath(column, item))
                if let document = item.document {
                    let list = absolute(site, site.listPath(column, page: i / perPage))
                    let target = absolute(site, site.documentPath(column, item))
                    switch document {
                    case .missing:
                        add(.attachmentBroken, list, target: target, match: .target,
                            "a list item links straight to a missing document; the host answers with its \(soft ? "soft 404" : "HTML 404") page",
                            pattern: "list_document_missing")
                        add(.linkBroken, list, target: target, match: .target, "a missing document is attachment_broken, not link_broken",
                            negative: true, pattern: "list_document_missing")
                    case .large:
                        for check in [CheckID.attachmentBroken, .linkBroken] {
                            add(check, list, target: target, match: .target, "a 12 MiB document answers 200: checked as a document, never judged on size",
                                negative: true, pattern: "list_document_large")
                        }
                    case .ordinary:
                        add(.attachmentBroken, list, target: target, match: .target, "a document listed directly, there",
                            negative: true, pattern: "list_document_ordinary")
                    }
                }
                if item.shortNotice {
                    add(.linkBroken, article, target: article, match: .target, "a short real notice saying 已失效/已删除 is no soft 404",
                        negative: true, pattern: "short_notice")
                }
                if item.date > spec.asOf { add(.dateInFuture, article, date: item.date, match: .date, "item dated after the as-of date") }
                for extra in item.extras {
                    addArticleExpectation(extra, site: site, column: column, item: item, article: article, add: add)
                }
            }
        }
        let board = boardTruth(site)
        expected += board.expected
        negatives += board.negatives
        let policy = policyTruth(site)
        expected += policy.expected
        negatives += policy.negatives
        let copied = copiedContentTruth(site)
        expected += copied.expected
        negatives += copied.negatives
        return GroundTruth.SiteTruth(
            siteID: site.id, name: site.name, url: home, style: site.style.rawValue, encoding: site.encoding.rawValue,
            hostGroup: site.hostGroup, expected: unreachable ? expected.filter { $0.check == .siteUnreachable } : expected,
            negatives: unreachable ? [] : negatives,
            columns: site.columns.map { column in
                GroundTruth.ColumnTruth(
                    url: absolute(site, site.listPath(column, page: 0)), name: column.name, category: column.category,
                    latest: column.items.first { $0.date <= spec.asOf }?.date, latestIncludingFuture: column.items.first?.date,
                    items: column.items.count, reachable: !unreachable && !column.robotsDisallowed)
            })
    }

    private func addArticleExpectation(
        _ extra: ArticleExtra, site: SiteModel, column: ColumnModel, item: ItemModel, article: String,
        add: (CheckID, String, String?, CivilDate?, GroundTruth.Expectation.Match, String, Bool, String?) -> Void
    ) {
        let soft = hosts[site.hostIndex].notFound != .hard404
        switch extra {
        case .brokenLink, .softBrokenLink:
            add(.linkBroken, article, absolute(site, site.deletedPagePath(item)), nil, .target,
                soft ? "soft 404: the host answers a missing page with 页面不存在 (status 200 or a redirect)" : "404", false, nil)
        case .brokenAttachment:
            add(.attachmentBroken, article, absolute(site, site.attachmentPath(column, item, broken: true)), nil, .target, soft ? "missing document (soft 404)" : "missing document", false, nil)
        case .brokenImage:
            add(.imageBroken, article, absolute(site, site.imagePath(column, item, broken: true)), nil, .target, soft ? "missing image (soft 404)" : "missing image", false, nil)
        case .blockedLink:
            let target = origins[blockingHost] + "/zwfw/guide/\(item.id).html"
            add(.linkBlocked, article, target, nil, .target, "the host answers 403 to every request", false, nil)
            add(.linkBroken, article, target, nil, .target, "403 means blocked, not broken", true, nil)
        case .sensitiveIDs: add(.sensitiveData, article, nil, nil, .url, "three ID numbers with valid check digits", false, nil)
        case .maskedIDs: add(.sensitiveData, article, nil, nil, .url, "ID numbers masked with ********", true, nil)
        case .groupedMobiles:
            add(.sensitiveData, article, nil, nil, .url, "six mobile numbers written in groups (138-1234-5678)", false, "grouped_mobile_numbers")
        case .badCheckDigitSerial: add(.sensitiveData, article, nil, nil, .url, "an 18-digit contract serial whose check digit is wrong", true, nil)
        case .seriousTypo:
            let (wrong, correct) = SitePageRenderer.typoForms[item.id % SitePageRenderer.typoForms.count]
            add(.seriousTypo, article, nil, nil, .url, "\(wrong) (should be \(correct))", false, "serious_typo_forms")
        case .correctTypoForm:
            let correct = SitePageRenderer.typoForms.map(\.correct).joined(separator: ", ")
            add(.seriousTypo, article, nil, nil, .url, "\(correct): the correct forms", true, "serious_typo_forms")
        case .deadHostLink(let hanging):
            let target = origins[hanging ? silentHost : refusingHost] + "/zt/\(item.id)/index.html"
            add(.linkBroken, article, target, nil, .target, hanging ? "the host accepts connections and never answers" : "the host refuses connections",
                false, hanging ? "dead_host_silent" : "dead_host_refused")
        case .flaky: add(.linkBroken, article, article, nil, .target, "answers 503 once, then 200", true, nil)
        case .workingImage, .workingAttachment: break
        }
    }

    private func isStale(_ category: ColumnCategory, _ latest: CivilDate) -> Bool {
        switch category {
        case .news: latest < spec.asOf.adding(days: -14)
        case .notice, .policy, .interpretation: latest < spec.asOf.adding(months: -6)
        case .plan, .personnel: latest < spec.asOf.adding(months: -12)
        case .other: false
        }
    }
}
