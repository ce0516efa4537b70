// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "GovSweep",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "govsweep", targets: ["govsweep"]),
        .library(name: "GovSweepProtocol", targets: ["GovSweepProtocol"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
    ],
    targets: [
        // C shims: system libraries found through pkg-config.
        .systemLibrary(
            name: "CCurl",
            path: "Sources/CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML",
            path: "Sources/CLibXML",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),

        // Wire protocol and the value types shared by coordinator and worker.
        .target(
            name: "GovSweepProtocol",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Sources/Protocol"
        ),

        // TLS for the coordinator–worker channel: contexts built from PEM files, with clear errors.
        .target(
            name: "ChannelSecurity",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),

        // Worker side: fetching (libcurl), page analysis (libxml2), the crawl loop.
        .target(
            name: "Fetching",
            dependencies: [
                "CCurl",
                "GovSweepProtocol",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "PageAnalysis",
            dependencies: ["CLibXML", "GovSweepProtocol"]
        ),
        .target(
            name: "Worker",
            dependencies: [
                "GovSweepProtocol",
                "ChannelSecurity",
                "Fetching",
                "PageAnalysis",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),

        // Coordinator side: judgement, durable state, scheduling, reports.
        .target(
            name: "Rules",
            dependencies: ["GovSweepProtocol"]
        ),
        .target(
            name: "Coordinator",
            dependencies: [
                "GovSweepProtocol",
                "ChannelSecurity",
                "Rules",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]
        ),
        .target(
            name: "Reports",
            dependencies: [
                "GovSweepProtocol",
                "Rules",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // Availability monitoring over a week (站点无法访问, 首页不更新).
        .target(
            name: "Monitor",
            dependencies: [
                "GovSweepProtocol",
                "Rules",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),

        // The simulated province used by the demo, the end-to-end tests and the benchmark.
        .target(
            name: "DemoProvince",
            dependencies: [
                "GovSweepProtocol",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),

        .executableTarget(
            name: "govsweep",
            dependencies: [
                "GovSweepProtocol", "ChannelSecurity", "Fetching", "PageAnalysis", "Worker", "Rules",
                "Coordinator", "Reports", "DemoProvince", "Monitor",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            path: "Sources/GovSweepCLI"
        ),

        // Benchmark of the fetch engine against a loopback server (scripts/bench-fetch); not part of the CLI.
        .executableTarget(
            name: "FetchBenchmark",
            dependencies: ["Fetching", "TestSupport"],
            path: "Benchmarks/FetchBenchmark"
        ),

        // Benchmark of the protocol's coding and charset detection (scripts/bench-protocol); not part of the CLI.
        .executableTarget(
            name: "ProtocolBenchmark",
            dependencies: ["GovSweepProtocol"],
            path: "Benchmarks/ProtocolBenchmark"
        ),

        // Test support: loopback HTTP servers with faults, fixture loading.
        .target(
            name: "TestSupport",
            dependencies: [
                "GovSweepProtocol",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            path: "Tests/TestSupport"
        ),
        .testTarget(name: "ProtocolTests", dependencies: ["GovSweepProtocol"]),
        .testTarget(name: "ChannelSecurityTests", dependencies: ["ChannelSecurity", "TestSupport"]),
        .testTarget(name: "FetchingTests", dependencies: ["Fetching", "TestSupport", "DemoProvince"]),
        .testTarget(name: "PageAnalysisTests", dependencies: ["PageAnalysis"]),
        .testTarget(name: "WorkerTests", dependencies: ["Worker", "Coordinator", "TestSupport"]),
        .testTarget(name: "RulesTests", dependencies: ["Rules"]),
        .testTarget(name: "CoordinatorTests", dependencies: ["Coordinator", "Worker", "TestSupport", "ChannelSecurity"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports"]),
        .testTarget(name: "DemoProvinceTests", dependencies: ["DemoProvince"]),
        .testTarget(name: "EndToEndTests", dependencies: ["DemoProvince", "GovSweepProtocol", "TestSupport"]),
        .testTarget(name: "MonitorTests", dependencies: ["Monitor"]),
        // docker/: the Kubernetes manifests validate (scripts/check-k8s).
        .testTarget(name: "DeploymentTests", path: "Tests/DeploymentTests"),
    ]
)

// Every Swift target sees only the members of the modules its file imports (SE-0444), so each
// file's imports say what it depends on.
for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [.enableUpcomingFeature("MemberImportVisibility")]
}
