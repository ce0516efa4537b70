/// Why a TLS context could not be built from the operator's files; the text says what to fix.
public enum TLSSetupError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `option` names a file that does not exist or cannot be read.
    case unreadableFile(option: String, path: String, reason: String)
    /// The file holds no PEM certificate (or a damaged one).
    case noCertificate(option: String, path: String)
    /// The file holds no PEM private key that can be parsed (or it is encrypted).
    case noPrivateKey(option: String, path: String)
    /// The certificate and key were read but do not make a context (most often: they do not belong together).
    case unusableIdentity(certificate: String, key: String, reason: String)
    /// A combination of options that cannot work.
    case incompleteOptions(String)

    public var description: String {
        switch self {
        case .unreadableFile(let option, let path, let reason):
            return "\(option) \(path): cannot read the file (\(reason)); check the path and that this user may read it"
        case .noCertificate(let option, let path):
            return "\(option) \(path): no PEM certificate in the file; expected one or more '-----BEGIN CERTIFICATE-----' blocks"
        case .noPrivateKey(let option, let path):
            return "\(option) \(path): no usable PEM private key in the file; expected an unencrypted '-----BEGIN PRIVATE KEY-----' (or RSA/EC) block"
        case .unusableIdentity(let certificate, let key, let reason):
            return "--tls-cert \(certificate) and --tls-key \(key) cannot be used together (\(reason)); check that the key is the certificate's own"
        case .incompleteOptions(let text):
            return text
        }
    }
}
