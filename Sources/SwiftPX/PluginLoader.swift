import PXRuntime

#if canImport(Glibc)
    import Glibc
#endif

/// Loads plugin libraries into a registry: the host side of `PluginABI`.
///
/// Each plugin is opened with `dlopen` (all symbols bound at once, kept local to the library), its one entry
/// point `swiftpx_plugin_register` is looked up with `dlsym` and called with a `PluginHostTable`. The versions
/// are compared before the plugin registers anything, and the plugin's functions are added only when every
/// definition arrived, so a failing plugin leaves the registry as it was. Plugins are never unloaded: the
/// Swift runtime does not support unloading a library whose types it has seen.
public enum PluginLoader {
    /// Loads each plugin into `registry`, in order.
    /// - Parameters:
    ///   - paths: plugin library paths, absolute or relative to the working directory.
    ///   - registry: where the plugins' functions go, marked with the plugin as their origin.
    /// - Returns: the plugins' absolute paths, in order (what engines started from here are given).
    /// - Throws: `PluginError` for the first plugin that cannot be loaded.
    @discardableResult
    public static func load(_ paths: [String], into registry: Registry) throws(PluginError) -> [String] {
        var loaded: [String] = []
        for path in paths { loaded.append(try load(path, into: registry)) }
        return loaded
    }

    /// Loads one plugin into `registry`.
    /// - Returns: its absolute path.
    @discardableResult
    /// - Throws: `PluginError`: a bad path, not a library, no entry point, another version, or a failed registration.
    public static func load(_ path: String, into registry: Registry) throws(PluginError) -> String {
        let absolute = try resolve(path)
        guard let handle = dlopen(absolute, RTLD_NOW | RTLD_LOCAL) else {
            throw PluginError.cannotLoad(path, reason: lastError(removing: absolute))
        }
        guard let symbol = dlsym(handle, PluginABI.entryPoint) else { throw PluginError.noEntryPoint(path) }
        let entry = unsafeBitCast(symbol, to: PluginEntryPoint.self)
        let session = PluginSession(registry: registry)
        let status = withExtendedLifetime(session) {
            var table = PluginHostTable(
                context: Unmanaged.passUnretained(session).toOpaque(),
                identify: PluginSession.identify, define: PluginSession.define,
                fail: PluginSession.fail)
            return withUnsafeMutablePointer(to: &table) { entry(UnsafeMutableRawPointer($0)) }
        }
        if let version = session.mismatchedVersion { throw PluginError.versionMismatch(path, plugin: version) }
        switch PluginABI.Status(rawValue: status) {
        case .registered?:
            if let problem = session.problem { throw PluginError.failed(path, reason: problem) }
            session.install(origin: absolute)
            return absolute
        case .versionMismatch?:
            throw PluginError.versionMismatch(path, plugin: "a version that refused \(PluginError.hostVersion)")
        case .badHost?:
            throw PluginError.failed(path, reason: "it did not recognize the host table")
        case .failed?:
            throw PluginError.failed(path, reason: session.problem ?? "no reason given")
        case nil:
            throw PluginError.failed(path, reason: "its entry point returned \(status)")
        }
    }

    /// The absolute path of an existing file.
    static func resolve(_ path: String) throws(PluginError) -> String {
        guard !path.isEmpty else { throw PluginError.notFound(path, reason: "empty path") }
        guard let resolved = realpath(path, nil) else {
            throw PluginError.notFound(path, reason: String(cString: strerror(errno)).lowercased())
        }
        defer { free(resolved) }
        var info = stat()
        guard stat(resolved, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            throw PluginError.notFound(path, reason: "not a file")
        }
        return String(cString: resolved)
    }

    /// `dlerror()`'s text without the path it starts with.
    static func lastError(removing path: String) -> String {
        guard let text = dlerror().map({ String(cString: $0) }) else { return "unknown error" }
        return text.hasPrefix(path + ": ") ? String(text.dropFirst(path.count + 2)) : text
    }
}
