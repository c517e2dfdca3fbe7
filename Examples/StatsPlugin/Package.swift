// swift-tools-version: 6.1
import PackageDescription

/// A swiftpx plugin: a dynamic library with one C entry point, `swiftpx_plugin_register`.
///
/// Build it with `swift build --package-path Examples/StatsPlugin`, then load it into the shell and every
/// engine the shell starts with `swiftpx --plugin Examples/StatsPlugin/.build/debug/libStatsPlugin.so`.
let package = Package(
    name: "StatsPlugin",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "StatsPlugin", type: .dynamic, targets: ["StatsPlugin"])
    ],
    dependencies: [
        .package(name: "swiftpx", path: "../..")
    ],
    targets: [
        .target(name: "StatsPlugin", dependencies: [.product(name: "SwiftPX", package: "swiftpx")])
    ],
    swiftLanguageModes: [.v6]
)
