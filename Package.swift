// swift-tools-version: 6.1
import PackageDescription

/// swiftpx: an interactive shell for parallel computing.
///
/// Targets follow two one-way chains (see docs/architecture.md):
/// PXLang → PXRuntime → PXCodec → PXEngine/PXClient → PXShell, and
/// PXWire → PXTransport → PXController/PXEngine/PXSession → PXClient/PXLaunch.
let package = Package(
    name: "swiftpx",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "SwiftPX", targets: ["SwiftPX"]),
        .executable(name: "swiftpx", targets: ["swiftpx"]),
        // The plugin example, also built here (from the same sources as its own package in Examples/StatsPlugin)
        // so that the tests load a plugin without building the whole library a second time.
        .library(name: "StatsPluginExample", type: .dynamic, targets: ["StatsPluginExample"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
        ),
        // Linux interfaces for PXWire and PXTransport that the Glibc module leaves out (epoll, pipe2, posix_spawn's
        // working directory, memfd_create and seals, SCM_RIGHTS); nothing to link.
        .systemLibrary(name: "CLinux"),
        // OpenBLAS (CBLAS) and LAPACKE for matmul, dot and np.linalg: their headers, and a loader that opens the
        // libraries on first use (dlopen), so a process that never calls BLAS never starts OpenBLAS's threads.
        .target(name: "COpenBLAS"),
        // The C maths the array kernels inline (`squareRoot()` is libm's sqrt) need not set errno, as numpy's
        // loops do not: the compiler then vectorises `np.sqrt` instead of calling libm per element.
        .target(
            name: "PXNumeric",
            dependencies: ["COpenBLAS", "CArrayKernels", "CLinux"],
            swiftSettings: [.unsafeFlags(["-Xcc", "-fno-math-errno"])]
        ),
        // The array loops Swift leaves scalar (comparisons into bools, numpy's pairwise sum, mask selection) and numpy's
        // own float routines (float32 exp, log, sin, cos, tanh; float64 tanh), in C that clang vectorises, with AVX2
        // and AVX-512 versions picked at run time on x86-64; C standard library only.
        .target(name: "CArrayKernels"),
        // Every thread allocates from glibc's main arena (set before main by a constructor), so that trimming gives
        // back all the memory a burst freed: a thread arena's top stays resident. C standard library only.
        .target(name: "CAllocator"),
        .target(name: "PXLang"),
        // Integers of any size: pure arithmetic on 64-bit limbs, stdlib only.
        .target(name: "PXBigInt"),
        .target(
            name: "PXRuntime",
            dependencies: [
                "PXLang", "PXNumeric", "PXBigInt",
                .product(name: "DequeModule", package: "swift-collections"),
                .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),
        .target(name: "PXLineEditor", dependencies: ["CEditLine"]),
        .target(
            name: "PXShell",
            dependencies: [
                "PXLang", "PXRuntime", "PXLineEditor", "PXClient", "PXSession", "PXWire",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "PXWire", dependencies: ["CLinux", .product(name: "Crypto", package: "swift-crypto")]),
        .target(
            name: "PXTransport",
            dependencies: [
                "PXWire", "CLinux", "CAllocator",
                .product(name: "DequeModule", package: "swift-collections"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .target(
            name: "PXController",
            dependencies: [
                "PXWire", "PXTransport",
                .product(name: "DequeModule", package: "swift-collections"),
                .product(name: "HeapModule", package: "swift-collections"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(name: "PXCodec", dependencies: ["PXRuntime", "PXNumeric", "PXLang", "PXWire", "PXBigInt"]),
        .target(
            name: "PXEngine",
            dependencies: [
                "PXRuntime", "PXCodec", "PXWire", "PXTransport",
                .product(name: "DequeModule", package: "swift-collections"),
            ]
        ),
        .target(name: "PXSession", dependencies: ["PXWire", "PXTransport"]),
        .target(
            name: "PXClient",
            dependencies: ["PXSession", "PXRuntime", "PXNumeric", "PXCodec", "PXLang", "PXWire", "PXTransport"]
        ),
        .target(name: "PXLaunch", dependencies: ["PXSession", "PXTransport", "PXWire"]),
        // `swiftpx bench`: the measurements and the physical floor they are compared with (echo engines, ping-pong,
        // stream). Only the bench command and tests use it.
        .target(
            name: "PXBench",
            dependencies: [
                "PXClient", "PXController", "PXLaunch", "PXRuntime", "PXSession", "PXTransport", "PXWire",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "SwiftPX",
            dependencies: [
                "PXShell", "PXRuntime", "PXNumeric", "PXCodec", "PXClient", "PXSession", "PXEngine", "PXController",
                "PXBench",
                "PXTransport", "PXWire", "PXLaunch",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "swiftpx",
            dependencies: ["SwiftPX"]
        ),
        .executableTarget(name: "LineEditorDemo", dependencies: ["PXLineEditor"]),
        // Runs one oracle-corpus program in a child process, for the programs that may still trap.
        .executableTarget(name: "OracleRunner", dependencies: ["PXRuntime"]),
        .target(name: "PXTestSupport", dependencies: ["PXTransport"]),
        .target(name: "StatsPluginExample", dependencies: ["SwiftPX"], path: "Examples/StatsPlugin/Sources/StatsPlugin"),
        .testTarget(name: "PXLangTests", dependencies: ["PXLang"]),
        .testTarget(name: "PXNumericTests", dependencies: ["PXNumeric", "CArrayKernels"], exclude: ["Oracle"]),
        .testTarget(name: "PXBigIntTests", dependencies: ["PXBigInt"]),
        .testTarget(
            name: "PXRuntimeTests",
            dependencies: ["PXRuntime", "PXNumeric", "PXLang", "PXTestSupport", "OracleRunner"],
            exclude: ["Oracle", "NumpyOracle", "NumpyEdgeCases", "RandomOracle"]
        ),
        .testTarget(
            name: "PXLineEditorTests",
            dependencies: ["PXLineEditor", "PXTestSupport", "LineEditorDemo"]
        ),
        .testTarget(
            name: "PXShellTests",
            dependencies: [
                "PXShell", "PXRuntime", "PXLineEditor", "PXClient", "PXSession", "PXWire",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "TranscriptTests",
            dependencies: ["PXTestSupport", "PXTransport", "PXLang", "PXRuntime", "swiftpx"],
            exclude: ["Sessions", "Golden", "IPythonOracle", "TutorialOracle", "ScriptTracebacks"]
        ),
        .testTarget(name: "PXWireTests", dependencies: ["PXWire", "CLinux"]),
        .testTarget(name: "PXControllerTests", dependencies: ["PXController", "PXTransport", "PXWire"]),
        .testTarget(
            name: "PXTransportTests",
            dependencies: [
                "PXTransport", "PXController", "PXWire", "PXBench",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "ParallelTests", dependencies: ["CLinux", "PXTestSupport", "PXTransport", "swiftpx"]),
        .testTarget(name: "PXClientTests",
                    dependencies: ["PXClient", "PXSession", "PXCodec", "PXWire", "PXRuntime", "PXTestSupport"],
                    exclude: ["Members"]),
        .testTarget(name: "PXEngineTests", dependencies: ["PXEngine", "PXCodec", "PXRuntime", "PXWire"]),
        .testTarget(name: "PXSessionTests", dependencies: ["PXSession", "PXWire", "PXTransport"]),
        .testTarget(name: "PXCodecTests", dependencies: ["PXCodec", "PXRuntime", "PXLang", "PXWire", "PXBigInt", "PXNumeric"]),
        .testTarget(name: "PXLaunchTests", dependencies: ["PXLaunch", "PXWire"]),
        .testTarget(name: "ClusterTests", dependencies: ["PXLaunch", "PXTestSupport", "PXTransport", "swiftpx"],
                    exclude: ["IPyParallel"]),
        .testTarget(name: "SwiftPXTests", dependencies: ["SwiftPX", "PXRuntime", "PXTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
