import PXRuntime
import PXTestSupport
import SwiftPX
import Testing

/// Each way a plugin can fail to load gives one clear error naming the plugin, and leaves the registry as it was.
@Suite("Plugin loading errors")
struct PluginLoaderTests {
    let directory: TemporaryDirectory
    let libraries: [String: String]

    init() throws {
        directory = try TemporaryDirectory(prefix: "pxplugins")
        libraries = try FakePlugins.build(in: directory)
    }

    func loadError(_ path: String) -> String? {
        let registry = Registry()
        let before = registry.moduleNames.sorted()
        do {
            try PluginLoader.load(path, into: registry)
            return nil
        } catch {
            #expect(registry.moduleNames.sorted() == before, "a failed load changed the registry")
            return error.description
        }
    }

    func library(_ name: String) -> String { libraries[name] ?? "missing-\(name)" }

    @Test("a bad path")
    func badPath() {
        #expect(
            loadError(directory.file("nothing.so"))
                == "cannot load plugin '\(directory.file("nothing.so"))': no such file or directory")
        #expect(loadError(directory.path) == "cannot load plugin '\(directory.path)': not a file")
        #expect(loadError("") == "cannot load plugin '': empty path")
    }

    @Test("a file that is not a shared library")
    func notALibrary() throws {
        let message = try #require(loadError(library("junk")))
        #expect(message.hasPrefix("cannot load plugin '\(library("junk"))': "))
        #expect(message.contains("ELF") || message.contains("too short"))
    }

    @Test("a library without the entry point")
    func noEntryPoint() {
        #expect(
            loadError(library("noentry"))
                == "plugin '\(library("noentry"))' is not a swiftpx plugin: it has no entry point 'swiftpx_plugin_register'"
        )
    }

    @Test("a library built against another version")
    func otherVersion() {
        let host = "swiftpx \(PluginABI.libraryVersion) (plugin ABI \(PluginABI.version))"
        #expect(
            loadError(library("otherversion")) == "plugin '\(library("otherversion"))' was built against "
                + "swiftpx 0.0.0-other (plugin ABI \(PluginABI.version)), but this is \(host): "
                + "rebuild the plugin against this version")
        #expect(
            loadError(library("otherabi")) == "plugin '\(library("otherabi"))' was built against "
                + "swiftpx \(PluginABI.libraryVersion) (plugin ABI 99), but this is \(host): "
                + "rebuild the plugin against this version")
    }

    @Test("a plugin whose registration fails or sends garbage")
    func failures() {
        #expect(
            loadError(library("fails")) == "plugin '\(library("fails"))' failed to register: the data file is missing")
        #expect(
            loadError(library("garbled"))
                == "plugin '\(library("garbled"))' failed to register: it sent a definition this host cannot read")
        #expect(
            loadError(library("badstatus"))
                == "plugin '\(library("badstatus"))' failed to register: its entry point returned 77")
    }

    @Test("an engine names itself in front of the plugin error")
    func withinEngine() throws {
        do {
            try PluginLoader.load(library("noentry"), into: Registry())
            Issue.record("loaded a library without an entry point")
        } catch {
            #expect(
                error.within("engine on host (pid 7)").description
                    == "engine on host (pid 7): plugin '\(library("noentry"))' is not a swiftpx plugin: "
                    + "it has no entry point 'swiftpx_plugin_register'")
        }
    }
}
