import PXCodec
import PXRuntime

/// What a plugin library calls from its entry point to hand its functions to the swiftpx that loaded it.
///
/// A plugin is a Swift package whose `.dynamic` library product depends on `SwiftPX` and exports one C
/// function:
///
/// ```swift
/// import SwiftPX
///
/// @_cdecl("swiftpx_plugin_register")
/// public func swiftpxPluginRegister(_ host: UnsafeMutableRawPointer?) -> Int32 {
///     Plugin.register(host: host) { registry in
///         registry.register("stats.norm", doc: "Euclidean norm", parameters: ["xs"]) { (xs: [Double]) in
///             xs.reduce(0) { $0 + $1 * $1 }.squareRoot()
///         }
///     }
/// }
/// ```
///
/// Load it with `swiftpx --plugin PATH` (the shell and every engine it starts) or `swiftpx engine --plugin PATH`.
/// The library carries its own copy of SwiftPX; arguments and results cross between the copies as encoded
/// values (`PluginABI`), so the plugin and its host never share an object.
public enum Plugin {
    /// Registers the plugin's functions, modules and constants with the host.
    /// - Parameters:
    ///   - host: the pointer the host passed to `swiftpx_plugin_register`.
    ///   - body: registers into a registry, exactly as an executable does; everything it registers is exported.
    /// - Returns: a `PluginABI.Status` raw value, the entry point's result.
    public static func register(host: UnsafeMutableRawPointer?, _ body: (Registry) throws -> Void) -> Int32 {
        guard let host, host.load(as: UInt32.self) == PluginABI.magic else { return PluginABI.Status.badHost.rawValue }
        // The first four fields are the same in every ABI version: read them before trusting the rest.
        let hostABI = host.load(fromByteOffset: 4, as: UInt32.self)
        let context = host.load(fromByteOffset: 8, as: UnsafeMutableRawPointer?.self)
        let identify = host.load(fromByteOffset: 16, as: PluginIdentify.self)
        let answer = PluginABI.libraryVersion.withCString { identify(context, PluginABI.version, $0) }
        guard answer == 0, hostABI == PluginABI.version else { return PluginABI.Status.versionMismatch.rawValue }
        let table = host.load(as: PluginHostTable.self)
        let runtime = PluginRuntime()
        do {
            let names = try runtime.registry.collectingNames(body)
            try export(names, from: runtime, to: table)
            return PluginABI.Status.registered.rawValue
        } catch {
            String(describing: error).withCString { table.fail(table.context, $0) }
            return PluginABI.Status.failed.rawValue
        }
    }

    static func export(_ names: [String], from runtime: PluginRuntime, to table: PluginHostTable)
        throws(PluginExportError)
    {
        for name in names {
            if runtime.registry.isStatefulModule(name) {
                throw PluginExportError("module '\(name)' makes its members per interpreter, which a plugin cannot")
            }
            guard let definition = PluginDefinition(name: name, in: runtime.registry) else { continue }
            let bytes: [UInt8]
            do { bytes = try definition.encoded() } catch {
                throw PluginExportError("'\(name)' cannot be exported: \(error)")
            }
            var token: UnsafeMutableRawPointer?
            var call: PluginCall?
            if case .function = definition, case .builtin(let function)? = runtime.registry.value(named: name) {
                // Retained for the life of the process: the host keeps calling it, and plugins are never unloaded.
                token = Unmanaged.passRetained(ExportedFunction(function: function, runtime: runtime)).toOpaque()
                call = ExportedFunction.call
            }
            let status = bytes.withUnsafeBufferPointer {
                table.define(table.context, $0.baseAddress, $0.count, token, call)
            }
            if status != 0 { throw PluginExportError("the host refused '\(name)'") }
        }
    }
}

/// Why a plugin could not export what it registered.
struct PluginExportError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
