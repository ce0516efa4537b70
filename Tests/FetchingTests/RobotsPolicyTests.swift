import Fetching
import Testing

@Suite("RobotsPolicy")
struct RobotsPolicyTests {
    let text = """
        # robots.txt of a county portal
        User-agent: *
        Disallow: /admin/
        Disallow: /*.jsp$
        Allow: /admin/public/

        User-agent: Baiduspider
        Disallow: /

        """

    @Test func starGroupAppliesWhenNoGroupNamesUs() {
        let policy = RobotsPolicy(parsing: text)
        #expect(!policy.allows("/admin/login.html"))
        #expect(policy.allows("/admin/public/notice.html"))
        #expect(!policy.allows("/news/list.jsp"))
        #expect(policy.allows("/news/list.jsp?page=2"))
        #expect(policy.allows("/col/index.html"))
    }

    @Test func ourOwnGroupWinsOverStar() {
        let policy = RobotsPolicy(parsing: text + "User-agent: GovSweep\nDisallow: /private\n")
        #expect(!policy.allows("/private/x.html"))
        #expect(policy.allows("/admin/login.html"))
    }

    @Test func longestMatchWinsAndAllowWinsTies() {
        let policy = RobotsPolicy(parsing: "User-agent: *\nDisallow: /a\nAllow: /a/b\nDisallow: /a/b/c\nAllow: /x\nDisallow: /x\n")
        #expect(!policy.allows("/a/z"))
        #expect(policy.allows("/a/b/z"))
        #expect(!policy.allows("/a/b/c/z"))
        #expect(policy.allows("/x"))
    }

    @Test func emptyDisallowAndMissingFileAllowEverything() {
        #expect(RobotsPolicy(parsing: "User-agent: *\nDisallow:\n").allows("/anything"))
        #expect(RobotsPolicy(parsing: "").allows("/anything"))
        #expect(RobotsPolicy.allowAll.allows("/"))
    }

    @Test func groupsWithSeveralAgentsAndComments() {
        let policy = RobotsPolicy(parsing: "User-agent: Googlebot\nUser-agent: govsweep # us\nDisallow: /tmp\n")
        #expect(!policy.allows("/tmp/1"))
    }
}
