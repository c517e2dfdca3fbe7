import SwiftPX

/// The plugin's one C entry point: swiftpx calls it once when it loads the library, in the shell and in every
/// engine. `Plugin.register` checks that this library and the host were built from the same SwiftPX version,
/// then exports everything the closure registers.
@_cdecl("swiftpx_plugin_register")
public func swiftpxPluginRegister(_ host: UnsafeMutableRawPointer?) -> Int32 {
    Plugin.register(host: host) { registry in
        Statistics.install(into: registry)
    }
}
