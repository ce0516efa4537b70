import CLibXML

/// libxml2's process-wide state, initialised exactly once before the first parse.
public enum LibXMLRuntime {
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// Initialises libxml2 if it is not yet; safe to call from any thread, any number of times.
    @discardableResult
    public static func ensureInitialised() -> Bool { initialised }

    /// The linked libxml2's version, e.g. `20914`.
    public static var version: String {
        ensureInitialised()
        return String(LIBXML_VERSION)
    }
}
