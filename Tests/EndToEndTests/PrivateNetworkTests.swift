import Foundation
import GovSweepProtocol
import Testing

extension EndToEnd {
    /// `--allow-address 127.0.0.0/8` lets a loopback test site be swept while a private host the
    /// site links and redirects to, reachable over a veth pair, is never connected to.
    @Suite("Private network (network namespaces)")
    struct PrivateNetworkTests {
        static let sitePort = 8000
        static let privatePort = 8080

        /// A listener that writes one line per accepted connection and answers a tiny page.
        static let listener = """
            import socket, sys
            server = socket.socket(); server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            server.bind((sys.argv[1], int(sys.argv[2]))); server.listen(16)
            print("listening", flush=True)
            while True:
                connection, peer = server.accept()
                print("accepted", peer[0], flush=True)
                connection.settimeout(2)
                try: connection.recv(65536)
                except OSError: pass
                connection.sendall(b"HTTP/1.1 200 OK\\r\\nContent-Type: text/plain\\r\\nContent-Length: 7\\r\\nConnection: close\\r\\n\\r\\nprivate")
                connection.close()
            """

        /// The public site: a homepage linking to the private host, and a page redirecting there.
        static func site(privateBase: String) -> String {
            """
            import http.server, sys
            HOME = ('<html><head><title>测试站点</title></head><body><ul>'
                    '<li><a href="\(privateBase)/linked">内网链接</a><span>2024-01-05</span></li>'
                    '<li><a href="/go">跳转</a><span>2024-01-05</span></li>'
                    '</ul><img src="\(privateBase)/logo.png"></body></html>').encode()
            class Handler(http.server.BaseHTTPRequestHandler):
                def do_GET(self):
                    if self.path == "/go":
                        self.send_response(302); self.send_header("Location", "\(privateBase)/redirected"); self.send_header("Content-Length", "0"); self.end_headers()
                    elif self.path == "/":
                        self.send_response(200); self.send_header("Content-Type", "text/html; charset=utf-8"); self.send_header("Content-Length", str(len(HOME))); self.end_headers(); self.wfile.write(HOME)
                    else:
                        self.send_response(404); self.send_header("Content-Length", "0"); self.end_headers()
                do_HEAD = do_GET
            server = http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler)
            print("serving", flush=True)
            server.serve_forever()
            """
        }

        @Test("a sweep with --allow-address 127.0.0.0/8 never connects to a private host its site links or redirects to", .timeLimit(.minutes(8)))
        func privateHostIsNeverVisited() async throws {
            guard let ip = NetworkNamespaces.ipPath else { throw EndToEndError.namespaces("iproute2's `ip` is not installed") }
            try await PrivateHostTopology.with { topology in
                try await ProcessScope.run("private-network") { scope in
                    let privateBase = "http://\(topology.privateAddress):\(Self.privatePort)"
                    let listenerScript = try scope.directory.write(Self.listener, to: "listener.py")
                    let siteScript = try scope.directory.write(Self.site(privateBase: privateBase), to: "site.py")
                    let listener = try scope.startExecutable(
                        "private-host", ip, ["netns", "exec", topology.privateHost, "python3", listenerScript, topology.privateAddress, "\(Self.privatePort)"])
                    try await listener.waitForLog("listening", timeout: .seconds(20))
                    let site = try scope.startExecutable("site", ip, ["netns", "exec", topology.sweepHost, "python3", siteScript, "\(Self.sitePort)"])
                    try await site.waitForLog("serving", timeout: .seconds(20))

                    // The private host is reachable from the sweep's host: only the guard keeps the sweep out.
                    let control = try scope.startExecutable(
                        "control", ip, ["netns", "exec", topology.sweepHost, "curl", "-s", "-m", "5", "\(privateBase)/control"])
                    let controlExit = try await control.waitForExit(timeout: .seconds(10))
                    try #require(controlExit.succeeded && control.output == "private", "the private host is not reachable: \(control.logTail())")
                    try await Task.sleep(for: .milliseconds(200))
                    let beforeSweep = Self.connections(listener)
                    #expect(beforeSweep == 1, "\(listener.logTail())")

                    let inventory = try scope.directory.write(
                        "site_id,name,url\n3600000201,测试站点,http://127.0.0.1:\(Self.sitePort)/\n", to: "inventory.csv")
                    let out = scope.directory.file("out")
                    let (exit, sweep) = try await scope.run(
                        "sweep",
                        ["sweep", "--inventory", inventory, "--db", scope.directory.file("sweep.db"), "--out", out, "--workers", "1",
                         "--allow-address", "127.0.0.0/8", "--ignore-robots", "--as-of", TestProvince.asOf.iso, "--timeout", "5",
                         "--connect-timeout", "2", "--retries", "1", "--probe-spread", "2", "--gap-ms", "50", "--log-level", "info"],
                        timeout: .seconds(100), namespace: topology.sweepHost)
                    #expect(exit.succeeded, "\(sweep.logTail(lines: 40))")
                    try await Task.sleep(for: .milliseconds(200))
                    #expect(Self.connections(listener) == beforeSweep, "the sweep connected to the private host:\n\(listener.logTail())")

                    let findings = try SweepExport(directory: out).findings.compactMap(JSONValue.object(line:))
                    let refused = findings.filter { $0["error"]?.string == "blocked_by_policy" }.compactMap { $0["target"]?.string }
                    #expect(refused.contains("\(privateBase)/linked"), "\(findings)")
                    #expect(!findings.contains { $0["check"]?.string == "site_unreachable" }, "\(findings)")
                }
            }
        }

        /// Connections the private host's listener accepted so far.
        static func connections(_ listener: ChildProcess) -> Int {
            listener.output.split(separator: "\n").filter { $0.hasPrefix("accepted") }.count
        }
    }
}
