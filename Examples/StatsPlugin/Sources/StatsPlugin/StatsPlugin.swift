import SwiftPX

/// The plugin's one C entry point: swiftpx calls it when it loads the library.
@_cdecl("swiftpx_plugin_register")
public func swiftpxPluginRegister(_ host: UnsafeMutableRawPointer?) -> Int32 {
    Plugin.register(host: host) { registry in
        registry.declareModule("stats", doc: "Descriptive statistics, from the StatsPlugin example.")
        registry.register("stats.norm", doc: "Euclidean norm of a vector.", parameters: ["xs"]) { (xs: [Double]) in
            xs.reduce(0) { $0 + $1 * $1 }.squareRoot()
        }
    }
}
