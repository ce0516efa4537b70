import GovSweepProtocol
import Testing
@testable import DemoProvince

@Suite("Served markup")
struct MarkupTests {
    static let province = Province(spec: ProvinceSpec(sites: 60, seed: 7, asOf: CivilDate(year: 2024, month: 1, day: 8)!))

    static func text(_ response: PageResponse) -> String {
        let gbk = response.body.count > 200 && !TextDecoding.isValidUTF8(response.body)
        return TextDecoding.decode(response.body, encoding: gbk ? "GB18030" : "UTF-8")
    }

    /// The path and query of an absolute URL.
    static func path(_ url: String) -> String {
        let afterScheme = url.split(separator: "://", maxSplits: 1).last ?? ""
        return String(afterScheme.drop { $0 != "/" })
    }

    @Test("GBK pages decode back to the same text, with the charset only in the meta or disagreeing with the header")
    func gbkRoundTrip() throws {
        let truth = Self.province.groundTruth
        let gbkSites = truth.sites.filter { $0.encoding.hasPrefix("gbk") }
        try #require(!gbkSites.isEmpty)
        for site in gbkSites {
            let home = try #require(Self.province.pages(ofSite: site.siteID).first { $0.key.hasSuffix("/") }?.value)
            #expect(!TextDecoding.isValidUTF8(home.body))
            let text = TextDecoding.decode(home.body, encoding: "GB18030")
            let index = try #require(Self.province.sites.firstIndex { $0.id == site.siteID })
            #expect(text == SitePageRenderer(province: Self.province, siteIndex: index).homepage())
            #expect(text.contains(site.name))
            #expect(text.contains("charset=gb"))
            #expect(home.header("Content-Type")?.lowercased().contains("gb") == false)
        }
        let sample = "网站标识码：3611000003 赣ICP备05004019号 二〇二三年十二月十三日"
        #expect(TextDecoding.decode(GB18030Encoder.encode(sample), encoding: "GB18030") == sample)
    }

