import DemoProvince
import Foundation

/// Ten small sites on loopback whose pages link into two dead hosts: a port that refuses
/// connections and one that accepts connections and never answers. Served by a short Python
/// script (the end-to-end tests need `python3` anyway), which prints one line per connection the
/// silent port accepts.
struct DeadLinkProvince: Sendable {
    static let sites = 10
    /// Links per site into each dead host (50 in all into each over ten sites).
    static let linksPerSite = 5

    let server: ChildProcess
    let inventoryPath: String
    let sitePorts: [Int]
    /// Held (bound, never listening) while this value lives, so that no other test's server can take it.
    let refusing: RefusingPort
    var refusedPort: Int { refusing.port }
    let silentPort: Int

    /// Starts the sites; returns once they listen.
    static func start(in scope: ProcessScope, avoiding: Set<Int> = []) async throws -> DeadLinkProvince {
        let refusing = try RefusingPort()
        var taken = avoiding.union([refusing.port])
        var ports: [Int] = []
        for _ in 0..<(sites + 1) {
            let port = try FreePort.pick(excluding: taken)
            taken.insert(port)
            ports.append(port)
        }
        let sitePorts = Array(ports[0..<sites])
        let (refusedPort, silentPort) = (refusing.port, ports[sites])
        let script = try scope.directory.write(Self.script, to: "dead-links.py")
        let server = try scope.startExecutable(
            "dead-link-sites", "/usr/bin/env",
            ["python3", script, "\(refusedPort)", "\(silentPort)", "\(linksPerSite)"] + sitePorts.map(String.init))
        try await server.waitForLog("serving", timeout: .seconds(20))
        var rows = ["site_id,name,url"]
        for (index, port) in sitePorts.enumerated() {
            rows.append(String(format: "36000000%02d,死链测试站%d,http://127.0.0.1:%d/", index + 1, index + 1, port))
        }
        let inventory = try scope.directory.write(rows.joined(separator: "\n") + "\n", to: "dead-links.csv")
        return DeadLinkProvince(server: server, inventoryPath: inventory, sitePorts: sitePorts, refusing: refusing, silentPort: silentPort)
    }

    /// Connections the silent port accepted so far.
    var silentConnections: Int { Cluster.count("silent connection", in: server) }

    private static let script = #"""
        import socket, sys, threading
        from http.server import ThreadingHTTPServer, BaseHTTPRequestHandler

        refused, silent, per_site = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
        site_ports = [int(p) for p in sys.argv[4:]]
        held = []

        def page(index, path):
            links = []
            for k in range(per_site):
                links.append('<li><a href="http://127.0.0.1:%d/docs/s%d-%d.html">档案%d</a></li>' % (refused, index, k, k))
                links.append('<li><a href="http://127.0.0.1:%d/info/s%d-%d.html">信息%d</a></li>' % (silent, index, k, k))
            own = ''.join('<li><a href="/news/%d.html">新闻%d</a></li>' % (n, n) for n in range(3))
            return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>测试站%d</title></head><body>'
                    '<h1>测试站%d</h1><ul>%s</ul><ul>%s</ul></body></html>' % (index, index, own, ''.join(links))).encode('utf-8')

        def handler_for(index):
            class Handler(BaseHTTPRequestHandler):
                def do_GET(self):
                    if self.path in ('/', '/index.html') or self.path.startswith('/news/'):
                        body = page(index, self.path)
                        self.send_response(200)
                        self.send_header('Content-Type', 'text/html; charset=utf-8')
                    else:
                        body = b'not found'
                        self.send_response(404)
                        self.send_header('Content-Type', 'text/plain')
                    self.send_header('Content-Length', str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                def do_HEAD(self):
                    self.send_response(404)
                    self.end_headers()
                def log_message(self, *args):
                    pass
            return Handler

        for index, port in enumerate(site_ports):
            server = ThreadingHTTPServer(('127.0.0.1', port), handler_for(index))
            threading.Thread(target=server.serve_forever, daemon=True).start()

        quiet = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        quiet.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        quiet.bind(('127.0.0.1', silent))
        quiet.listen(512)
        print('serving', flush=True)
        while True:
            connection, _ = quiet.accept()
            held.append(connection)
            print('silent connection %d' % len(held), flush=True)
        """#
}
