import Foundation
import NIOSSL

/// Reads certificates and keys from PEM files, turning every failure into a ``TLSSetupError``
/// that names the option and the file.
enum PEMFiles {
    static func read(option: String, path: String) throws(TLSSetupError) -> [UInt8] {
        do {
            return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
            throw .unreadableFile(option: option, path: path, reason: reason)
        }
    }

    /// Every certificate in the file, in order (leaf first for a chain); at least one.
    static func certificates(option: String, path: String) throws(TLSSetupError) -> [NIOSSLCertificate] {
        let bytes = try read(option: option, path: path)
        let certificates = (try? NIOSSLCertificate.fromPEMBytes(bytes)) ?? []
        guard !certificates.isEmpty else { throw .noCertificate(option: option, path: path) }
        return certificates
    }

    static func privateKey(option: String, path: String) throws(TLSSetupError) -> NIOSSLPrivateKey {
        let bytes = try read(option: option, path: path)
        guard let key = try? NIOSSLPrivateKey(bytes: bytes, format: .pem) else { throw .noPrivateKey(option: option, path: path) }
        return key
    }

    /// Builds the context, reporting a key that does not fit its certificate as such.
    static func context(_ configuration: TLSConfiguration, certificate: String?, key: String?) throws(TLSSetupError) -> NIOSSLContext {
        do {
            return try NIOSSLContext(configuration: configuration)
        } catch {
            throw .unusableIdentity(certificate: certificate ?? "-", key: key ?? "-", reason: "\(error)")
        }
    }
}
