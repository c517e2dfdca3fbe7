// swift-tools-version: 6.1
import PackageDescription

/// Your own swiftpx: an executable that registers Swift functions and hands over to `SwiftPX.main`.
///
/// It is shell, controller and engine at once, so the engines it starts run the same executable and know the
/// same functions. Build and run it with `swift run --package-path Examples/CustomShell custom-shell -n 2`.
let package = Package(
    name: "CustomShell",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "custom-shell", targets: ["CustomShell"])
    ],
    dependencies: [
        .package(name: "swiftpx", path: "../..")
    ],
    targets: [
        .executableTarget(name: "CustomShell", dependencies: [.product(name: "SwiftPX", package: "swiftpx")])
    ],
    swiftLanguageModes: [.v6]
)