    @Test("each CMS style writes its own list markup")
    func cmsMarkup() throws {
        let truth = Self.province.groundTruth
        for style in ["trs", "hanweb", "jsp"] {
            let site = try #require(truth.sites.first { site in
                site.style == style && !site.expected.contains { [.siteUnreachable, .missingICP, .missingSiteIDCode, .missingPSBRecord, .missingErrorReportEntry].contains($0.check) }
            })
            let pages = Self.province.pages(ofSite: site.siteID)
            let lists = pages.filter { $0.key.contains("index") || $0.key.contains("list.jsp") }.map { Self.text($0.value) }
            switch style {
            case "trs":
                #expect(lists.contains { $0.contains("createPageHTML(2, 0, \"index\", \"html\");") })
                #expect(pages.keys.contains { $0.wholeMatch(of: /.*\/col\/gzdt\/\d{6}\/t\d{8}_\d+\.html/) != nil })
            case "hanweb":
                #expect(lists.contains { $0.contains("<datastore>") && $0.contains("<record><![CDATA[<li>") })
                #expect(pages.keys.contains { $0.contains("?uid=") && $0.contains("&pageNum=2") })
                #expect(pages.keys.contains { $0.contains("/module/download/downfile.jsp?classid=0&filename=") })
            default:
                #expect(pages.keys.contains { $0.hasSuffix("list.jsp?page=2") })
                #expect(lists.contains { $0.contains("<td class=\"date\">[") })
            }
            let home = Self.text(try #require(pages[Self.path(site.url)]))
            #expect(home.contains(/赣公网安备 \d{14}号/), "\(style) homepage lacks a well-formed 公网安备 number")
            for mark in ["网站标识码：\(site.siteID)", "ICP备", "公网安备", "_jiucuo_", "我为政府网站找错", "_ideConac", "style=\"display:none\""] {
                #expect(home.contains(mark), "\(style) homepage lacks \(mark)")
            }
        }
    }

    @Test("sensitive pages carry valid ID numbers; the traps carry only masked or invalid ones")
    func idNumbers() throws {
        #expect(ChineseIDNumber.isValid("11010519491231002X"))
        #expect(!ChineseIDNumber.isValid("110105194912310021"))
        let made = ChineseIDNumber.make(region: "361102", birth: "19800101", sequence: 12)
        #expect(ChineseIDNumber.isValid(made))
        #expect(!ChineseIDNumber.isValid(ChineseIDNumber.withWrongCheck(made)))
        #expect(ChineseIDNumber.masked(made) == "361102********" + made.suffix(4))

        let truth = Self.province.groundTruth
        func eighteenDigitRuns(_ url: String, site: GroundTruth.SiteTruth) throws -> [String] {
            let page = try #require(Self.province.pages(ofSite: site.siteID)[Self.path(url)])
            return Self.text(page).matches(of: /\d{17}[\dX]/).map { String($0.output) }
        }
        for site in truth.sites {
            for e in site.expected where e.check == .sensitiveData {
                if e.pattern == "grouped_mobile_numbers" {
                    // Six mobile numbers written in groups, and no ID number.
                    let page = try #require(Self.province.pages(ofSite: site.siteID)[Self.path(e.url)])
                    #expect(Self.text(page).matches(of: /1[3-9]\d[- ]\d{4}[- ]\d{4}/).count == 6)
                    #expect(try eighteenDigitRuns(e.url, site: site).filter(ChineseIDNumber.isValid).isEmpty)
                } else {
                    #expect(try eighteenDigitRuns(e.url, site: site).filter(ChineseIDNumber.isValid).count == 3)
                }
            }
            for e in site.negatives where e.check == .sensitiveData {
                #expect(try eighteenDigitRuns(e.url, site: site).filter(ChineseIDNumber.isValid).isEmpty)
            }
        }
    }

    @Test("inventory CSV: UTF-8 with the contract's header, and a GBK variant with Chinese headers")
    func inventory() {
        let utf8 = String(decoding: Self.province.inventoryCSV(), as: UTF8.self)
        #expect(utf8.hasPrefix("site_id,name,url,unit,region,level,host_group\n"))
        #expect(utf8.split(separator: "\n").count == 61)
        let gbk = Self.province.inventoryCSV(.gbkChineseHeaders)
        #expect(!TextDecoding.isValidUTF8(gbk))
        let decoded = TextDecoding.decode(gbk, encoding: "GB18030")
        #expect(decoded.hasPrefix("网站标识码,网站名称,首页地址,主办单位,所属地方或部门,级别\r\n"))
        #expect(decoded.contains("江西省人民政府"))
    }

    @Test("Range requests get 206 with one byte; bad ranges 416; no range leaves the answer whole")
    func byteRanges() {
        let whole = PageResponse(status: 200, headers: [], body: Array("%PDF-1.4 test".utf8))
        let first = ByteRange.apply("bytes=0-0", to: whole)
        #expect(first.status == 206)
        #expect(first.body == [UInt8(ascii: "%")])
        #expect(first.header("Content-Range") == "bytes 0-0/13")
        #expect(ByteRange.apply("bytes=-3", to: whole).body == Array("est".utf8))
        #expect(ByteRange.apply("bytes=50-60", to: whole).status == 416)
        #expect(ByteRange.apply(nil, to: whole) == whole)
    }
}

extension MarkupTests {
    @Test("footer numbers are well-formed on every site, `bm` sites included")
    func footerNumbers() throws {
        for (index, site) in Self.province.sites.enumerated() {
            let footer = SitePageRenderer(province: Self.province, siteIndex: index).footer
            if !site.defects.contains(.noPSBRecord) { #expect(footer.contains(/赣公网安备 \d{14}号/), "\(site.id)") }
            if !site.defects.contains(.noICP) { #expect(footer.contains(/赣ICP备\d{8}号/), "\(site.id)") }
            if !site.defects.contains(.noSiteIDCode) { #expect(footer.contains("网站标识码：\(site.id)")) }
        }
    }
}
