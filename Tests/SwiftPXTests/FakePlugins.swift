import PXTestSupport
import SwiftPX

#if canImport(Glibc)
    import Glibc
#endif

/// Small C libraries that speak (or fail to speak) the plugin interface, compiled with the system C compiler,
/// so each loading error can be produced in milliseconds.
enum FakePlugins {
    /// The host table's first six fields, as `PluginABI` documents them.
    static let header = """
        #include <stdint.h>
        #include <stddef.h>
        typedef int32_t (*identify_fn)(void *, uint32_t, const char *);
        typedef int32_t (*define_fn)(void *, const uint8_t *, size_t, void *, void *);
        typedef void (*fail_fn)(void *, const char *);
        struct host { uint32_t magic; uint32_t abi; void *context; identify_fn identify; define_fn define; fail_fn fail; };

        """

    /// Sources by library name.
    static let sources: [String: String] = [
        "noentry": "int something_else(void) { return 0; }\n",
        "otherversion": header + """
            int32_t swiftpx_plugin_register(struct host *h) {
                return h->identify(h->context, \(PluginABI.version), "0.0.0-other") == 0 ? 0 : 1;
            }
            """,
        "otherabi": header + """
            int32_t swiftpx_plugin_register(struct host *h) {
                return h->identify(h->context, 99, "\(PluginABI.libraryVersion)") == 0 ? 0 : 1;
            }
            """,
        "fails": header + """
            int32_t swiftpx_plugin_register(struct host *h) {
                if (h->identify(h->context, \(PluginABI.version), "\(PluginABI.libraryVersion)") != 0) return 1;
                h->fail(h->context, "the data file is missing");
                return 3;
            }
            """,
        "garbled": header + """
            int32_t swiftpx_plugin_register(struct host *h) {
                static const uint8_t junk[] = { 0xff, 0x01, 0x02 };
                if (h->identify(h->context, \(PluginABI.version), "\(PluginABI.libraryVersion)") != 0) return 1;
                h->define(h->context, junk, sizeof junk, 0, 0);
                return 0;
            }
            """,
        "badstatus": header + """
            int32_t swiftpx_plugin_register(struct host *h) { return 77; }
            """,
    ]

    /// Compiles every fake plugin into `directory`.
    /// - Returns: the library path per name.
    static func build(in directory: TemporaryDirectory) throws -> [String: String] {
        let compiler = ProcessRunner.locate("cc") ?? ProcessRunner.locate("clang") ?? "cc"
        var libraries: [String: String] = [:]
        for (name, source) in sources {
            let sourcePath = directory.file("\(name).c")
            let library = directory.file("lib\(name).so")
            try write(source, to: sourcePath)
            let result = ProcessRunner.run(compiler, ["-shared", "-fPIC", "-o", library, sourcePath], timeout: 60)
            guard result.status == 0 else { throw SetupFailure(description: "cc \(name): \(result.output)") }
            libraries[name] = library
        }
        let junk = directory.file("libjunk.so")
        try write("this is not a shared library\n", to: junk)
        libraries["junk"] = junk
        return libraries
    }

    static func write(_ text: String, to path: String) throws {
        guard let file = fopen(path, "w") else { throw SetupFailure(description: "cannot write \(path)") }
        defer { fclose(file) }
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
    }
}

/// A fake plugin could not be built.
struct SetupFailure: Error, CustomStringConvertible {
    let description: String
}
