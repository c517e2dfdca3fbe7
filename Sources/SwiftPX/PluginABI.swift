/// The C interface between swiftpx (the host) and a plugin library.
///
/// A plugin is a shared library that exports one C function, `swiftpx_plugin_register`, of type
/// `PluginEntryPoint`. The host calls it once with a pointer to a `PluginHostTable`:
///
/// ```
/// offset  field      C type                                   stable across ABI versions
///  0      magic      uint32_t   'SWPX' (0x58505753)            yes
///  4      abi        uint32_t   the host's PluginABI.version   yes
///  8      context    void *     the host's loading session     yes
/// 16      identify   int32_t (*)(void *ctx, uint32_t abi, const char *library_version)   yes
/// 24      define     int32_t (*)(void *ctx, const uint8_t *def, size_t n, void *fn, call)
/// 32      fail       void (*)(void *ctx, const char *message)
/// ```
///
/// The plugin first calls `identify` with the ABI version and library version it was built with; the host
/// answers 0 to go on or nonzero to stop (it then reports the mismatch). Only when both agree does the plugin
/// read the rest of the table: it calls `define` once per module, function and constant it registered, and
/// `fail` if registering threw. Definitions are `ValueCodec` bytes (`PluginDefinition`).
///
/// A call goes through the `PluginCall` the plugin gave with the function: arguments are the encoded tuple
/// `(positional, [(keyword, value)])`; the plugin answers once through `PluginReply` with the encoded tuple
/// `(status, value or exception, stdout, stderr)`. Values are copied both ways, so the plugin's own copy of
/// the library never shares an object with the host's.
public enum PluginABI {
    /// The exported C symbol every plugin defines.
    public static let entryPoint = "swiftpx_plugin_register"
    /// The table's first field: the bytes `SWPX`.
    public static let magic: UInt32 = 0x5850_5753
    /// The version of this interface; incremented for any change of the table, the encodings or the statuses.
    public static let version: UInt32 = 1
    /// The version of the SwiftPX library; a plugin must be built against the same version as its host.
    public static let libraryVersion = "0.1.0"

    /// What the entry point returns.
    public enum Status: Int32, Sendable {
        /// Registered.
        case registered = 0
        /// The host or the plugin refused the other's versions.
        case versionMismatch = 1
        /// The table is not a swiftpx host table.
        case badHost = 2
        /// Registering threw; the plugin called `fail` with the reason.
        case failed = 3
    }
}

/// The C type of a plugin's entry point: `int32_t swiftpx_plugin_register(void *host)`.
public typealias PluginEntryPoint = @convention(c) (UnsafeMutableRawPointer?) -> Int32

/// `identify(context, abi, library_version)`: 0 to go on.
public typealias PluginIdentify = @convention(c) (UnsafeMutableRawPointer?, UInt32, UnsafePointer<CChar>?) -> Int32

/// `define(context, bytes, count, function, call)`: 0 when accepted.
public typealias PluginDefine =
    @convention(c) (
        UnsafeMutableRawPointer?, UnsafePointer<UInt8>?, Int, UnsafeMutableRawPointer?, PluginCall?
    ) -> Int32

/// `fail(context, message)`.
public typealias PluginFail = @convention(c) (UnsafeMutableRawPointer?, UnsafePointer<CChar>?) -> Void

/// `call(function, arguments, count, reply_context, reply)`: runs a plugin function and answers through `reply`.
public typealias PluginCall =
    @convention(c) (
        UnsafeMutableRawPointer?, UnsafePointer<UInt8>?, Int, UnsafeMutableRawPointer?, PluginReply?
    ) -> Int32

/// `reply(reply_context, bytes, count)`: the host copies the bytes before returning.
public typealias PluginReply = @convention(c) (UnsafeMutableRawPointer?, UnsafePointer<UInt8>?, Int) -> Void

/// The table the host passes to a plugin's entry point, laid out as the C struct documented on `PluginABI`.
public struct PluginHostTable {
    /// `PluginABI.magic`.
    public var magic: UInt32
    /// The host's `PluginABI.version`.
    public var abi: UInt32
    /// The host's loading session, passed back to every callback.
    public var context: UnsafeMutableRawPointer?
    /// Announces the plugin's versions; 0 to go on.
    public var identify: PluginIdentify
    /// Adds one definition.
    public var define: PluginDefine
    /// Reports why registering failed.
    public var fail: PluginFail

    /// Creates a table.
    public init(context: UnsafeMutableRawPointer?, identify: PluginIdentify, define: PluginDefine, fail: PluginFail) {
        self.magic = PluginABI.magic
        self.abi = PluginABI.version
        self.context = context
        self.identify = identify
        self.define = define
        self.fail = fail
    }
}
