import Foundation
import Testing

/// The Kubernetes manifests under docker/k8s render with `kubectl kustomize`, validate against
/// Kubernetes' schemas (kubernetes-validate, strict) and keep the batch semantics the deployment
/// relies on; `scripts/check-k8s` does the work, this test fails when it does.
@Suite("Kubernetes manifests")
struct KubernetesManifestTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("docker/k8s renders and validates (scripts/check-k8s)")
    func manifestsValidate() throws {
        let process = Process()
        process.executableURL = Self.repository.appendingPathComponent("scripts/check-k8s")
        process.currentDirectoryURL = Self.repository
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "scripts/check-k8s failed (status \(process.terminationStatus)):\n\(text)")
        #expect(text.contains("every manifest validates"), "\(text)")
    }
}
