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
        .target(
            name: "SwiftPX",
            dependencies: [
                "PXShell", "PXRuntime", "PXLang",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "swiftpx",
            dependencies: ["SwiftPX"]
        ),
        .executableTarget(name: "LineEditorDemo", dependencies: ["PXLineEditor"]),
        .target(name: "PXTestSupport"),
        .testTarget(name: "PXLangTests", dependencies: ["PXLang"]),
        .testTarget(
            name: "PXRuntimeTests",
            dependencies: ["PXRuntime", "PXLang", "PXTestSupport"],
            exclude: ["Oracle"]
        ),
        .testTarget(
            name: "PXLineEditorTests",
            dependencies: ["PXLineEditor", "PXTestSupport", "LineEditorDemo"]
        ),
        .testTarget(name: "PXShellTests", dependencies: ["PXShell", "PXRuntime", "PXLineEditor"]),
        .testTarget(
            name: "TranscriptTests",
            dependencies: ["PXTestSupport", "PXLang", "swiftpx"],
            exclude: ["Sessions", "Golden"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
