extension FetchError {
    /// The failure a libcurl result code stands for (`CURLcode` values from curl.h).
    init(curlCode: Int, message: String) {
        switch curlCode {
        case 5, 6: self = .dns(message)
        case 7: self = .connect(message)
        case 28: self = .timeout(message)
        case 35, 53, 54, 58, 59, 60, 64, 66, 77, 80, 82, 83, 90, 91, 98: self = .tls(message)
        case 8: self = .badResponse(message)
        case 16, 18, 52, 55, 56, 92, 95: self = .reset(message)
        case 47: self = .tooManyRedirects(chain: [])
        // Only http(s) URLs are ever handed to libcurl, so "unsupported protocol" means the
        // server's answer was not HTTP (libcurl refuses HTTP/0.9-style answers with this code).
        case 1: self = .badResponse(message)
        case 3: self = .invalidURL(message)
        default: self = .other(code: curlCode, message: message)
        }
    }

    /// True for the libcurl codes meaning the peer's certificate failed verification (not the handshake).
    static func isCertificateFailure(curlCode: Int) -> Bool {
        curlCode == 60
    }
}
