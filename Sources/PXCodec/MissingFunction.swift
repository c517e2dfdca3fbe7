/// The error for a built-in or registered function that an engine does not have, written by the engine and
/// completed by the client, which knows the plugin the function came from.
///
/// Engine: `function 'stats.norm' is not available on engine 1 (no plugins are loaded there)`.
/// Client, adding `Registry.origins`: `…; this shell has it from plugin '/p/libStatsPlugin.so': start the
/// engines with --plugin /p/libStatsPlugin.so`.
public enum MissingFunction {
    /// The exception class the engine raises.
    public static let exceptionName = "NameError"

    static let prefix = "function '"
    static let infix = "' is not available on "

    /// The engine's message.
    /// - Parameters:
    ///   - function: the qualified function name.
    ///   - engine: `engine 1`, or `this engine` before registration.
    ///   - plugins: the plugins loaded on the engine.
    public static func message(function: String, engine: String, plugins: [String]) -> String {
        let loaded = plugins.isEmpty ? "no plugins are loaded there" : "its plugins: \(plugins.joined(separator: ", "))"
        return prefix + function + infix + engine + " (\(loaded))"
    }

    /// The function named by an engine's message, or nil for any other message.
    public static func function(in message: String) -> String? {
        guard message.hasPrefix(prefix), let end = message.range(of: infix) else { return nil }
        return String(message[message.index(message.startIndex, offsetBy: prefix.count)..<end.lowerBound])
    }

    /// The engine's error completed with the plugin that provides the function here, if one does.
    /// - Parameters:
    ///   - info: an error from an engine.
    ///   - origins: `Registry.origins` of the client's registry.
    public static func attributing(_ info: RemoteErrorInfo, origins: [String: String]) -> RemoteErrorInfo {
        guard info.name == exceptionName, let function = function(in: info.message), let plugin = origins[function]
        else {
            return info
        }
        let message =
            info.message + "; this shell has it from plugin '\(plugin)': start the engines with --plugin \(plugin)"
        return RemoteErrorInfo(name: info.name, message: message, traceback: ["\(info.name): \(message)"])
    }
}
