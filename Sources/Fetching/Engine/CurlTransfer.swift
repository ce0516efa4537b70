import CCurl

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// One HTTP exchange (one redirect hop) on a libcurl easy handle.
///
/// Owned by the engine's loop thread: created there, driven by the multi handle there, read and
/// freed there. The handle never leaves this type; callbacks reach it through `context`.
final class CurlTransfer {
    let ticket: Int
    let handle: UnsafeMutableRawPointer
    private let bodyPolicy: FetchRequest.BodyPolicy
    let maxBodyBytes: Int
    private let allowPrivate: Bool
    private let allowedAddresses: [AddressRange]
    private var headerList: UnsafeMutablePointer<curl_slist>?
    private var resolveList: UnsafeMutablePointer<curl_slist>?
    private let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE))

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

    /// Configures an easy handle for `url`; nil when libcurl cannot make one.
    init?(
        ticket: Int, url: String, request: FetchRequest, verifyTLS: Bool, configuration: FetchConfiguration
    ) {
        guard let handle = curl_easy_init() else { return nil }
        self.ticket = ticket
        self.handle = handle
        self.bodyPolicy = request.body
        self.maxBodyBytes = configuration.maxBodyBytes
        self.allowPrivate = configuration.allowPrivate
        self.allowedAddresses = configuration.allowedAddresses
        errorBuffer.initialize(to: 0)
        configure(url: url, request: request, verifyTLS: verifyTLS, configuration: configuration)
    }

    deinit {
        curl_easy_cleanup(handle)
        curl_slist_free_all(headerList)
        curl_slist_free_all(resolveList)
        errorBuffer.deallocate()
    }

    private func configure(url: String, request: FetchRequest, verifyTLS: Bool, configuration: FetchConfiguration) {
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
        govsweep_easy_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer)
        if CurlRuntime.supportsHTTP2 {
            govsweep_easy_setopt_long(handle, CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_2TLS))
        }
        if request.method == .head { govsweep_easy_setopt_long(handle, CURLOPT_NOBODY, 1) }
        if case .keep = request.body {
            // Refuse at once when Content-Length already says the body is too large.
            govsweep_easy_setopt_off(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(configuration.maxBodyBytes))
        }
        let ownNames = Set(request.headers.map(Self.headerName))
        for line in configuration.defaultHeaders where !ownNames.contains(Self.headerName(line)) {
            headerList = curl_slist_append(headerList, line)
        }
        for line in request.headers { headerList = curl_slist_append(headerList, line) }
        if let headerList { govsweep_easy_setopt_slist(handle, CURLOPT_HTTPHEADER, headerList) }
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
    var errorMessage: String { String(cString: errorBuffer) }

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
            return
        }
        guard let colon = line.firstIndex(of: ":") else { return }
        let name = line[..<colon].lowercased()
        let value = String(line[line.index(after: colon)...]).trimmingCharacters(in: " \t\r\n")
        headers.append(HeaderField(name: name, value: value))
    }

    /// Returns how many bytes were taken; fewer than offered stops the transfer.
    fileprivate func receiveBody(_ data: UnsafeRawBufferPointer) -> Int {
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
