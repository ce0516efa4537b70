#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import CCurl

/// How one finished hop went: its failure, if any, and what it tells the scheduler.
struct HopOutcome {
    var error: FetchError?
    var politeness: PolitenessScheduler.Outcome

    init(transfer: CurlTransfer, code: Int) {
        if code == 0 || (code == 23 && transfer.truncated) {
            error = nil
        } else if code == 63 || (code == 23 && transfer.exceededLimit) {
            error = .tooLarge(limit: transfer.maxBodyBytes)
        } else if code == 7, let refused = transfer.refusedAddress {
            error = .refusedAddress(refused)
        } else if transfer.headerBytes > CurlTransfer.headerLimit, code != 28 {
            // libcurl gives up on headers past its limit with a receive or out-of-memory error.
            error = .badResponse("response headers larger than \(CurlTransfer.headerLimit) bytes")
        } else {
            error = FetchError(curlCode: code, message: transfer.errorMessage)
        }
        politeness = Self.politeness(error: error, transfer: transfer)
    }

    private static func politeness(error: FetchError?, transfer: CurlTransfer) -> PolitenessScheduler.Outcome {
        switch error {
        case .connect?, .timeout?, .reset?, .other?: return .failure
        case .some: return .success
        case nil: break
        }
        let retryAfter = transfer.headers.last { $0.name == "retry-after" }.flatMap { parseRetryAfter($0.value) }
        switch transfer.status ?? 0 {
        case 429: return .slowDown(retryAfter: retryAfter)
        case 503 where retryAfter != nil: return .slowDown(retryAfter: retryAfter)
        case 500...599: return .failure
        default: return .success
        }
    }

    /// Retry-After as delta-seconds or an HTTP date.
    static func parseRetryAfter(_ value: String) -> Duration? {
        let trimmed = value.trimmingCharacters(in: " \t")
        if let seconds = Int(trimmed) { return .seconds(max(0, seconds)) }
        let date = govsweep_curl_getdate(trimmed)
        guard date >= 0 else { return nil }
        return .seconds(max(0, Int64(date) - Int64(time(nil))))
    }
}
