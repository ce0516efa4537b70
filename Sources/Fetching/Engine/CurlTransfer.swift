import CCurl

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// One HTTP exchange (one redirect hop) on a libcurl easy handle.
///
/// Owned by the engine's loop thread: made there on a handle from the loop's ``EasyHandlePool``,
/// driven by the multi handle there, read there, and when it goes its handle goes back to the
/// pool (reset). The handle never leaves the loop; callbacks reach this object through `context`.
final class CurlTransfer {
    let ticket: Int
    let handle: UnsafeMutableRawPointer
    private let pooled: EasyHandlePool.Handle
    private let pool: EasyHandlePool
    private let bodyPolicy: FetchRequest.BodyPolicy
    let maxBodyBytes: Int
    private let allowPrivate: Bool
    private let allowedAddresses: [AddressRange]
    /// This request's own header lines with the defaults it does not override; nil when it has
    /// none of its own and uses the loop's shared list of default headers.
    private var headerList: UnsafeMutablePointer<curl_slist>?
    private var resolveList: UnsafeMutablePointer<curl_slist>?

    private(set) var status: Int?
    private(set) var headers: [HeaderField] = []
    private(set) var body: [UInt8] = []
    private(set) var truncated = false
    private(set) var exceededLimit = false
    private(set) var refusedAddress: String?
    /// Bytes of response headers received so far, over every response of this hop.
    private(set) var headerBytes = 0

    /// libcurl's limit on one response's headers (`CURL_MAX_HTTP_HEADER`, 100 KiB).
    static let headerLimit = 100 << 10

    /// Configures a handle from `pool` for `url`; nil when libcurl cannot make one.
    /// `defaultHeaders`: the configuration's default header lines as one list the loop keeps,
    /// sent as they are by requests that set no header of their own. `bypassesProxyLookup`: no
    /// proxy variable is set (``ProxyEnvironment``), so the transfer says "no proxy" itself.
    init?(
        ticket: Int, url: String, request: FetchRequest, verifyTLS: Bool, configuration: FetchConfiguration,
        pool: EasyHandlePool, defaultHeaders: UnsafeMutablePointer<curl_slist>?, bypassesProxyLookup: Bool = false
    ) {
        guard let pooled = pool.take() else { return nil }
        self.ticket = ticket
        self.pooled = pooled
        self.handle = pooled.pointer
        self.pool = pool
        self.bodyPolicy = request.body
        self.maxBodyBytes = configuration.maxBodyBytes
        self.allowPrivate = configuration.allowPrivate
        self.allowedAddresses = configuration.allowedAddresses
        configure(url: url, request: request, verifyTLS: verifyTLS, configuration: configuration, defaultHeaders: defaultHeaders)
        if bypassesProxyLookup {
            // What libcurl would find in an environment without proxy variables, without its getenv calls.
            govsweep_easy_setopt_string(handle, CURLOPT_PROXY, "")
            govsweep_easy_setopt_string(handle, CURLOPT_NOPROXY, "")
        }
    }

    /// The handle goes back to the pool, reset (the loop has taken it out of the multi handle
    /// first); then the lists it pointed to are freed.
    deinit {
        pool.giveBack(pooled)
        curl_slist_free_all(headerList)
        curl_slist_free_all(resolveList)
    }

