import Fetching
import GovSweepProtocol
import Testing
import TestSupport

@Suite("CharsetDetector")
struct CharsetDetectorTests {
    let gbk = Fixtures.bytes("fetch/gbk-meta.html")
    let utf8 = Fixtures.bytes("fetch/utf8-meta.html")

    @Test func metaHTTPEquivDeclaresGBK() {
        let (text, detection) = CharsetDetector.decode(gbk, contentType: "text/html")
        #expect(detection == .init(encoding: "GB18030", source: .meta))
        #expect(text.contains("上饶市信州区人民政府_通知公告"))
    }

    @Test func gbkPageServedAsUTF8FollowsItsMeta() {
        let (text, detection) = CharsetDetector.decode(gbk, contentType: "text/html; charset=utf-8")
        #expect(detection == .init(encoding: "GB18030", source: .meta))
        #expect(text.contains("关于开展2023年度安全生产大检查的通知"))
    }

    @Test func utf8PageServedAsGBKFollowsItsMeta() {
        let (text, detection) = CharsetDetector.decode(utf8, contentType: "text/html; charset=GBK")
        #expect(detection == .init(encoding: "UTF-8", source: .meta))
        #expect(text.contains("区政府召开常务会议"))
    }

    @Test("a servlet container's default ISO-8859-1 header loses to the page's GBK meta")
    func westernDefaultHeaderLosesToMeta() {
        let (text, detection) = CharsetDetector.decode(gbk, contentType: "text/html;charset=ISO-8859-1")
        #expect(detection == .init(encoding: "GB18030", source: .meta))
        #expect(text.contains("上饶市信州区人民政府_通知公告"))
    }

    @Test("a lone ISO-8859-1 header on GBK bytes is not believed")
    func westernDefaultHeaderAloneIsSniffed() {
        let gbkPage = Fixtures.bytes("fetch/gbk-no-declaration.html")
        #expect(CharsetDetector.detect(gbkPage, contentType: "text/html; charset=iso-8859-1") == .init(encoding: "GB18030", source: .sniffed))
    }

    @Test func agreeingHeaderAndMetaAreBelieved() {
        #expect(CharsetDetector.detect(gbk, contentType: "text/html; charset=gb2312") == .init(encoding: "GB18030", source: .header))
        #expect(CharsetDetector.detect(utf8, contentType: "text/html;charset=\"utf-8\"") == .init(encoding: "UTF-8", source: .header))
    }

    @Test func fourByteGB18030Characters() {
        let (text, detection) = CharsetDetector.decode(Fixtures.bytes("fetch/gb18030-meta.html"), contentType: nil)
        #expect(detection.encoding == "GB18030")
        #expect(text.contains("关于𠮷祥同志任职的通知"))
    }

    @Test func undeclaredPagesAreSniffed() {
        let gbkPage = Fixtures.bytes("fetch/gbk-no-declaration.html")
        let (text, detection) = CharsetDetector.decode(gbkPage, contentType: "text/html")
        #expect(detection == .init(encoding: "GB18030", source: .sniffed))
        #expect(text.contains("鄱阳县人民政府"))
        #expect(CharsetDetector.detect(Array("<p>政务公开</p>".utf8), contentType: nil) == .init(encoding: "UTF-8", source: .sniffed))
    }

    @Test func aLoneUTF8HeaderOnGBKBytesIsNotBelieved() {
        let gbkPage = Fixtures.bytes("fetch/gbk-no-declaration.html")
        let (text, detection) = CharsetDetector.decode(gbkPage, contentType: "text/html; charset=utf-8")
        #expect(detection.encoding == "GB18030")
        #expect(text.contains("鄱阳县"))
    }

    @Test func byteOrderMarkWins() {
        let (text, detection) = CharsetDetector.decode([0xEF, 0xBB, 0xBF] + Array("<p>通知</p>".utf8), contentType: "text/html; charset=gbk")
        #expect(detection == .init(encoding: "UTF-8", source: .byteOrderMark))
        #expect(text == "<p>通知</p>")
    }

    @Test func metaInsideACommentOrPastTheScanLimitIsIgnored() {
        let commented = Array("<!-- <meta charset=\"gbk\"> --><meta charset='utf-8'><p>通知</p>".utf8)
        #expect(CharsetDetector.detect(commented, contentType: nil) == .init(encoding: "UTF-8", source: .meta))
        let late = Array((String(repeating: " ", count: 5000) + "<meta charset=\"big5\">").utf8)
        #expect(CharsetDetector.detect(late, contentType: nil).source == .sniffed)
    }
}
