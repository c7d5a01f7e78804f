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
        .executableTarget(
            name: "chartr",
            dependencies: ["ChartRender"],
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
        .executableTarget(
            name: "chartr-bench",
            dependencies: ["ChartRender"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "ChartRenderTests",
            dependencies: ["ChartRender"],
            exclude: ["Golden", "Fixtures", "Conformance"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)