    private func configure(
        url: String, request: FetchRequest, verifyTLS: Bool, configuration: FetchConfiguration,
        defaultHeaders: UnsafeMutablePointer<curl_slist>?
    ) {
        let context = Unmanaged.passUnretained(self).toOpaque()
        govsweep_easy_setopt_string(handle, CURLOPT_URL, url)
        govsweep_easy_setopt_string(handle, CURLOPT_PROTOCOLS_STR, "http,https")
        govsweep_easy_setopt_string(handle, CURLOPT_USERAGENT, configuration.userAgent)
        govsweep_easy_setopt_string(handle, CURLOPT_ACCEPT_ENCODING, "")
        govsweep_easy_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
        govsweep_easy_setopt_long(handle, CURLOPT_FOLLOWLOCATION, 0)
        govsweep_easy_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, Int(configuration.connectTimeout.wholeMilliseconds))
        govsweep_easy_setopt_long(handle, CURLOPT_TIMEOUT_MS, Int(configuration.totalTimeout.wholeMilliseconds))
        govsweep_easy_setopt_long(handle, CURLOPT_SSL_VERIFYPEER, verifyTLS ? 1 : 0)
        govsweep_easy_setopt_long(handle, CURLOPT_SSL_VERIFYHOST, verifyTLS ? 2 : 0)
        govsweep_easy_setopt_pointer(handle, CURLOPT_ERRORBUFFER, pooled.errorBuffer)
        if CurlRuntime.supportsHTTP2 {
            govsweep_easy_setopt_long(handle, CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_2TLS))
        }
        if request.method == .head { govsweep_easy_setopt_long(handle, CURLOPT_NOBODY, 1) }
        if case .keep = request.body {
            // Refuse at once when Content-Length already says the body is too large.
            govsweep_easy_setopt_off(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(configuration.maxBodyBytes))
        }
        if request.headers.isEmpty {
            if let defaultHeaders { govsweep_easy_setopt_slist(handle, CURLOPT_HTTPHEADER, defaultHeaders) }
        } else {
            let ownNames = Set(request.headers.map(Self.headerName))
            for line in configuration.defaultHeaders where !ownNames.contains(Self.headerName(line)) {
                headerList = curl_slist_append(headerList, line)
            }
            for line in request.headers { headerList = curl_slist_append(headerList, line) }
            if let headerList { govsweep_easy_setopt_slist(handle, CURLOPT_HTTPHEADER, headerList) }
        }
        // Only the entry for this URL's host: libcurl parses the whole list on every transfer.
        if !configuration.resolveOverrides.isEmpty, let parts = URLParts(url) {
            let prefix = "\(parts.host):\(parts.effectivePort):"
            for entry in configuration.resolveOverrides where entry.hasPrefix(prefix) {
                resolveList = curl_slist_append(resolveList, entry)
            }
        }
        if let resolveList { govsweep_easy_setopt_slist(handle, CURLOPT_RESOLVE, resolveList) }

        govsweep_easy_setopt_write_callback(handle, CURLOPT_WRITEFUNCTION, curlTransferWrite)
        govsweep_easy_setopt_pointer(handle, CURLOPT_WRITEDATA, context)
        govsweep_easy_setopt_write_callback(handle, CURLOPT_HEADERFUNCTION, curlTransferHeader)
        govsweep_easy_setopt_pointer(handle, CURLOPT_HEADERDATA, context)
        govsweep_easy_setopt_opensocket_callback(handle, curlTransferOpenSocket)
        govsweep_easy_setopt_pointer(handle, CURLOPT_OPENSOCKETDATA, context)
    }

    private static func headerName(_ line: String) -> String {
        String(line.prefix { $0 != ":" }).lowercased()
    }

    /// libcurl's error text for the last failure.
    var errorMessage: String { String(cString: pooled.errorBuffer) }

    /// The absolute target of a redirect answer, resolved by libcurl.
    var redirectURL: String? {
        var pointer: UnsafeMutablePointer<CChar>?
        guard govsweep_easy_getinfo_string(handle, CURLINFO_REDIRECT_URL, &pointer) == CURLE_OK,
            let pointer
        else { return nil }
        return String(cString: pointer)
    }

    /// Time to first byte and total time of this hop.
    var timings: (firstByte: Duration, total: Duration) {
        var firstByte: curl_off_t = 0
        var total: curl_off_t = 0
        govsweep_easy_getinfo_off(handle, CURLINFO_STARTTRANSFER_TIME_T, &firstByte)
        govsweep_easy_getinfo_off(handle, CURLINFO_TOTAL_TIME_T, &total)
        return (.microseconds(firstByte), .microseconds(total))
    }

    // MARK: Callbacks (run on the loop thread, inside curl_multi_socket_action)

    /// One header line as libcurl hands it over (CR LF included).
    fileprivate func receiveHeader(_ bytes: UnsafeRawBufferPointer) {
        // The common line, an ASCII `name: value` one, is read from its bytes; ASCII bytes are
        // characters one by one, except CR LF, which is one character (as `trimmingCharacters` sees it).
        guard !bytes.starts(with: Self.statusPrefix), !bytes.contains(where: { $0 >= 0x80 }) else {
            receiveHeader(String(decoding: bytes, as: UTF8.self))
            return
        }
        headerBytes += bytes.count
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return }
        // Spaces, tabs, CR and LF around the value go, also a bare LF or CR (servers that end lines with LF only).
        var start = colon + 1
        var end = bytes.count
        while start < end, Self.isLineSpace(bytes[start]) { start += 1 }
        while start < end, Self.isLineSpace(bytes[end - 1]) { end -= 1 }
        let name = String(unsafeUninitializedCapacity: colon) { buffer in
            for index in 0..<colon { buffer[index] = ByteScan.lowered(bytes[index]) }
            return colon
        }
        headers.append(HeaderField(name: name, value: String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)))
    }

    private static let statusPrefix = Array("HTTP/".utf8)

    private static func isLineSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A }

    /// The status code of a status line: `HTTP/1.1 200 OK`, and also one with no reason phrase
    /// (`HTTP/1.1 200`, what libcurl writes for HTTP/2, many embedded servers) or ended by a bare LF.
    static func statusCode(ofStatusLine line: some StringProtocol) -> Int? {
        let bytes = Array(line.utf8)
        guard bytes.starts(with: statusPrefix), let space = bytes.firstIndex(of: 0x20) else { return nil }
        var index = space
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        let digits = bytes[index...].prefix { $0 >= 0x30 && $0 <= 0x39 }
        guard digits.count == 3 else { return nil }
        let after = index + 3
        guard after == bytes.count || isLineSpace(bytes[after]) else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    private func receiveHeader(_ line: String) {
        headerBytes += line.utf8.count
        if line.hasPrefix("HTTP/") {
            status = Self.statusCode(ofStatusLine: line)
            headers.removeAll(keepingCapacity: true)
            // Room for a usual answer's header lines at once, rather than growing one by one.
            headers.reserveCapacity(16)
            return
        }
        guard let colon = line.firstIndex(of: ":") else { return }
        let name = line[..<colon].lowercased()
        let value = String(line[line.index(after: colon)...]).trimmingCharacters(in: " \t\r\n")
        headers.append(HeaderField(name: name, value: value))
    }

    /// Returns how many bytes were taken; fewer than offered stops the transfer.
    fileprivate func receiveBody(_ data: UnsafeRawBufferPointer) -> Int {
        if body.capacity == 0 { reserveForBody() }
        switch bodyPolicy {
        case .keep:
            guard body.count + data.count <= maxBodyBytes else {
                exceededLimit = true
                return 0
            }
        case .truncate(let limit):
            if body.count + data.count > limit {
                body.append(contentsOf: data.prefix(max(0, limit - body.count)))
                truncated = true
                return 0
            }
        case .headersOnly(let htmlBytes):
            let isHTML = headers.last { $0.name == "content-type" }.map { ByteScan.contains("html", inIgnoringASCIICase: $0.value) } ?? false
            let limit = status == 206 ? 64 << 10 : (isHTML ? htmlBytes : 0)
            if body.count + data.count > limit {
                body.append(contentsOf: data.prefix(max(0, limit - body.count)))
                truncated = true
                return 0
            }
        }
        body.append(contentsOf: data)
        return data.count
    }

    /// Room for the body Content-Length announces (at most what is kept), made at its first
    /// bytes, so that a page is not copied over and over as it grows.
    private func reserveForBody() {
        let limit: Int
        switch bodyPolicy {
        case .keep: limit = maxBodyBytes
        case .truncate(let bytes): limit = bytes
        case .headersOnly: return
        }
        var length: curl_off_t = -1
        guard govsweep_easy_getinfo_off(handle, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &length) == CURLE_OK, length > 0 else {
            return
        }
        body.reserveCapacity(min(Int(length), limit))
    }

    fileprivate func openSocket(_ address: UnsafeMutablePointer<curl_sockaddr>) -> curl_socket_t {
        if !allowPrivate, let refusal = Self.refusal(of: address, allowing: allowedAddresses) {
            refusedAddress = refusal
            return CURL_SOCKET_BAD
        }
        return govsweep_open_socket(address)
    }

    private static func refusal(of address: UnsafeMutablePointer<curl_sockaddr>, allowing allowed: [AddressRange]) -> String? {
        let family = address.pointee.family
        let socketAddress = UnsafeRawPointer(address) + MemoryLayout<curl_sockaddr>.offset(of: \.addr)!
        if family == AF_INET {
            let offset = MemoryLayout<sockaddr_in>.offset(of: \.sin_addr)!
            let bytes = Array(UnsafeRawBufferPointer(start: socketAddress + offset, count: 4))
            return AddressGuard.refusal(address: bytes, allowing: allowed).map { "\(AddressGuard.describe(ipv4: bytes)) (\($0))" }
        }
        if family == AF_INET6 {
            let offset = MemoryLayout<sockaddr_in6>.offset(of: \.sin6_addr)!
            let bytes = Array(UnsafeRawBufferPointer(start: socketAddress + offset, count: 16))
            return AddressGuard.refusal(address: bytes, allowing: allowed).map { "\(AddressGuard.describe(ipv6: bytes)) (\($0))" }
        }
        return "non-IP address family \(family)"
    }
}

private func curlTransferWrite(
    data: UnsafeMutablePointer<CChar>?, size: Int, count: Int, context: UnsafeMutableRawPointer?
) -> Int {
    guard let context else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
    return transfer.receiveBody(UnsafeRawBufferPointer(start: data, count: size * count))
}

private func curlTransferHeader(
    data: UnsafeMutablePointer<CChar>?, size: Int, count: Int, context: UnsafeMutableRawPointer?
) -> Int {
    guard let context else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
    transfer.receiveHeader(UnsafeRawBufferPointer(start: data, count: size * count))
    return size * count
}

private func curlTransferOpenSocket(
    context: UnsafeMutableRawPointer?, purpose: curlsocktype, address: UnsafeMutablePointer<curl_sockaddr>?
) -> curl_socket_t {
    guard let context, let address else { return CURL_SOCKET_BAD }
    return Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue().openSocket(address)
}
