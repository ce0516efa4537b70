import GovSweepProtocol
import Testing
@testable import DemoProvince

@Suite("Routing")
struct RouteTests {
    static let province = Province(spec: ProvinceSpec(sites: 60, seed: 7, asOf: CivilDate(year: 2024, month: 1, day: 8)!))

    static func site(_ style: CMSStyle) throws -> SiteModel {
        try #require(province.sites.dropFirst().first { $0.style == style && !province.hosts[$0.hostIndex].refuses && !province.hosts[$0.hostIndex].hangs })
    }

    @Test("static pages ignore their query; Hanweb lists page by pageNum with or without uid")
    func staticQueries() throws {
        let trs = try Self.site(.trs)
        let list = trs.listPath(trs.columns[0], page: 0)
        let plain = Self.province.response(host: trs.hostIndex, pathAndQuery: list)
        #expect(Self.province.response(host: trs.hostIndex, pathAndQuery: list + "?from=menu") == plain)

        let hanweb = try Self.site(.hanweb)
        let column = hanweb.columns[0]
        let first = hanweb.listPath(column, page: 0)
        let second = Self.province.response(host: hanweb.hostIndex, pathAndQuery: hanweb.listPath(column, page: 1))
        #expect(Self.province.response(host: hanweb.hostIndex, pathAndQuery: first + "?pageNum=2") == second)
        #expect(Self.province.response(host: hanweb.hostIndex, pathAndQuery: first + "?pageNum=99")
            == Self.province.response(host: hanweb.hostIndex, pathAndQuery: first))
    }

    @Test("a JSP page with an unknown id is missing, answered the host's way")
    func dynamicQueries() throws {
        let jsp = try Self.site(.jsp)
        let answer = Self.province.response(host: jsp.hostIndex, pathAndQuery: jsp.pathPrefix + "/gzdt/content.jsp?id=1")
        switch Self.province.hosts[jsp.hostIndex].notFound {
        case .hard404: #expect(answer.status == 404)
        case .soft404: #expect(answer.status == 200 && String(decoding: answer.body, as: UTF8.self).contains("页面不存在"))
        case .redirectTo404: #expect(answer.status == 302 && answer.header("Location") == "/404.html")
        }
    }
}
