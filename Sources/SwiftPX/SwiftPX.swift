import ArgumentParser
@preconcurrency import Glibc
import PXClient
import PXNumeric
import PXRuntime
import PXShell

/// The entry point of swiftpx, usable by your own executable.
///
/// An executable that registers its own Swift functions and calls `SwiftPX.main(registry:)` is a complete
/// swiftpx: shell, controller and engine at once, so the engines it starts know the same functions.
public enum SwiftPX {
    /// Parses the command line, runs the chosen command and exits.
    ///
    /// Adds the `swiftpx` (`ipyparallel`) module and the `examples` module to the registry; `--plugin`
    /// libraries are loaded into it by the shell and engine commands.
    /// - Parameters:
    ///   - registry: the functions and modules programs can use. Default: the standard library.
    ///   - arguments: the command line without the program name. Default: this process's.
    public static func main(registry: Registry = Registry(), arguments: [String]? = nil) -> Never {
        ParallelModule.install(into: registry)
        ExampleModule.install(into: registry)
        let context = CommandContext(registry: registry, environment: Environment.current())
        if let policy = context.environment.largeArrayMemory { LargeArrayMemory.memoryFiles = policy }
        do {
            var command = try SwiftPXCommand.parseAsRoot(arguments)
            guard let runnable = command as? any ContextCommand else {
                try command.run()
                exit(0)
            }
            exit(try runnable.execute(context))
        } catch {
            SwiftPXCommand.exit(withError: error)
        }
    }
}

/// What every command receives: the registry and the environment values the executable read.
public struct CommandContext: @unchecked Sendable {
    // @unchecked Sendable: the registry is only read once commands run.
    /// The functions and modules programs can use.
    public let registry: Registry
    /// Values read from the environment.
    public let environment: Environment
}

/// Values the executable reads from the environment (library code never reads environment variables).
public struct Environment: Sendable {
    /// `$SWIFTPX_DIR`, or `~/.swiftpx`.
    public var stateDirectory: String

    /// `$SWIFTPX_MEMORY_FILES`: `1` puts large arrays in memory files of their own (handed over without a copy) even
    /// where the system gives memory files no huge pages, `0` never does; unset or other: the system decides. Engines
    /// and controllers a shell starts inherit it.
    public var largeArrayMemory: LargeArrayMemory.Policy?

    static func current() -> Environment {
        var memory: LargeArrayMemory.Policy?
        switch variable("SWIFTPX_MEMORY_FILES") {
        case "1": memory = .always
        case "0": memory = .never
        default: memory = nil
        }
        if let dir = variable("SWIFTPX_DIR"), !dir.isEmpty {
            return Environment(stateDirectory: dir, largeArrayMemory: memory)
        }
        return Environment(stateDirectory: (variable("HOME") ?? "/tmp") + "/.swiftpx", largeArrayMemory: memory)
    }

    /// An environment variable of this process.
    static func variable(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}

/// A subcommand that runs with the context and returns an exit status.
protocol ContextCommand: ParsableCommand {
    func execute(_ context: CommandContext) throws -> Int32
}

/// `swiftpx`: the root command.
struct SwiftPXCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "swiftpx",
        abstract: "An interactive shell for parallel computing.",
        subcommands: [ShellCommand.self, RunCommand.self, TutorialCommand.self, EngineCommand.self,
                      ControllerCommand.self, ClusterCommand.self, BenchCommand.self, BenchEchoCommand.self,
                      BenchStreamCommand.self],
        defaultSubcommand: ShellCommand.self
    )
}
