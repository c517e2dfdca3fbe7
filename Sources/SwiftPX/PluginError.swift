/// Why a plugin library could not be loaded. Every message names the plugin; `within(_:)` adds which process
/// (an engine) was loading it.
public struct PluginError: Error, CustomStringConvertible, Sendable {
    enum Base: Sendable, Equatable {
        case notFound(reason: String)
        case cannotLoad(reason: String)
        case noEntryPoint
        case versionMismatch(plugin: String)
        case failed(reason: String)
    }

    let base: Base
    /// The path as given.
    public let path: String
    /// The process that was loading it (`engine 2 on host (pid 123)`), or nil for this shell.
    public private(set) var loader: String?

    /// The file does not exist or cannot be resolved.
    static func notFound(_ path: String, reason: String) -> PluginError {
        PluginError(base: .notFound(reason: reason), path: path)
    }
    /// `dlopen` refused the file (not a shared library, missing symbols, wrong architecture).
    static func cannotLoad(_ path: String, reason: String) -> PluginError {
        PluginError(base: .cannotLoad(reason: reason), path: path)
    }
    /// The library does not export `swiftpx_plugin_register`.
    static func noEntryPoint(_ path: String) -> PluginError { PluginError(base: .noEntryPoint, path: path) }
    /// The library was built against another version of the SwiftPX library.
    static func versionMismatch(_ path: String, plugin: String) -> PluginError {
        PluginError(base: .versionMismatch(plugin: plugin), path: path)
    }
    /// Registering threw, or exported something the host cannot take.
    static func failed(_ path: String, reason: String) -> PluginError {
        PluginError(base: .failed(reason: reason), path: path)
    }

    init(base: Base, path: String) {
        self.base = base
        self.path = path
    }

    /// The same error, naming the process that was loading the plugin.
    public func within(_ loader: String) -> PluginError {
        var copy = self
        copy.loader = loader
        return copy
    }

    /// The host's side of a version comparison: `swiftpx 0.1.0 (plugin ABI 1)`.
    static var hostVersion: String { "swiftpx \(PluginABI.libraryVersion) (plugin ABI \(PluginABI.version))" }

    public var description: String {
        let text: String
        switch base {
        case .notFound(let reason): text = "cannot load plugin '\(path)': \(reason)"
        case .cannotLoad(let reason): text = "cannot load plugin '\(path)': \(reason)"
        case .noEntryPoint:
            text = "plugin '\(path)' is not a swiftpx plugin: it has no entry point '\(PluginABI.entryPoint)'"
        case .versionMismatch(let plugin):
            text =
                "plugin '\(path)' was built against \(plugin), but this is \(PluginError.hostVersion): "
                + "rebuild the plugin against this version"
        case .failed(let reason): text = "plugin '\(path)' failed to register: \(reason)"
        }
        return loader.map { "\($0): \(text)" } ?? text
    }
}
