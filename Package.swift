// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "chartr",
    products: [
        .library(name: "ChartRender", targets: ["ChartRender"]),
        .executable(name: "chartr", targets: ["chartr"]),
    ],
    targets: [
        .target(
            name: "ChartRender",
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        // The command line as a library: flags, `render`/`install`, output-dir; tested in-process.
        .target(
            name: "ChartrCLI",
            dependencies: ["ChartRender"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        // A thin shell over ChartrCLI: argv and environment in, bytes and exit code out.
        .executableTarget(
            name: "chartr",
            dependencies: ["ChartrCLI"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .executableTarget(
            name: "chartr-bench",
            dependencies: ["ChartRender"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "ChartRenderTests",
            dependencies: ["ChartRender", "ChartrCLI"],
            exclude: ["Golden", "Fixtures", "Conformance"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)
