// swift-tools-version: 6.1
import PackageDescription

/// swiftpx: an interactive shell for parallel computing.
///
/// Targets follow two one-way chains (see README, "Layout"):
/// PXLang → PXRuntime → PXCodec → PXEngine/PXClient → PXShell, and
/// PXWire → PXTransport → PXController/PXEngine/PXClient.
let package = Package(
    name: "swiftpx",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "SwiftPX", targets: ["SwiftPX"]),
        .executable(name: "swiftpx", targets: ["swiftpx"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
        ),
        .target(name: "PXLang"),
        .target(
            name: "PXRuntime",
            dependencies: [
                "PXLang",
                .product(name: "Collections", package: "swift-collections"),
            ]
        ),
        .target(name: "PXLineEditor", dependencies: ["CEditLine"]),
        .target(
            name: "PXShell",
            dependencies: [
                "PXLang", "PXRuntime", "PXLineEditor",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "SwiftPX", dependencies: ["PXShell", "PXRuntime", "PXLang"]),
        .executableTarget(name: "LineEditorDemo", dependencies: ["PXLineEditor"]),
        .executableTarget(
            name: "swiftpx",
            dependencies: [
                "SwiftPX",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "PXTestSupport", dependencies: ["PXLang", "PXRuntime"]),
        .testTarget(name: "PXLangTests", dependencies: ["PXLang", "PXTestSupport"]),
        .testTarget(
            name: "PXRuntimeTests",
            dependencies: ["PXRuntime", "PXLang", "PXTestSupport"],
            resources: [.copy("Oracle")]
        ),
        .testTarget(
            name: "PXLineEditorTests",
            dependencies: ["PXLineEditor", "PXTestSupport", "LineEditorDemo"]
        ),
        .testTarget(name: "PXShellTests", dependencies: ["PXShell", "PXTestSupport"]),
        .testTarget(name: "TranscriptTests", dependencies: ["PXTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
